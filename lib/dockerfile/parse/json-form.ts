// Exec (JSON array) form: `CMD ["python", "app.py"]`. Docker accepts only a JSON array of strings;
// anything else that starts with `[` is silently run through the shell, a classic mistake.
import { sliceOf } from './words';

function isJsonBlank(code: number): boolean {
  return code === 32 || code === 9 || code === 10 || code === 13;
}

function skipJsonBlanks(text: string, start: number, end: number): number {
  let i = start;
  while (i < end && isJsonBlank(text.charCodeAt(i))) i++;
  return i;
}

/**
 * Parses text[start, end) as a JSON array of strings: its values, or null when it is not one (the
 * rule that reports it tells single quotes and a trailing comma from the rest by the text itself).
 * `spans`, when given, gets [start, end) of each string literal, quotes included: asked only for the
 * ranges of a form a rule reports on, so the tree keeps no offsets of its own.
 */
export function parseJsonArray(text: string, start: number, end: number, spans?: number[]): string[] | null {
  let i = skipJsonBlanks(text, start, end);
  if (text.charCodeAt(i) !== 91) return null;
  i = skipJsonBlanks(text, i + 1, end);
  let count = 0;
  if (i < end && text.charCodeAt(i) === 93) {
    i++;
  } else {
    for (;;) {
      if (i >= end) return null;
      const code = text.charCodeAt(i);
      if (code !== 34) return null;
      const from = i++;
      let escaped = false;
      while (i < end && text.charCodeAt(i) !== 34) {
        const c = text.charCodeAt(i);
        if (c < 32) return null;
        // An escape is skipped whole (`\"` does not close the string) and checked by the engine below.
        escaped ||= c === 92;
        i += c === 92 ? 2 : 1;
      }
      if (i >= end) return null;
      i++;
      let value = sliceOf(text, from + 1, i - 1);
      // Few strings have escapes: the engine decodes them, and rejects `\x` or a short `\u12`.
      if (escaped) {
        try {
          value = JSON.parse(text.slice(from, i)) as string;
        } catch {
          return null;
        }
      }
      scratchValues[count++] = value;
      spans?.push(from, i);
      i = skipJsonBlanks(text, i, end);
      const sep = text.charCodeAt(i);
      if (i < end && sep === 44) {
        i = skipJsonBlanks(text, i + 1, end);
        if (i < end && text.charCodeAt(i) === 93) return null;
        continue;
      }
      if (i < end && sep === 93) {
        i++;
        break;
      }
      return null;
    }
  }
  if (skipJsonBlanks(text, i, end) < end) return null;
  return scratchValues.slice(0, count);
}

/** The values being read, copied out at their exact size (see instructions.ts scratchWords). */
const scratchValues: string[] = [];

/**
 * Whether arguments that failed to parse were meant as JSON: `['a']`, `[python, app.py]`,
 * `[ "a" "b" ]` or a trailing comma, but not the shell's test command, `[ -f /x ] && …` or
 * `[ "$ARCH" = arm64 ] && …` (a quoted word then an operator). `end` follows the last non-blank.
 */
export function looksLikeJson(text: string, start: number, end: number): boolean {
  if (text.charCodeAt(start) !== 91) return false;
  const i = skipJsonBlanks(text, start + 1, end);
  const spaceAfterBracket = i > start + 1;
  const first = text.charCodeAt(i);
  if (first === 34 || first === 39) {
    const close = text.indexOf(text[i]!, i + 1);
    const next = text.charCodeAt(skipJsonBlanks(text, close + 1, end));
    return !spaceAfterBracket || close < 0 || next === 44 || next === 34 || next === 39;
  }
  return text.charCodeAt(end - 1) === 93 && !spaceAfterBracket && i < end - 1;
}
