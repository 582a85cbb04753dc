// Parser directives (`# syntax=…`, `# escape=…`, `# check=…`): only at the very top of the file,
// before any instruction, comment or empty line; a repeated or unknown one ends the block.

export interface DirectiveMatch {
  name: string;
  value: string;
  /** Offsets of the directive text (from `#` to the end of the value). */
  start: number;
  end: number;
}

// A known name in any case; group 1 is the directive from `#` to the end of its value, whose offsets the `d` flag gives.
const DIRECTIVE = /^[ \t]*(#[ \t]*(syntax|escape|check)[ \t]*=[ \t]*([^ \t]*(?:[ \t]+[^ \t]+)*))[ \t]*$/di;

/** Reads `source[start, end)` as a directive line, or null when it is not one. */
export function matchDirective(source: string, start: number, end: number): DirectiveMatch | null {
  // A directive is short; a long line is never one and must not feed the regex.
  if (end - start > 4096) return null;
  const match = DIRECTIVE.exec(source.slice(start, end));
  if (!match) return null;
  const [from, to] = match.indices?.[1] ?? [0, 0];
  return { name: (match[2] ?? '').toLowerCase(), value: match[3] ?? '', start: start + from, end: start + to };
}

/** The escape character a `# escape=` value selects; anything else keeps the backslash. */
export function escapeCharOf(value: string): '\\' | '`' {
  return value === '`' ? '`' : '\\';
}
