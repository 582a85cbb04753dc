// Docker's build-time variable substitution in instruction arguments (FROM, ENV, ARG, …):
// `$X`, `${X}`, `${X:-default}`, `${X-default}`, `${X:+alt}`, `${X+alt}`, `${X:?msg}`, and the
// escape character before `$` for a literal dollar. Shell expansion inside RUN is the shell's job, not this.

/** What a name resolves to: a string, null for a declared variable without a value, undefined when unknown. */
export type VariableLookup = (name: string) => string | null | undefined;

export interface Substitution {
  value: string;
  /** A variable had no value and no default to fall back on. */
  unresolved: boolean;
  /** Names read (with or without a value), in order. */
  names: string[];
}

export interface SubstituteOptions {
  escapeChar?: string;
  /** Keep an unresolvable `$X` as written instead of replacing it with ''. */
  keepUnresolved?: boolean;
}

export interface VariableReference {
  name: string;
  /** [start, end) of the whole reference (`${X:-d}`). */
  start: number;
  end: number;
  /** The operator (`:-` in `${X:-d}`) and the text after it (`d`), null when there is none. */
  operator: string | null;
  word: string | null;
}

/** `-` `+` `?` with or without `:`, and the pattern operators `#` `##` `%` `%%` `/` `//`, read at lastIndex. */
const OPERATOR = /:?[-+?]|##?|%%?|\/\/?/y;

/** A letter or `_`: what a variable name starts with (in the shell too). */
export function isNameStart(code: number): boolean {
  return (code >= 65 && code <= 90) || (code >= 97 && code <= 122) || code === 95;
}

export function isNameChar(code: number): boolean {
  return isNameStart(code) || (code >= 48 && code <= 57);
}

/**
 * For each `${` in `text`, the index of its closing `}` (nested `${…}` count), found in one pass so an
 * unclosed `${` never makes every later one rescan the rest of the text.
 */
export function closingBraces(text: string): Map<number, number> {
  const closing = new Map<number, number>();
  const open: number[] = [];
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code === 36 && text.charCodeAt(i + 1) === 123) {
      open.push(i);
      i++;
    } else if (code === 125 && open.length) {
      closing.set(open.pop()!, i);
    }
  }
  return closing;
}

/** Reads a reference at `text[i] === '$'`; null when `$` does not start one (then it is literal). */
export function readReference(text: string, i: number, closing: Map<number, number>): VariableReference | null {
  const next = text.charCodeAt(i + 1);
  if (isNameStart(next)) {
    let j = i + 2;
    while (j < text.length && isNameChar(text.charCodeAt(j))) j++;
    return { name: text.slice(i + 1, j), start: i, end: j, operator: null, word: null };
  }
  if (next !== 123) return null;
  const close = closing.get(i);
  if (close === undefined) return null;
  let j = i + 2;
  while (j < close && isNameChar(text.charCodeAt(j))) j++;
  const name = text.slice(i + 2, j);
  if (!name) return null;
  if (j === close) return { name, start: i, end: close + 1, operator: null, word: null };
  OPERATOR.lastIndex = j;
  const operator = OPERATOR.exec(text)?.[0];
  if (operator === undefined) return null;
  const word = text.slice(j + operator.length, close);
  return { name, start: i, end: close + 1, operator, word };
}

/** Every variable reference in `text`, skipping escaped dollars. */
export function findReferences(text: string, escapeChar = '\\'): VariableReference[] {
  const references: VariableReference[] = [];
  const escape = escapeChar.charCodeAt(0);
  const closing = closingBraces(text);
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code === escape) {
      i++;
      continue;
    }
    if (code !== 36) continue;
    const reference = readReference(text, i, closing);
    if (!reference) continue;
    references.push(reference);
    i = reference.end - 1;
  }
  return references;
}

/** Defaults nest (`${A:-${B:-x}}`); deeper than this is kept as written rather than recursed into. */
const MAX_DEPTH = 8;

/** The names of a text without references: shared, never written (callers only read `names`). */
const NO_NAMES: string[] = [];

export function substitute(text: string, lookup: VariableLookup, options: SubstituteOptions = {}, depth = 0): Substitution {
  if (text.indexOf('$') < 0) return { value: text, unresolved: false, names: NO_NAMES };
  const escapeChar = options.escapeChar ?? '\\';
  const names: string[] = [];
  let unresolved = false;
  const closing = closingBraces(text);
  // Text between references is copied in runs (`run` is where the pending one starts), not a
  // character at a time: that made a new string per character.
  const escape = escapeChar.charCodeAt(0);
  let out = '';
  let run = 0;
  /** A default or alternative word, itself substituted. */
  const nested = (word: string) => {
    if (depth >= MAX_DEPTH) {
      unresolved = true;
      return word;
    }
    const inner = substitute(word, lookup, options, depth + 1);
    names.push(...inner.names);
    if (inner.unresolved) unresolved = true;
    return inner.value;
  };
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code === escape && text.charCodeAt(i + 1) === 36) {
      out += text.slice(run, i) + '$';
      run = ++i + 1;
      continue;
    }
    if (code !== 36) continue;
    const reference = readReference(text, i, closing);
    if (!reference) continue;
    out += text.slice(run, i);
    run = reference.end;
    names.push(reference.name);
    const value = lookup(reference.name);
    const isSet = value !== undefined && value !== null;
    const isNonEmpty = isSet && value !== '';
    switch (reference.operator) {
      case ':-':
        out += isNonEmpty ? value : nested(reference.word ?? '');
        break;
      case '-':
        out += isSet ? value : nested(reference.word ?? '');
        break;
      case ':+':
        out += isNonEmpty ? nested(reference.word ?? '') : '';
        break;
      case '+':
        out += isSet ? nested(reference.word ?? '') : '';
        break;
      default:
        // No operator, `:?`, pattern removal and replacement: keep the value when known, else unresolved.
        if (isSet) out += value;
        else {
          unresolved = true;
          out += options.keepUnresolved ? text.slice(reference.start, reference.end) : '';
        }
    }
    i = reference.end - 1;
  }
  return { value: out + text.slice(run), unresolved, names };
}
