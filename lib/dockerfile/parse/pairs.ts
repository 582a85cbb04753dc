// ENV, ARG and LABEL pairs: `KEY=value` (several per line, quoted values with spaces),
// the legacy `ENV KEY value with spaces` form, and `ARG NAME` without a default.
import type { KeyValue, ParseError, Range } from '../types';
import type { SourceMapping } from './spanned';
import { indexOutsideQuotes, skipBlanks, sliceOf, unquote, wordEnd } from './words';

/**
 * A pair whose key at logical [keyStart, …) and value at [valueStart, valueEnd) get ranges when read.
 * The key's end follows from the rest: one slot fewer on each of a file's thousands of pairs.
 */
class PairNode implements KeyValue {
  declare readonly key: string;
  declare readonly value: string | null;
  declare readonly legacy: boolean;
  readonly #mapping: SourceMapping;
  readonly #keyStart: number;
  readonly #valueStart: number;
  readonly #valueEnd: number;

  constructor(
    key: string,
    value: string | null,
    legacy: boolean,
    mapping: SourceMapping,
    keyStart: number,
    /** -1 without a value; `valueEnd` is then the key's end, where the pair ends. */
    valueStart: number,
    valueEnd: number,
  ) {
    this.key = key;
    this.value = value;
    this.legacy = legacy;
    this.#mapping = mapping;
    this.#keyStart = keyStart;
    this.#valueStart = valueStart;
    this.#valueEnd = valueEnd;
  }

  get keyRange(): Range {
    // A legacy key is kept as written; a `KEY=value` key ends at its `=`, a bare `ARG NAME` with the pair.
    const keyEnd = this.legacy ? this.#keyStart + this.key.length : this.#valueStart < 0 ? this.#valueEnd : this.#valueStart - 1;
    return this.#mapping.rangeOf(this.#keyStart, keyEnd);
  }

  get valueRange(): Range | null {
    return this.#valueStart < 0 ? null : this.#mapping.rangeOf(this.#valueStart, this.#valueEnd);
  }

  get range(): Range {
    return this.#mapping.rangeOf(this.#keyStart, this.#valueEnd);
  }
}

/**
 * The pairs of an ENV, ARG or LABEL. Words Docker would stop the build on are left out of the pairs
 * and reported in `errors`: a value without its name, a name without its `=`, an ENV or LABEL name
 * without a value.
 */
export function parsePairs(
  keyword: string,
  text: string,
  start: number,
  end: number,
  escapeChar: string,
  mapping: SourceMapping,
  errors: ParseError[],
): KeyValue[] {
  // Words walked in place, not split into a list of spans first. `end` follows the last non-blank,
  // so the last word ends there.
  const first = skipBlanks(text, start, end);
  const firstEnd = wordEnd(text, first, end, escapeChar);
  // Docker's own test: the legacy form is the one whose first word has no `=` at all.
  if (first < end && keyword !== 'ARG' && indexOutsideQuotes(text, 61, first, firstEnd) < 0) {
    // Legacy form: the first word is the key, the rest of the line (blanks kept) is the value.
    const valueStart = skipBlanks(text, firstEnd, end);
    const hasValue = valueStart < end;
    // `ENV NAME` alone: "ENV must have two arguments".
    if (!hasValue) errors.push({ messageId: 'missingArguments', data: { instruction: keyword }, range: mapping.rangeOf(first, firstEnd) });
    const value = hasValue ? unquote(sliceOf(text, valueStart, end), escapeChar) : '';
    return [new PairNode(sliceOf(text, first, firstEnd), value, true, mapping, first, hasValue ? valueStart : -1, end)];
  }
  let count = 0;
  // Names and values sliced by sliceOf: a file's short ones (`APP_HOME`, `/app`) come back as one string each.
  for (let i = first; i < end; ) {
    const stop = wordEnd(text, i, end, escapeChar);
    const eq = indexOutsideQuotes(text, 61, i, stop);
    if (eq < 0) {
      // `ARG NAME` declares without a default; `ENV A=1 B` is "can't find = in B".
      if (keyword === 'ARG') scratchPairs[count++] = new PairNode(unquote(sliceOf(text, i, stop), escapeChar), null, false, mapping, i, -1, stop);
      else errors.push({ messageId: 'missingEquals', data: { instruction: keyword, word: shortened(text.slice(i, stop)) }, range: mapping.rangeOf(i, stop) });
    } else if (eq === i) {
      // `ENV =value`: "ENV names can not be blank".
      errors.push({ messageId: 'blankName', data: { instruction: keyword }, range: mapping.rangeOf(i, stop) });
    } else {
      scratchPairs[count++] = new PairNode(unquote(sliceOf(text, i, eq), escapeChar), unquote(sliceOf(text, eq + 1, stop), escapeChar), false, mapping, i, eq + 1, stop);
    }
    i = skipBlanks(text, stop, end);
  }
  return scratchPairs.slice(0, count);
}

/** The pairs being read, copied out at their exact size (see instructions.ts scratchWords). */
const scratchPairs: KeyValue[] = [];

/** A word as a message quotes it: at most 40 characters. */
function shortened(word: string): string {
  return word.length > 40 ? `${word.slice(0, 39)}…` : word;
}

