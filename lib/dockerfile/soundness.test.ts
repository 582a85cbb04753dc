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
  it('finds nothing wrong with the real quick fixes', () => {
    expect(fixProblems(SOURCE)).toEqual([]);
  });
  it('names a fix that leaves its finding, and one that adds a syntax error', () => {
    const pip = analyze(SOURCE).findings.find((f) => f.rule === 'pip-no-cache-dir')!;
    const noop = { title: 'nothing', edits: [] };
    const breaking = { title: 'break', edits: [{ range: { line: 1, column: 1, endLine: 1, endColumn: 1 }, text: 'FORM ' }] };
    const analysis = (fix: Finding['fix']): Analysis => ({ ...analyze(SOURCE), findings: [{ ...pip, fix }] });
    expect(fixProblems(SOURCE, analysis(noop))).toEqual([`the fix of pip-no-cache-dir at ${pip.line}:${pip.column} leaves its finding`]);
    expect(fixProblems(SOURCE, analysis(breaking))).toContain(`the fix of pip-no-cache-dir at ${pip.line}:${pip.column} adds a syntax error`);
  });
});
