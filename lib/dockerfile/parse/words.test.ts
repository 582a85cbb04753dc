import { describe, expect, it } from 'vitest';
import { countWords, splitWords, unquote } from './words';

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

describe('countWords', () => {
  const count = (text: string, limit = 10) => countWords(text, 0, text.length, '\\', limit);

  it('counts the words splitWords finds, quotes and escapes included', () => {
    for (const text of ['', '   ', 'a', '  a  "b c" d=\'e f\'  ', 'a\\ b c', 'a "b c']) {
      expect(count(text)).toBe(words(text).length);
    }
  });

  it('stops at the limit', () => {
    expect(count('a b c d', 2)).toBe(2);
    expect(count('a', 2)).toBe(1);
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
});
