import { describe, expect, it } from 'vitest';
import { Positions, scanLines } from './lines';

describe('scanLines', () => {
  it('ends lines at \\n, \\r\\n and a lone \\r', () => {
    const table = scanLines('a\nbb\r\nc\rd');
    expect(table.starts).toEqual(Int32Array.of(0, 2, 6, 8));
    expect(table.ends).toEqual([1, 4, 7, 9]);
  });

  it('counts the empty line after a final newline', () => {
    expect(scanLines('a\n').starts).toEqual(Int32Array.of(0, 2));
    expect(scanLines('').starts).toEqual(Int32Array.of(0));
  });
});

describe('Positions', () => {
  it('maps offsets to 1-based lines and columns with an exclusive end', () => {
    const positions = new Positions(scanLines('ab\r\ncd\nef'));
    expect(positions.range(4, 6)).toEqual({ line: 2, column: 1, endLine: 2, endColumn: 3 });
    expect(positions.range(1, 8)).toEqual({ line: 1, column: 2, endLine: 3, endColumn: 2 });
    expect(positions.range(9, 9)).toEqual({ line: 3, column: 3, endLine: 3, endColumn: 3 });
  });

  it('answers lookups in any order (the cursor is only a hint)', () => {
    const positions = new Positions(scanLines('a\nb\nc\nd\n'));
    expect(positions.range(6, 7).line).toBe(4);
    expect(positions.range(0, 1).line).toBe(1);
    expect(positions.range(4, 5).line).toBe(3);
    expect(positions.range(2, 3).line).toBe(2);
  });

  it('clamps offsets into the text', () => {
    const positions = new Positions(scanLines('abc'));
    expect(positions.range(-5, 99)).toEqual({ line: 1, column: 1, endLine: 1, endColumn: 4 });
  });

  it('counts UTF-16 code units', () => {
    const positions = new Positions(scanLines('é😀x'));
    expect(positions.range(3, 4)).toEqual({ line: 1, column: 4, endLine: 1, endColumn: 5 });
  });
});
