import { describe, expect, it } from 'vitest';
import { analyze, type Analysis } from './analyze';
import { analysisProblems, fixProblems } from './soundness';
import type { Finding } from './types';

const SOURCE = 'FROM python:3.11-slim\nRUN pip install flask\n';

/** The analysis of SOURCE with one finding replaced: what a broken rule would have returned. */
function withFinding(change: Partial<Finding>): Analysis {
  const analysis = analyze(SOURCE);
  const [first, ...rest] = analysis.findings;
  return { ...analysis, findings: [{ ...first!, ...change }, ...rest] };
}

describe('analysisProblems', () => {
  it('finds nothing wrong with a real analysis', () => {
    expect(analysisProblems(SOURCE)).toEqual([]);
  });
  it('names a finding past the end of its line, or on a line the text does not have', () => {
    expect(analysisProblems(SOURCE, withFinding({ rule: 'x', line: 1, column: 1, endLine: 1, endColumn: 40 }))).toEqual(['x at 1:1-1:40 is outside the text']);
    expect(analysisProblems(SOURCE, withFinding({ rule: 'x', line: 9, column: 1, endLine: 9, endColumn: 1 }))).toEqual(['x at 9:1-9:1 is outside the text']);
  });
  it('names a rule that threw', () => {
    expect(analysisProblems(SOURCE, { ...analyze(SOURCE), ruleErrors: [{ rule: 'x', error: 'boom' }] })).toEqual(['x threw: boom']);
  });
});

describe('fixProblems', () => {
  const real = analyze(SOURCE);
  const pip = real.findings.find((f) => f.rule === 'pip-no-cache-dir')!;
  const where = `the fix of pip-no-cache-dir at ${pip.line}:${pip.column}`;
  /** SOURCE's analysis with pip-no-cache-dir's fix replaced, its other findings as they are. */
  const withPipFix = (fix: Finding['fix']): Analysis => ({ ...real, findings: real.findings.map((f) => (f === pip ? { ...pip, fix } : f)) });

  it('finds nothing wrong with the real quick fixes', () => {
    expect(fixProblems(SOURCE)).toEqual([]);
  });
  it('names a fix that leaves its finding, and one that adds a syntax error', () => {
    expect(fixProblems(SOURCE, withPipFix({ title: 'nothing', edits: [] }))).toEqual([`${where} leaves its finding`]);
    const breaking = { title: 'break', edits: [{ range: { line: 1, column: 1, endLine: 1, endColumn: 1 }, text: 'FORM ' }] };
    expect(fixProblems(SOURCE, withPipFix(breaking))).toContain(`${where} adds a syntax error`);
  });
  it('names a fix that trades its finding for one of another rule', () => {
    // The flag added, and RUN recased to the file's minority: instruction-casing then reports it.
    const trading = { title: 'trade', edits: [{ range: { line: 2, column: 1, endLine: 2, endColumn: 4 }, text: 'run' }, ...pip.fix!.edits] };
    expect(fixProblems(SOURCE, withPipFix(trading))).toEqual([`${where} adds a finding of instruction-casing`]);
  });
  it('names a fix that changes a word a RUN runs', () => {
    // The flag added, and `flask` rewritten as `flask2`: pip would install another package.
    const changing = { title: 'change', edits: [...pip.fix!.edits, { range: { line: 2, column: 22, endLine: 2, endColumn: 22 }, text: '2' }] };
    expect(fixProblems(SOURCE, withPipFix(changing))).toEqual([`${where} changes a word a RUN runs`]);
  });
  it('lets a fix that repairs how Docker reads an instruction show what it now reads', () => {
    // Read as shell form, the broken array runs no python; repaired, python-unbuffered has a python app to judge.
    const source = 'FROM ubuntu:24.04\nRUN useradd -m app\nUSER app\nENTRYPOINT ["python3", "app.py",]\n';
    expect(analyze(source).findings.map((f) => f.rule)).not.toContain('python-unbuffered');
    expect(fixProblems(source)).toEqual([]);
  });
});
