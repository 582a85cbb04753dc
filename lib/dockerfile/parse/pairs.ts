// ENV, ARG and LABEL pairs: `KEY=value` (several per line, quoted values with spaces),
// the legacy `ENV KEY value with spaces` form, and `ARG NAME` without a default.
import type { KeyValue, ParseError, Range } from '../types';
import type { RangeOf } from './spanned';
import { indexOutsideQuotes, splitWords, unquote, type WordSpan } from './words';

/** A pair whose key at logical [keyStart, keyEnd) and value at [valueStart, valueEnd) get ranges when read. */
class PairNode implements KeyValue {
  declare readonly key: string;
  declare readonly value: string | null;
  declare readonly legacy: boolean;
  readonly #rangeOf: RangeOf;
  readonly #keyStart: number;
  readonly #keyEnd: number;
  readonly #valueStart: number;
  readonly #valueEnd: number;

  constructor(
    key: string,
    value: string | null,
    legacy: boolean,
    rangeOf: RangeOf,
    keyStart: number,
    keyEnd: number,
    /** -1 without a value; `valueEnd` is then the key's end, where the pair ends. */
    valueStart: number,
    valueEnd: number,
  ) {
    this.key = key;
    this.value = value;
    this.legacy = legacy;
    this.#rangeOf = rangeOf;
    this.#keyStart = keyStart;
    this.#keyEnd = keyEnd;
    this.#valueStart = valueStart;
    this.#valueEnd = valueEnd;
  }

  get keyRange(): Range {
    return this.#rangeOf(this.#keyStart, this.#keyEnd);
  }

  get valueRange(): Range | null {
    return this.#valueStart < 0 ? null : this.#rangeOf(this.#valueStart, this.#valueEnd);
  }

  get range(): Range {
    return this.#rangeOf(this.#keyStart, this.#valueEnd);
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
  rangeOf: RangeOf,
  errors: ParseError[],
): KeyValue[] {
  const words = splitWords(text, start, end, escapeChar);
  const first = words[0];
  if (!first) return [];
  // Docker's own test: the legacy form is the one whose first word has no `=` at all.
  if (keyword !== 'ARG' && equalsIndex(text, first) < 0) {
    // Legacy form: the first word is the key, the rest of the line (blanks kept) is the value.
    const last = words[words.length - 1]!;
    const valueWord = words[1];
    // `ENV NAME` alone: "ENV must have two arguments".
    if (!valueWord) errors.push({ messageId: 'missingArguments', data: { instruction: keyword }, range: rangeOf(first.start, first.end) });
    const value = valueWord ? unquote(text.slice(valueWord.start, last.end), escapeChar) : '';
    return [new PairNode(text.slice(first.start, first.end), value, true, rangeOf, first.start, first.end, valueWord ? valueWord.start : -1, last.end)];
  }
  const pairs: KeyValue[] = [];
  for (const word of words) {
    const eq = equalsIndex(text, word);
    if (eq < 0) {
      // `ARG NAME` declares without a default; `ENV A=1 B` is "can't find = in B".
      if (keyword === 'ARG') pairs.push(new PairNode(unquote(text.slice(word.start, word.end), escapeChar), null, false, rangeOf, word.start, word.end, -1, word.end));
      else errors.push({ messageId: 'missingEquals', data: { instruction: keyword, word: shortened(text.slice(word.start, word.end)) }, range: rangeOf(word.start, word.end) });
    } else if (eq === word.start) {
      // `ENV =value`: "ENV names can not be blank".
      errors.push({ messageId: 'blankName', data: { instruction: keyword }, range: rangeOf(word.start, word.end) });
    } else {
      pairs.push(new PairNode(unquote(text.slice(word.start, eq), escapeChar), unquote(text.slice(eq + 1, word.end), escapeChar), false, rangeOf, word.start, eq, eq + 1, word.end));
    }
  }
  // An exact-size copy: a list grown by push keeps spare slots for as long as the tree lives.
  return pairs.slice();
}

/** A word as a message quotes it: at most 40 characters. */
function shortened(word: string): string {
  return word.length > 40 ? `${word.slice(0, 39)}…` : word;
}

/** Index of the first `=` outside quotes in a word, or -1. */
function equalsIndex(text: string, word: WordSpan): number {
  return indexOutsideQuotes(text, 61, word.start, word.end);
}
