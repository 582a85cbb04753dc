import { describe, expect, it } from 'vitest';
import { analyze, formatMessage } from './analyze';

describe('formatMessage', () => {
  it('fills every placeholder, spaces inside the braces allowed', () => {
    expect(formatMessage('Dùng {{image}} thay cho {{ other }}.', { image: 'python:3.11-slim', other: 3 })).toBe('Dùng python:3.11-slim thay cho 3.');
  });

  it('keeps unknown keys and text that only looks like a placeholder as written', () => {
    expect(formatMessage('{{missing}} và {{ }} và {{a-b}} và {{x', { x: 1 })).toBe('{{missing}} và {{ }} và {{a-b}} và {{x');
  });

  it('reads the innermost pair when braces repeat, as the old regex did', () => {
    expect(formatMessage('{{{a}}}', { a: 'A' })).toBe('{A}');
    expect(formatMessage('{{a}}{{b}}', { a: 1, b: 2 })).toBe('12');
  });

  it('returns a template without placeholders unchanged', () => {
    expect(formatMessage('Không có gì để thay.')).toBe('Không có gì để thay.');
  });
});

describe('finding order', () => {
  it('sorts by line, column, then rule id', () => {
    const { findings } = analyze('FROM python\nRUN apt-get install curl\n');
    const keys = findings.map((f) => [f.line, f.column, f.rule] as const);
    const sorted = [...keys].sort((a, b) => a[0] - b[0] || a[1] - b[1] || (a[2] < b[2] ? -1 : a[2] > b[2] ? 1 : 0));
    expect(keys).toEqual(sorted);
    expect(new Set(findings.map((f) => f.line))).toEqual(new Set([1, 2]));
  });
});
