import { describe, expect, it } from 'vitest';
import { escapeCharOf, matchDirective } from './directives';

const match = (line: string) => matchDirective(line, 0, line.length);

describe('matchDirective', () => {
  it('reads known directives with any spacing and case', () => {
    expect(match('# syntax=docker/dockerfile:1')).toEqual({ name: 'syntax', value: 'docker/dockerfile:1', start: 0, end: 28 });
    expect(match('  #ESCAPE = `  ')).toMatchObject({ name: 'escape', value: '`', start: 2, end: 13 });
    expect(match('# check=skip=JSONArgsRecommended;error=true')).toMatchObject({ name: 'check', value: 'skip=JSONArgsRecommended;error=true' });
  });

  it('rejects unknown names and ordinary comments', () => {
    expect(match('# foo=bar')).toBeNull();
    expect(match('# install deps')).toBeNull();
    expect(match('FROM x')).toBeNull();
  });
});

describe('escapeCharOf', () => {
  it('accepts backtick and backslash only', () => {
    expect(escapeCharOf('`')).toBe('`');
    expect(escapeCharOf('\\')).toBe('\\');
    expect(escapeCharOf('x')).toBe('\\');
  });
});
