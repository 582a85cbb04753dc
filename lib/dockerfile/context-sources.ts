// The build-context paths a COPY/ADD reads, with their ranges: what `.dockerignore` decides about.
// Not `COPY --from` (another stage or image), not heredoc bodies, not ADD's URLs or git repositories.
import type { Instruction, JsonForm, Range, Token } from './types';

const QUOTED = /^(["'])(.*)\1$/;
const URL_SCHEME = /^[a-z][a-z0-9+.-]*:\/\//i;

export function unquoteWord(value: string): string {
  // Most words are not quoted: a char check spares the regex and a new string.
  const first = value.charCodeAt(0);
  if ((first !== 34 && first !== 39) || value.length < 2 || value.charCodeAt(value.length - 1) !== first) return value;
  return value.replace(QUOTED, '$2');
}

const EDGE_QUOTES = /^["']|["']$/g;

/** Drops a leading and a trailing quote each on its own (`"a` → `a`): how the ADD/COPY path rules read a word. */
export function stripQuotes(value: string): string {
  const first = value.charCodeAt(0);
  const last = value.charCodeAt(value.length - 1);
  if (first !== 34 && first !== 39 && last !== 34 && last !== 39) return value;
  return value.replace(EDGE_QUOTES, '');
}

/** Whether a COPY/ADD carries `--<name>` (`--from`, `--chown`, `--checksum`…). */
export function hasCopyFlag(instruction: Instruction, name: string): boolean {
  const flags = instruction.flags;
  for (let i = 0; i < flags.length; i++) if (flags[i]!.name === name) return true;
  return false;
}

/**
 * A source word with its quotes removed. Its range is the word's, read only when a rule reports:
 * argument ranges are computed on first read, and most sources are never reported.
 */
function unquotedSource(value: string, word: Token): Token {
  return {
    value,
    get range() {
      return word.range;
    },
  };
}

/**
 * A value of an exec (JSON) form array, here and in servers.ts; `valueRanges` builds every range on first read,
 * so it is asked only on report.
 */
export class JsonValue implements Token {
  declare readonly value: string;
  readonly #json: JsonForm;
  readonly #index: number;

  constructor(json: JsonForm, index: number) {
    this.value = json.values[index] ?? '';
    this.#json = json;
    this.#index = index;
  }

  get range(): Range {
    return this.#json.valueRanges[this.#index] ?? this.#json.range;
  }
}

/**
 * The words of a COPY/ADD before its destination, quotes stripped as `stripQuotes` does, whose path
 * passes `test` (URLs and `--from` sources included); null when none does. Their ranges are built
 * only when a rule reads them.
 */
export function pathsPassing(instruction: Instruction, test: (path: string) => boolean): Token[] | null {
  const json = instruction.json;
  const args = json ? null : instruction.args;
  const count = (json ? json.values.length : args!.length) - 1;
  let found: Token[] | null = null;
  for (let i = 0; i < count; i++) {
    const word = args?.[i];
    const path = stripQuotes(word ? word.value : json!.values[i]!);
    if (!test(path)) continue;
    const source = word ?? new JsonValue(json!, i);
    (found ??= []).push(path === source.value ? source : unquotedSource(path, source));
  }
  return found;
}

/** Heredoc markers, URLs and git repositories are not read from the build context. */
function isContextPath(value: string): boolean {
  if (value.startsWith('<<') || value.startsWith('git@')) return false;
  return !value.includes('://') || !URL_SCHEME.test(value);
}

/** Source words of a COPY/ADD that come from the build context (the last word is the destination). */
export function contextSources(instruction: Instruction): Token[] {
  const sources: Token[] = [];
  scanSources(instruction, anySource, sources);
  return sources;
}

function anySource(): boolean {
  return true;
}

/** The first context source whose value passes `test`, without building the list (rules that want one). */
export function findContextSource(instruction: Instruction, test: (value: string) => boolean): Token | undefined {
  return scanSources(instruction, test);
}

/** The context sources that pass `test`: all of them pushed into `into` when given, else the first returned. */
function scanSources(instruction: Instruction, test: (value: string) => boolean, into?: Token[]): Token | undefined {
  if (!readsContext(instruction)) return undefined;
  const json = instruction.json;
  // `args` read once: the getter is not free, even once its list is built.
  const args = json ? undefined : instruction.args;
  const count = json ? json.values.length - 1 : argsEndBeforeTrailingComment(args!) - 1;
  for (let i = 0; i < count; i++) {
    const word = args?.[i];
    const value = word ? unquoteWord(word.value) : (json?.values[i] ?? '');
    if (!isContextPath(value) || !test(value)) continue;
    const source = !word ? new JsonValue(json!, i) : value === word.value ? word : unquotedSource(value, word);
    if (!into) return source;
    into.push(source);
  }
  return undefined;
}

export function isCopyOrAdd(instruction: Instruction): boolean {
  return instruction.keyword === 'COPY' || instruction.keyword === 'ADD';
}

/** A COPY/ADD that is not `--from` another stage or image. */
export function readsContext(instruction: Instruction): boolean {
  return isCopyOrAdd(instruction) && !hasCopyFlag(instruction, 'from');
}

/** The destination of a COPY/ADD (its last path, a trailing `# comment` not counted), unquoted. */
export function copyDestination(instruction: Instruction): string {
  if (instruction.json) return instruction.json.values[instruction.json.values.length - 1] ?? '';
  const args = instruction.args;
  return unquoteWord(args[argsEndBeforeTrailingComment(args) - 1]?.value ?? '');
}

/** Not absolute: no `/`, no variable (it may hold an absolute path), no Windows drive or `\` root. */
export function isRelativePath(path: string): boolean {
  return !path.startsWith('/') && !path.startsWith('$') && !/^[A-Za-z]:[\\/]/.test(path) && !path.startsWith('\\');
}

/** `.`, `./`, `*`, `./*`: the whole build context. */
export function isWholeContext(source: string): boolean {
  const path = source.trim();
  return path === '.' || path === './' || path === '*' || path === './*';
}

/**
 * `COPY requirements.txt .   # Layer 3` (as the lessons write it): Docker would read `#` and the words
 * after it as more paths, but the author meant a comment. Judging what was meant avoids telling a
 * learner that `.` is a source; the misplaced comment itself is not these rules' concern.
 * Returns how many words count (the index of the `#` word, or all of them).
 */
export function argsEndBeforeTrailingComment(args: readonly Token[]): number {
  for (let i = 1; i < args.length; i++) if (args[i]!.value.startsWith('#')) return i;
  return args.length;
}
