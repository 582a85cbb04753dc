import { describe, expect, it } from 'vitest';
import { looksLikeJson, parseJsonArray } from './json-form';

const parseAll = (text: string) => parseJsonArray(text, 0, text.length);

describe('parseJsonArray', () => {
  it('reads strings with spaces, escapes and unicode', () => {
    const text = '[ "echo", "hello world", "a\\"b\\\\c", "\\u00e9", "" ]';
    const spans: number[] = [];
    expect(parseJsonArray(text, 0, text.length, spans)).toEqual(['echo', 'hello world', 'a"b\\c', 'é', '']);
    expect(spans).toEqual([2, 8, 10, 23, 25, 34, 36, 44, 46, 48]);
  });

  it('accepts an empty array', () => {
    expect(parseAll('[]')).toEqual([]);
  });

  it.each([
    ["['python','app.py']", 'nháy đơn'],
    ['["a",]', 'phẩy thừa'],
    ['["a" "b"]', 'Thiếu dấu phẩy'],
    ['["a"', 'dấu ]'],
    ['["a", 1]', 'chuỗi'],
    ['["a\\x"]', 'thoát'],
    ['["a"] x', 'thừa'],
    ['["abc', 'chưa đóng'],
  ])('rejects %s', (text, fragment) => {
    expect(parseAll(text)).toContain(fragment);
  });
});

describe('looksLikeJson', () => {
  const looks = (text: string) => looksLikeJson(text, 0, text.length);
  it('recognises broken JSON but not the shell test command', () => {
    expect(looks("['a']")).toBe(true);
    expect(looks('[python, app.py]')).toBe(true);
    expect(looks('["a",')).toBe(true);
    expect(looks('[ -f /x ] && echo')).toBe(false);
    expect(looks('[ -f /x ]')).toBe(false);
    expect(looks('echo [x]')).toBe(false);
  });
});
