// Which linter an alias comes from, so a reader coming from hadolint or Checkov recognises the rule.
export type AliasTool = 'hadolint' | 'checkov' | 'buildkit';

export const ALIAS_TOOL_LABELS: Record<AliasTool, string> = {
  hadolint: 'hadolint',
  checkov: 'Checkov',
  buildkit: 'BuildKit (docker build --check)',
};

export function aliasTool(alias: string): AliasTool {
  if (/^DL\d{4}$/.test(alias)) return 'hadolint';
  if (/^CKV2?_/.test(alias)) return 'checkov';
  return 'buildkit';
}

/** Aliases grouped by tool, in a fixed tool order, keeping each tool's aliases in the rule's order. */
export function groupAliases(aliases: string[]): { tool: AliasTool; aliases: string[] }[] {
  const order: AliasTool[] = ['hadolint', 'buildkit', 'checkov'];
  return order
    .map((tool) => ({ tool, aliases: aliases.filter((alias) => aliasTool(alias) === tool) }))
    .filter((group) => group.aliases.length > 0);
}
