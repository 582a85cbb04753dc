// Whitespace-separated words of instruction arguments, the way Docker's own word splitter sees them:
// quotes group spaces into one word and the escape character protects the next character.

export interface WordSpan {
  start: number;
  end: number;
}

export function isBlank(code: number): boolean {
  return code === 32 || code === 9 || code === 10 || code === 13 || code === 12 || code === 11;
}

/** An ASCII digit's char code (NaN, read past a string's end, is none). */
export function isDigit(code: number): boolean {
  return code >= 48 && code <= 57;
}

/**
 * Short strings sliced before, by a hash of their characters: a word a file repeats (`apt-get`,
 * `install`, `-y`, a keyword) comes back as the string read last time. `slice` copies a string under
 * 13 characters, and those copies were a tenth of what analysing a 10,000-line file allocated.
 */
const recentSlices: string[] = new Array<string>(1024).fill('');

/** `text.slice(start, end)`, the same string as the last time those characters were sliced when short. */
export function sliceOf(text: string, start: number, end: number): string {
  if (end - start > 12) return text.slice(start, end);
  let hash = 0;
  for (let i = start; i < end; i++) hash = (hash * 31 + text.charCodeAt(i)) | 0;
  const slot = hash & 1023;
  const recent = recentSlices[slot]!;
  if (recent.length === end - start && text.startsWith(recent, start)) return recent;
  return (recentSlices[slot] = text.slice(start, end));
}

/** Index of the end of the word starting at `start` (exclusive). */
export function wordEnd(text: string, start: number, end: number, escapeChar: string): number {
  const escape = escapeChar.charCodeAt(0);
  let i = start;
  let quote = 0;
  while (i < end) {
    const code = text.charCodeAt(i);
    if (quote) {
      if (code === quote) quote = 0;
      else if (code === escape && quote === 34 && i + 1 < end) i++;
    } else if (isBlank(code)) {
      break;
    } else if (code === 34 || code === 39) {
      quote = code;
    } else if (code === escape && i + 1 < end) {
      i++;
    }
    i++;
  }
  return i;
}

/** Index of the first `code` outside single or double quotes in text[start, end), or -1. */
export function indexOutsideQuotes(text: string, code: number, start: number, end: number): number {
  let quote = 0;
  for (let i = start; i < end; i++) {
    const at = text.charCodeAt(i);
    if (quote) {
      if (at === quote) quote = 0;
    } else if (at === 34 || at === 39) {
      quote = at;
    } else if (at === code) {
      return i;
    }
  }
  return -1;
}

export function skipBlanks(text: string, start: number, end: number): number {
  let i = start;
  while (i < end && isBlank(text.charCodeAt(i))) i++;
  return i;
}

/** Index just after the last non-blank of text[start, end), or `start` when all are blanks. */
export function skipBlanksBackward(text: string, start: number, end: number): number {
  let i = end;
  while (i > start && isBlank(text.charCodeAt(i - 1))) i--;
  return i;
}

export function splitWords(text: string, start: number, end: number, escapeChar: string): WordSpan[] {
  const words: WordSpan[] = [];
  let i = skipBlanks(text, start, end);
  while (i < end) {
    const stop = wordEnd(text, i, end, escapeChar);
    words.push({ start: i, end: stop });
    i = skipBlanks(text, stop, end);
  }
  return words;
}

/** Removes quotes and escapes: `"a b"` → `a b`, `a\ b` → `a b`; variables stay as written. */
export function unquote(raw: string, escapeChar: string): string {
  if (raw.indexOf('"') < 0 && raw.indexOf("'") < 0 && raw.indexOf(escapeChar) < 0) return raw;
  // Literal characters are copied in runs, not one by one: a string grown a character at a time
  // is a new copy per character below 13 characters and a chain of cons strings above.
  const escape = escapeChar.charCodeAt(0);
  let out = '';
  let quote = 0;
  let run = 0;
  for (let i = 0; i < raw.length; i++) {
    const code = raw.charCodeAt(i);
    if (quote !== 0) {
      if (code === quote) {
        out += raw.slice(run, i);
        quote = 0;
        run = i + 1;
      } else if (quote === 34 && code === escape && i + 1 < raw.length && isEscapedInDoubleQuotes(raw.charCodeAt(i + 1), escape)) {
        out += raw.slice(run, i);
        run = ++i;
      }
    } else if (code === 34 || code === 39) {
      out += raw.slice(run, i);
      quote = code;
      run = i + 1;
    } else if (code === escape && i + 1 < raw.length) {
      out += raw.slice(run, i);
      run = ++i;
    }
  }
  return out + raw.slice(run);
}

/** Inside double quotes the escape character only escapes `"`, `$`, a backtick and itself. */
function isEscapedInDoubleQuotes(code: number, escape: number): boolean {
  return code === 34 || code === 36 || code === 96 || code === escape;
}
