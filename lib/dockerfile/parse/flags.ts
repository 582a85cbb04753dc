// Instruction flags: the `--name[=value]` words right after the keyword (`--from=build`,
// `--mount=type=cache,target=/root/.cache`, `--link`). The first word without `--` ends them.
import type { Flag, Range } from '../types';
import type { SourceMapping } from './spanned';
import { indexOutsideQuotes, skipBlanks, sliceOf, unquote, wordEnd } from './words';

/** `--name[=value]` at logical [start, end), `=` at `eq` (-1 when bare); ranges are computed when read. */
class FlagNode implements Flag {
  declare readonly name: string;
  declare readonly value: string | null;
  declare readonly options: Record<string, string>;
  readonly #mapping: SourceMapping;
  readonly #start: number;
  readonly #eq: number;
  readonly #end: number;

  constructor(text: string, escapeChar: string, mapping: SourceMapping, start: number, end: number) {
    // Read in place: the word as a string of its own was garbage once split.
    let eq = start + 2;
    while (eq < end && text.charCodeAt(eq) !== 61) eq++;
    if (eq === end) eq = -1;
    this.name = sliceOf(text, start + 2, eq < 0 ? end : eq);
    this.value = eq < 0 ? null : sliceOf(text, eq + 1, end);
    // Only `key=value` lists (`--mount`, `--secret`) have options; `--from=build` is a plain value.
    this.options = this.value?.includes('=') ? parseOptions(this.value, escapeChar) : NO_OPTIONS;
    this.#mapping = mapping;
    this.#start = start;
    this.#eq = eq;
    this.#end = end;
  }

  get range(): Range {
    return this.#mapping.rangeOf(this.#start, this.#end);
  }

  get nameRange(): Range {
    return this.#mapping.rangeOf(this.#start + 2, this.#eq < 0 ? this.#end : this.#eq);
  }

  get valueRange(): Range | null {
    return this.#eq < 0 ? null : this.#mapping.rangeOf(this.#eq + 1, this.#end);
  }
}

/**
 * The options of every flag without a `key=value` list: shared, never written (an empty object of
 * its own for each `--interval=30s` was 56 bytes of the tree).
 */
const NO_OPTIONS: Record<string, string> = {};

/** The flags parseFlags read last: its callers take them at once (no result object per call). */
export let flagsRead: Flag[] = [];

/** Reads the flags into `flagsRead`; returns the logical index where the arguments start (after the flags and blanks). */
export function parseFlags(
  text: string,
  start: number,
  end: number,
  escapeChar: string,
  mapping: SourceMapping,
): number {
  let count = 0;
  let i = skipBlanks(text, start, end);
  while (i + 2 <= end && text.charCodeAt(i) === 45 && text.charCodeAt(i + 1) === 45) {
    const stop = wordEnd(text, i, end, escapeChar);
    // A bare `--` is not a flag: Docker treats it as the first argument.
    if (stop - i <= 2) break;
    scratchFlags[count++] = new FlagNode(text, escapeChar, mapping, i, stop);
    i = skipBlanks(text, stop, end);
  }
  flagsRead = scratchFlags.slice(0, count);
  return i;
}

/** The flags being read, copied out at their exact size (see instructions.ts scratchWords). */
const scratchFlags: Flag[] = [];

/** `type=cache,target=/x,sharing=locked` → key → value; a field without `=` maps to ''. A comma inside quotes does not split. */
export function parseOptions(value: string, escapeChar = '\\'): Record<string, string> {
  const options: Record<string, string> = {};
  for (let from = 0; ; ) {
    const comma = indexOutsideQuotes(value, 44, from, value.length);
    // Keys and values sliced by sliceOf: `type`, `cache`, `target` come back as one string each.
    const field = sliceOf(value, from, comma < 0 ? value.length : comma);
    const eq = field.indexOf('=');
    const key = unquote(eq < 0 ? field : sliceOf(field, 0, eq), escapeChar).trim();
    if (key && key !== '__proto__') options[key] = eq < 0 ? '' : unquote(sliceOf(field, eq + 1, field.length), escapeChar);
    if (comma < 0) return options;
    from = comma + 1;
  }
}
