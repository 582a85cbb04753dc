import { describe, expect, it } from 'vitest';
import { lineDiff } from './line-diff';

const apply = (diff: ReturnType<typeof lineDiff>, keep: 'removed' | 'added') =>
  diff.filter((l) => l.kind === 'same' || l.kind === keep).map((l) => l.text).join('\n');

describe('lineDiff', () => {
  it('marks nothing when both sides are equal', () => {
    expect(lineDiff('FROM a\nRUN b', 'FROM a\nRUN b').every((l) => l.kind === 'same')).toBe(true);
  });

  it('finds a changed line between kept ones', () => {
    expect(lineDiff('FROM python\nCOPY . .\nCMD x', 'FROM python:3.11-slim\nCOPY . .\nCMD x')).toEqual([
      { kind: 'removed', text: 'FROM python' },
      { kind: 'added', text: 'FROM python:3.11-slim' },
      { kind: 'same', text: 'COPY . .' },
      { kind: 'same', text: 'CMD x' },
    ]);
  });

  it('keeps the longest common part when lines move', () => {
    const from = 'FROM a\nCOPY . .\nRUN pip install -r r.txt\nCMD x';
    const to = 'FROM a\nCOPY r.txt .\nRUN pip install -r r.txt\nCOPY . .\nCMD x';
    const diff = lineDiff(from, to);
    expect(diff.filter((l) => l.kind === 'same')).toHaveLength(3);
    expect(apply(diff, 'removed')).toBe(from);
    expect(apply(diff, 'added')).toBe(to);
  });

  it('treats CRLF like LF', () => {
    expect(lineDiff('A\r\nB', 'A\nB').every((l) => l.kind === 'same')).toBe(true);
  });

  it('reads a final newline as the end of the last line, not as an empty line', () => {
    expect(lineDiff('FROM a\nRUN b', 'FROM a\nRUN b\n')).toEqual([
      { kind: 'same', text: 'FROM a' },
      { kind: 'same', text: 'RUN b' },
    ]);
  });

  it('still shows an empty line written before the end', () => {
    expect(lineDiff('FROM a\n\n', 'FROM a\n')).toEqual([
      { kind: 'same', text: 'FROM a' },
      { kind: 'removed', text: '' },
    ]);
  });

  it('an empty file has no lines: nothing of it shows as removed', () => {
    expect(lineDiff('', '.git\n.env\n')).toEqual([
      { kind: 'added', text: '.git' },
      { kind: 'added', text: '.env' },
    ]);
  });
});
