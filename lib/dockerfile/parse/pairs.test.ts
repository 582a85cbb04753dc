import { describe, expect, it } from 'vitest';
import type { ParseError } from '../types';
import { parsePairs } from './pairs';

/** One line read in place: logical index i is column i + 1. */
const rangeOf = (start: number, end: number) => ({ line: 1, column: start + 1, endLine: 1, endColumn: end + 1 });
const pairs = (keyword: string, text: string, errors: ParseError[] = []) => parsePairs(keyword, text, 0, text.length, '\\', { text, rangeOf }, errors);
/** The syntax errors parsePairs reports: message id, data and columns. */
const errorsOf = (keyword: string, text: string) => {
  const errors: ParseError[] = [];
  pairs(keyword, text, errors);
  return errors.map((e) => [e.messageId, e.data, e.range.column, e.range.endColumn]);
};
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

  it('leaves out a word without "=" after KEY=value pairs, and reports it as Docker does', () => {
    expect(brief('ENV', 'A=1 B C=2')).toEqual([
      ['A', '1', false],
      ['C', '2', false],
    ]);
    expect(errorsOf('ENV', 'A=1 B C=2')).toEqual([['missingEquals', { instruction: 'ENV', word: 'B' }, 5, 6]]);
    expect(errorsOf('LABEL', 'a=1 b')).toEqual([['missingEquals', { instruction: 'LABEL', word: 'b' }, 5, 6]]);
    expect(errorsOf('ENV', `A=1 ${'x'.repeat(100)}`)[0]![1]).toEqual({ instruction: 'ENV', word: `${'x'.repeat(39)}…` });
  });

  it('reads a first word that starts with "=" as a pair without a name (not the legacy form), and reports it', () => {
    expect(brief('ENV', '=K v')).toEqual([]);
    expect(errorsOf('ENV', '=K v')).toEqual([
      ['blankName', { instruction: 'ENV' }, 1, 3],
      ['missingEquals', { instruction: 'ENV', word: 'v' }, 4, 5],
    ]);
    expect(errorsOf('ARG', 'A =B')).toEqual([['blankName', { instruction: 'ARG' }, 3, 5]]);
  });

  it('reports ENV or LABEL with a name and no value', () => {
    expect(errorsOf('ENV', 'NAME')).toEqual([['missingArguments', { instruction: 'ENV' }, 1, 5]]);
    expect(errorsOf('LABEL', 'name')).toEqual([['missingArguments', { instruction: 'LABEL' }, 1, 5]]);
  });

  it('reports nothing for pairs Docker accepts', () => {
    expect(errorsOf('ENV', 'A=1 B="x y" C=')).toEqual([]);
    expect(errorsOf('ENV', 'PATH /usr/local/bin:$PATH')).toEqual([]);
    expect(errorsOf('ARG', 'VERSION')).toEqual([]);
    expect(errorsOf('ARG', 'A=1 B')).toEqual([]);
    expect(errorsOf('LABEL', '"a=b"=c')).toEqual([]);
  });
});
