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
    : argsBeforeTrailingComment(instruction).map((arg) => ({ value: unquoteWord(arg.value), range: arg.range }));
  return words
    .slice(0, -1)
    .filter((word) => !word.value.startsWith('<<'))
    .filter((word) => !/^[a-z][a-z0-9+.-]*:\/\//i.test(word.value) && !/^git@/.test(word.value));
}

/** The destination of a COPY/ADD (its last path, a trailing `# comment` not counted), unquoted. */
export function copyDestination(instruction: Instruction): string {
  if (instruction.json) return instruction.json.values[instruction.json.values.length - 1] ?? '';
  const args = argsBeforeTrailingComment(instruction);
  return unquoteWord(args[args.length - 1]?.value ?? '');
}

/** `.`, `./`, `*`, `./*`: the whole build context. */
export function isWholeContext(source: string): boolean {
  return /^(\.\/?|\.\/\*|\*)$/.test(source.trim());
}

/**
 * `COPY requirements.txt .   # Layer 3` (as the lessons write it): Docker would read `#` and the words
 * after it as more paths, but the author meant a comment. Judging what was meant avoids telling a
 * learner that `.` is a source; the misplaced comment itself is not these rules' concern.
 */
function argsBeforeTrailingComment(instruction: Instruction): Token[] {
  const hash = instruction.args.findIndex((arg, i) => i > 0 && arg.value.startsWith('#'));
  return hash < 0 ? instruction.args : instruction.args.slice(0, hash);
}
