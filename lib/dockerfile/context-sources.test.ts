import { describe, expect, it } from 'vitest';
import { contextSources, copyDestination, findContextSource, isWholeContext } from './context-sources';
import { parse } from './parse';

const instruction = (line: string) => parse(`FROM debian:12\n${line}\n`).instructions[1]!;
const sources = (line: string) => contextSources(instruction(line)).map((s) => s.value);

describe('context sources', () => {
  it('lists the context paths of COPY and ADD, quotes removed, destination left out', () => {
    expect(sources('COPY requirements.txt "src dir/" ./')).toEqual(['requirements.txt', 'src dir/']);
    expect(sources('COPY ["a.txt", "b.txt", "/app/"]')).toEqual(['a.txt', 'b.txt']);
    expect(copyDestination(instruction('COPY a b /app/'))).toBe('/app/');
  });

  it('leaves out other stages, heredocs, URLs and git repositories', () => {
    expect(sources('COPY --from=build /out /out')).toEqual([]);
    expect(sources('ADD https://example.com/x.tar.gz git@github.com:o/r.git local.txt /x/')).toEqual(['local.txt']);
    expect(sources('RUN cp a b')).toEqual([]);
  });

  it('stops at a trailing # comment', () => {
    expect(sources('COPY requirements.txt .   # Layer 3')).toEqual(['requirements.txt']);
    expect(copyDestination(instruction('COPY requirements.txt .   # Layer 3'))).toBe('.');
  });

  it('keeps the range of each source word, quoted or in JSON form', () => {
    const shell = contextSources(instruction('COPY "src dir/" app.py ./'));
    expect(shell.map((s) => [s.value, s.range.column, s.range.endColumn])).toEqual([
      ['src dir/', 6, 16],
      ['app.py', 17, 23],
    ]);
    const json = contextSources(instruction('COPY ["a.txt", "b c.txt", "/app/"]'));
    expect(json.map((s) => [s.value, s.range.line, s.range.column, s.range.endColumn])).toEqual([
      ['a.txt', 2, 7, 14],
      ['b c.txt', 2, 16, 25],
    ]);
  });

  it('finds the first source that passes a test, skipping URLs', () => {
    const add = instruction('ADD https://example.com/x.tar.gz ./ src/ /app/');
    expect(findContextSource(add, isWholeContext)?.value).toBe('./');
    expect(findContextSource(add, isWholeContext)?.range.column).toBe(34);
    expect(findContextSource(instruction('COPY --from=build . /app/'), isWholeContext)).toBeUndefined();
    expect(findContextSource(instruction('RUN cp . /app'), isWholeContext)).toBeUndefined();
  });

  it('knows the whole context', () => {
    expect(['.', './', '*', './*'].every(isWholeContext)).toBe(true);
    expect(['src/', '.env', './src'].some(isWholeContext)).toBe(false);
  });
});
