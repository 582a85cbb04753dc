import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { indexOutsideQuotes, skipBlanks, skipBlanksBackward, splitWords, unquote } from './words';

const words = (text: string, escape = '\\') => splitWords(text, 0, text.length, escape).map((w) => text.slice(w.start, w.end));

describe('splitWords', () => {
  it('splits on blanks and keeps quoted blanks inside one word', () => {
    expect(words('  a  "b c" d=\'e f\'  ')).toEqual(['a', '"b c"', "d='e f'"]);
  });

  it('lets the escape character protect a blank', () => {
    expect(words('a\\ b c')).toEqual(['a\\ b', 'c']);
    expect(words('a` b c', '`')).toEqual(['a` b', 'c']);
  });

  it('runs an unterminated quote to the end', () => {
    expect(words('a "b c')).toEqual(['a', '"b c']);
  });
});

describe('indexOutsideQuotes', () => {
  const comma = (text: string, start = 0) => indexOutsideQuotes(text, 44, start, text.length);

  it('skips what single or double quotes hold', () => {
    expect(comma('a="x,y",b')).toBe(7);
    expect(comma("'a,b',c")).toBe(5);
    expect(comma('a,b', 2)).toBe(-1);
  });

  it('finds nothing after an unterminated quote', () => {
    expect(comma('a"b,c')).toBe(-1);
  });
});

describe('skipBlanks and skipBlanksBackward', () => {
  it('stop at the first and after the last non-blank, newlines and carriage returns being blanks', () => {
    const text = ' \t\r\na b\n\f\v ';
    expect(skipBlanks(text, 0, text.length)).toBe(4);
    expect(skipBlanksBackward(text, 0, text.length)).toBe(7);
  });

  it('stay inside [start, end) when every character is blank', () => {
    expect(skipBlanks('x   y', 1, 4)).toBe(4);
    expect(skipBlanksBackward('x   y', 1, 4)).toBe(1);
  });
});


describe('unquote', () => {
  it('removes quotes and escapes but keeps variables', () => {
    expect(unquote('"hello world"', '\\')).toBe('hello world');
    expect(unquote("'$HOME'", '\\')).toBe('$HOME');
    expect(unquote('a\\ b', '\\')).toBe('a b');
    expect(unquote('"say \\"hi\\""', '\\')).toBe('say "hi"');
    expect(unquote('${PATH}:/x', '\\')).toBe('${PATH}:/x');
  });

  it('reads quotes and escapes exactly as a character-by-character reading does', () => {
    // The reading unquote replaced (it copied one character at a time): same answer on any mix.
    const reference = (raw: string, escapeChar: string): string => {
      let out = '';
      let quote = '';
      for (let i = 0; i < raw.length; i++) {
        const ch = raw[i]!;
        if (quote) {
          if (ch === quote) quote = '';
          else if (quote === '"' && ch === escapeChar && i + 1 < raw.length && ('"$`'.includes(raw[i + 1]!) || raw[i + 1] === escapeChar)) out += raw[++i]!;
          else out += ch;
        } else if (ch === '"' || ch === "'") quote = ch;
        else if (ch === escapeChar && i + 1 < raw.length) out += raw[++i]!;
        else out += ch;
      }
      return out;
    };
    const word = fc.array(fc.constantFrom('a', 'é', ' ', '"', "'", '\\', '`', '$', 'x'), { maxLength: 24 }).map((chars) => chars.join(''));
    fc.assert(
      fc.property(word, fc.constantFrom('\\', '`'), (raw, escapeChar) => {
        expect(unquote(raw, escapeChar)).toBe(reference(raw, escapeChar));
      }),
      { numRuns: 2000 },
    );
  });
});
