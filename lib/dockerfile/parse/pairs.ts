// ENV, ARG and LABEL pairs: `KEY=value` (several per line, quoted values with spaces),
// the legacy `ENV KEY value with spaces` form, and `ARG NAME` without a default.
import type { KeyValue, Range } from '../types';
import { splitWords, unquote, type WordSpan } from './words';

export function parsePairs(
  keyword: string,
  text: string,
  start: number,
  end: number,
  escapeChar: string,
  rangeOf: (start: number, end: number) => Range,
): KeyValue[] {
  const words = splitWords(text, start, end, escapeChar);
  const first = words[0];
  if (!first) return [];
  const pairs: KeyValue[] = [];
  const firstEq = equalsIndex(text, first);
  if (keyword !== 'ARG' && firstEq < 0) {
    // Legacy form: the first word is the key, the rest of the line (blanks kept) is the value.
    const last = words[words.length - 1]!;
    const valueWord = words[1];
    const value = valueWord ? unquote(text.slice(valueWord.start, last.end), escapeChar) : '';
    pairs.push({
      key: text.slice(first.start, first.end),
      value,
      keyRange: rangeOf(first.start, first.end),
      valueRange: valueWord ? rangeOf(valueWord.start, last.end) : null,
      range: rangeOf(first.start, last.end),
      legacy: true,
    });
    return pairs;
  }
  for (const word of words) {
    const eq = equalsIndex(text, word);
    if (eq < 0) {
      // `ARG NAME` declares without a default; elsewhere a word without `=` is a syntax slip, kept keyless.
      if (keyword !== 'ARG') continue;
      pairs.push({
        key: unquote(text.slice(word.start, word.end), escapeChar),
        value: null,
        keyRange: rangeOf(word.start, word.end),
        valueRange: null,
        range: rangeOf(word.start, word.end),
        legacy: false,
      });
      continue;
    }
    pairs.push({
      key: unquote(text.slice(word.start, eq), escapeChar),
      value: unquote(text.slice(eq + 1, word.end), escapeChar),
      keyRange: rangeOf(word.start, eq),
      valueRange: rangeOf(eq + 1, word.end),
      range: rangeOf(word.start, word.end),
      legacy: false,
    });
  }
  return pairs;
}

/** Index of the first `=` outside quotes in a word, or -1. */
function equalsIndex(text: string, word: WordSpan): number {
  let quote = 0;
  for (let i = word.start; i < word.end; i++) {
    const code = text.charCodeAt(i);
    if (quote) {
      if (code === quote) quote = 0;
    } else if (code === 34 || code === 39) {
      quote = code;
    } else if (code === 61) {
      return i === word.start ? -1 : i;
    }
  }
  return -1;
}

