// ENV, ARG and LABEL pairs: `KEY=value` (several per line, quoted values with spaces),
// the legacy `ENV KEY value with spaces` form, and `ARG NAME` without a default.
import type { KeyValue, Range } from '../types';
import type { RangeOf } from './spanned';
import { indexOutsideQuotes, splitWords, unquote, type WordSpan } from './words';

/** A pair whose key at logical [keyStart, keyEnd) and value at [valueStart, valueEnd) get ranges when read. */
class PairNode implements KeyValue {
  readonly #rangeOf: RangeOf;
  readonly #keyStart: number;
  readonly #keyEnd: number;
  readonly #valueStart: number;
  readonly #valueEnd: number;

  constructor(
    readonly key: string,
    readonly value: string | null,
    readonly legacy: boolean,
    rangeOf: RangeOf,
    keyStart: number,
    keyEnd: number,
    /** -1 without a value; `valueEnd` is then the key's end, where the pair ends. */
    valueStart: number,
    valueEnd: number,
  ) {
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

export function parsePairs(
  keyword: string,
  text: string,
  start: number,
  end: number,
  escapeChar: string,
  rangeOf: RangeOf,
): KeyValue[] {
  const words = splitWords(text, start, end, escapeChar);
  const first = words[0];
  if (!first) return [];
  if (keyword !== 'ARG' && equalsIndex(text, first) < 0) {
    // Legacy form: the first word is the key, the rest of the line (blanks kept) is the value.
    const last = words[words.length - 1]!;
    const valueWord = words[1];
    const value = valueWord ? unquote(text.slice(valueWord.start, last.end), escapeChar) : '';
    return [new PairNode(text.slice(first.start, first.end), value, true, rangeOf, first.start, first.end, valueWord ? valueWord.start : -1, last.end)];
  }
  const pairs: KeyValue[] = [];
  for (const word of words) {
    const eq = equalsIndex(text, word);
    if (eq < 0) {
      // `ARG NAME` declares without a default; elsewhere a word without `=` is a syntax slip, kept keyless.
      if (keyword !== 'ARG') continue;
      pairs.push(new PairNode(unquote(text.slice(word.start, word.end), escapeChar), null, false, rangeOf, word.start, word.end, -1, word.end));
      continue;
    }
    pairs.push(new PairNode(unquote(text.slice(word.start, eq), escapeChar), unquote(text.slice(eq + 1, word.end), escapeChar), false, rangeOf, word.start, eq, eq + 1, word.end));
  }
  // An exact-size copy: a list grown by push keeps spare slots for as long as the tree lives.
  return pairs.slice();
}

/** Index of the first `=` outside quotes in a word, or -1 (also when the word starts with it). */
function equalsIndex(text: string, word: WordSpan): number {
  const eq = indexOutsideQuotes(text, 61, word.start, word.end);
  return eq === word.start ? -1 : eq;
}
