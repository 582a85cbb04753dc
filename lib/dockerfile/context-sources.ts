// The build-context paths a COPY/ADD reads, with their ranges: what `.dockerignore` decides about.
// Not `COPY --from` (another stage or image), not heredoc bodies, not ADD's URLs or git repositories.
import type { Instruction, Token } from './types';

export function unquoteWord(value: string): string {
  return value.replace(/^(["'])(.*)\1$/, '$2');
}

/** Source words of a COPY/ADD that come from the build context (the last word is the destination). */
export function contextSources(instruction: Instruction): Token[] {
  if (instruction.keyword !== 'COPY' && instruction.keyword !== 'ADD') return [];
  if (instruction.flags.some((flag) => flag.name === 'from')) return [];
  const words: Token[] = instruction.json
    ? instruction.json.values.map((value, i) => ({ value, range: instruction.json!.valueRanges[i]! }))
    : instruction.args.map((arg) => ({ value: unquoteWord(arg.value), range: arg.range }));
  return words
    .slice(0, -1)
    .filter((word) => !word.value.startsWith('<<'))
    .filter((word) => !/^[a-z][a-z0-9+.-]*:\/\//i.test(word.value) && !/^git@/.test(word.value));
}

/** `.`, `./`, `*`, `./*`: the whole build context. */
export function isWholeContext(source: string): boolean {
  return /^(\.\/?|\.\/\*|\*)$/.test(source.trim());
}
