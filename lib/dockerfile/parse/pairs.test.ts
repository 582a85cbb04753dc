import { describe, expect, it } from 'vitest';
import { parsePairs } from './pairs';

const rangeOf = (start: number, end: number) => ({ line: 1, column: start + 1, endLine: 1, endColumn: end + 1 });
const pairs = (keyword: string, text: string) => parsePairs(keyword, text, 0, text.length, '\\', rangeOf);
const brief = (keyword: string, text: string) => pairs(keyword, text).map((p) => [p.key, p.value, p.legacy]);

describe('parsePairs', () => {
  it('reads several KEY=value pairs with quoted values', () => {
    expect(brief('ENV', 'A=1 B="hello world" C=\'x y\' D=a\\ b')).toEqual([
      ['A', '1', false],
      ['B', 'hello world', false],
      ['C', 'x y', false],
      ['D', 'a b', false],
    ]);
  });

  it('gives exact ranges for key, value and pair', () => {
    const [pair] = pairs('LABEL', 'org.opencontainers.image.title="My app"');
    expect(pair!.keyRange).toEqual(rangeOf(0, 30));
    expect(pair!.valueRange).toEqual(rangeOf(31, 39));
    expect(pair!.range).toEqual(rangeOf(0, 39));
  });

  it('reads the legacy ENV KEY value with spaces form', () => {
    const [pair] = pairs('ENV', 'PATH /usr/local/bin:$PATH  and more');
    expect(pair).toMatchObject({ key: 'PATH', value: '/usr/local/bin:$PATH  and more', legacy: true });
    expect(pair!.valueRange).toEqual(rangeOf(5, 35));
  });

  it('reads ARG without a default and ARG with one', () => {
    expect(brief('ARG', 'VERSION')).toEqual([['VERSION', null, false]]);
    expect(brief('ARG', 'A=1 B')).toEqual([
      ['A', '1', false],
      ['B', null, false],
    ]);
    expect(brief('ARG', 'EMPTY=')).toEqual([['EMPTY', '', false]]);
  });

  it('keeps variables in values and ignores an = inside quotes when looking for the key', () => {
    expect(brief('ENV', 'P=${HOME}/bin')).toEqual([['P', '${HOME}/bin', false]]);
    expect(brief('LABEL', '"a=b"=c')).toEqual([['a=b', 'c', false]]);
  });
});
