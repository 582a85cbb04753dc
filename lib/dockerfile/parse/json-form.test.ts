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

  it.each(["['python','app.py']", '["a",]', '["a" "b"]', '["a"', '["a", 1]', '["a\\x"]', '["a"] x', '["abc', '["a\u0001"]', 'x'])('rejects %s', (text) => {
    expect(parseAll(text)).toBeNull();
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

  it('tells a quoted test operand from a broken array with spaces inside its brackets', () => {
    for (const text of ['[ "$TARGETARCH" = "arm64" ] && echo arm', '[ "$(uname -m)" = "x86_64" ] || exit 1', '[ "$DEBUG" ] && echo on', "[ '$A' != b ]"]) {
      expect(looks(text), text).toBe(false);
    }
    for (const text of ['[ "python", \'app.py\' ]', '[ "python" "app.py" ]', "[ 'python' 'app.py' ]", '[ "python", "app.py", ]', '[ "python']) {
      expect(looks(text), text).toBe(true);
    }
  });
});
