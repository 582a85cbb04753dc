import { describe, expect, it } from 'vitest';
import { Positions, scanLines } from './lines';
import { appendNewline, appendRun, beginText, buildText as buildIn, sourceOffset } from './logical-text';

describe('building a logical text', () => {
  const source = 'RUN a \\\n  b \\\n  c';
  const positions = new Positions(scanLines(source));
  /** Built in the document of `source` (its line table maps the ranges). */
  const buildText = () => buildIn({ positions, escapeChar: '\\' });
  const build = () => {
    beginText(source);
    appendRun(0, 6);
    appendRun(8, 12);
    appendRun(14, 17);
    return buildText();
  };

  it('joins source runs and maps logical indexes back', () => {
    const logical = build();
    expect(logical.text).toBe('RUN a   b   c');
    expect(sourceOffset(logical, 0)).toBe(0);
    expect(sourceOffset(logical, 8)).toBe(10);
    expect(sourceOffset(logical, 12)).toBe(16);
  });

  it('keeps the end of a span on the piece of its last character', () => {
    const logical = build();
    // "a   b": from line 1 into line 2
    expect(logical.rangeOf(4, 9)).toEqual({ line: 1, column: 5, endLine: 2, endColumn: 4 });
    // "a " ends before the removed `\`: the range stays on line 1.
    expect(logical.rangeOf(4, 6)).toEqual({ line: 1, column: 5, endLine: 1, endColumn: 7 });
    expect(logical.rangeOf(6, 6)).toEqual({ line: 2, column: 1, endLine: 2, endColumn: 1 });
  });

  it('merges adjacent runs into one piece', () => {
    beginText('abcdef');
    appendRun(0, 2);
    appendRun(2, 4);
    expect(buildText().pieces).toEqual([0, 0]);
  });

  it('starts each text afresh', () => {
    build();
    beginText('xyz');
    appendRun(1, 3);
    expect(buildText()).toMatchObject({ text: 'yz', pieces: [0, 1] });
  });

  it('maps a \\n that stands for a \\r\\n terminator', () => {
    beginText('ab\r\ncd');
    appendRun(0, 2);
    appendNewline(2);
    appendRun(4, 6);
    const logical = buildText();
    expect(logical.text).toBe('ab\ncd');
    expect(sourceOffset(logical, 3)).toBe(4);
  });
});
