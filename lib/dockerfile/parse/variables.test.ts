import { describe, expect, it } from 'vitest';
import { closingBraces, findReferences, substitute } from './variables';

const vars: Record<string, string | null> = { A: 'a', EMPTY: '', NOVALUE: null, VER: '3.11' };
const lookup = (name: string) => (name in vars ? vars[name] : undefined);
const sub = (text: string, keepUnresolved = false) => substitute(text, lookup, { keepUnresolved });

describe('substitute', () => {
  it('replaces $X and ${X}', () => {
    expect(sub('python:${VER}-slim')).toMatchObject({ value: 'python:3.11-slim', unresolved: false, names: ['VER'] });
    expect(sub('$A/$A')).toMatchObject({ value: 'a/a', unresolved: false });
  });

  it('applies :- - :+ + defaults like Docker', () => {
    expect(sub('${MISSING:-x}').value).toBe('x');
    expect(sub('${EMPTY:-x}').value).toBe('x');
    expect(sub('${EMPTY-x}').value).toBe('');
    expect(sub('${MISSING-x}').value).toBe('x');
    expect(sub('${A:+set}').value).toBe('set');
    expect(sub('${EMPTY:+set}').value).toBe('');
    expect(sub('${EMPTY+set}').value).toBe('set');
    expect(sub('${MISSING:-${A}}').value).toBe('a');
  });

  it('marks unknown or value-less variables as unresolved', () => {
    expect(sub('${MISSING}')).toMatchObject({ value: '', unresolved: true });
    expect(sub('$NOVALUE')).toMatchObject({ value: '', unresolved: true });
    expect(sub('x${MISSING}y', true)).toMatchObject({ value: 'x${MISSING}y', unresolved: true });
    expect(sub('${MISSING:-d}')).toMatchObject({ value: 'd', unresolved: false });
  });

  it('keeps escaped dollars and lone dollars literal', () => {
    expect(sub('\\$A')).toMatchObject({ value: '$A', unresolved: false });
    expect(substitute('`$A', lookup, { escapeChar: '`' }).value).toBe('$A');
    expect(sub('cost $ 5 $').value).toBe('cost $ 5 $');
    expect(sub('${unclosed').value).toBe('${unclosed');
  });

  it('stays linear on many unclosed ${', () => {
    const text = '${a:-'.repeat(20_000);
    const started = performance.now();
    expect(sub(text).value).toBe(text);
    expect(performance.now() - started).toBeLessThan(2_000);
  });
});

describe('findReferences', () => {
  it('lists references with their spans and operators', () => {
    expect(findReferences('a $X ${Y:-d} \\$Z')).toEqual([
      { name: 'X', start: 2, end: 4, operator: null, word: null },
      { name: 'Y', start: 5, end: 12, operator: ':-', word: 'd' },
    ]);
  });
});

describe('closingBraces', () => {
  it('pairs nested ${ with their closing brace', () => {
    expect([...closingBraces('${A:-${B}}')]).toEqual([
      [5, 8],
      [0, 9],
    ]);
  });
});
