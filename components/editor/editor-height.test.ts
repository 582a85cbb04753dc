import { describe, expect, it } from 'vitest';
import { estimatedEditorHeight, wrappedRows, wrappingColumn } from './editor-height';

describe('wrappedRows', () => {
  it.each([
    ['a line that fits', 'RUN apt-get update', 20, 1],
    ['a line one column too long', 'a'.repeat(21), 20, 2],
    ['a word longer than a row, cut where the row ends', 'a'.repeat(25), 10, 3],
    ['words, each row ending after a space', 'aaaa bbbb cccc', 6, 3],
    ['after a dot rather than at the last space, as Monaco does', 'FROM python:3.11-slim AS base', 20, 2],
    ['never before a space', 'aaaaaa bbb', 6, 2],
    ['a tab reaches the next tab stop', 'a\tb', 4, 2],
    ['an empty line', '', 10, 1],
  ])('%s', (_case, line, column, rows) => {
    expect(wrappedRows(line, column)).toBe(rows);
  });
});

describe('wrappingColumn', () => {
  it('leaves out the gutter, the scrollbar and the cursor', () => {
    expect(wrappingColumn({ widthPx: 700, charPx: 8.4 }, 10)).toBe(73);
  });

  it('widens the line numbers past 99999 lines', () => {
    expect(wrappingColumn({ widthPx: 700, charPx: 8.4 }, 123_456)).toBe(72);
  });
});

describe('estimatedEditorHeight', () => {
  it('counts lines until the width is known', () => {
    expect(estimatedEditorHeight(`${'a'.repeat(20)}\nb`, null)).toBe('clamp(12rem, 76px, min(60vh, 28rem))');
  });

  it('counts wrapped rows once it is', () => {
    // 180px wide, 10px characters: 8 columns after the gutter, so 20 characters take 3 rows.
    expect(estimatedEditorHeight(`${'a'.repeat(20)}\nb`, { widthPx: 180, charPx: 10 })).toBe('clamp(12rem, 114px, min(60vh, 28rem))');
  });
});
