// Shared helpers for rule tests: run the analyzer and keep one rule's findings. They also tally, for
// the rule a test file is named after, the distinct Dockerfiles it fires on and those it stays quiet
// on, and the file fails unless it has firing cases and at least twice as many quiet ones.
import { basename } from 'node:path';
import { afterAll, expect } from 'vitest';
import { analyze } from '../analyze';
import { applyFix } from '../fix';
import { rulesById } from './index';
import type { AnalyzeOptions, Finding } from '../types';

/** Joins lines so tests read like Dockerfiles: `dockerfile('FROM x', 'RUN y')`. */
export function dockerfile(...lines: string[]): string {
  return `${lines.join('\n')}\n`;
}

/** The name of this test file (`rules/pip-no-cache-dir.test.ts` → `pip-no-cache-dir`): a rule's id, for a rule's test. */
const fileRule = basename(expect.getState().testPath ?? '').replace(/\.test\.ts$/, '');
/** Distinct cases (source and options) of the file's rule, by whether it fired on them. */
const cases = { firing: new Set<string>(), quiet: new Set<string>() };

afterAll(() => {
  // Only a rule's own test file is held to it (other test files use these helpers too).
  if (!rulesById.has(fileRule)) return;
  expect(cases.firing.size, `${fileRule}: firing cases`).toBeGreaterThan(0);
  expect(cases.quiet.size, `${fileRule}: quiet cases, at least twice the ${cases.firing.size} firing ones`).toBeGreaterThanOrEqual(2 * cases.firing.size);
});

export function findingsOf(ruleId: string, source: string, options: AnalyzeOptions = {}): Finding[] {
  const analysis = analyze(source, { ...options, enable: [...(options.enable ?? []), ruleId] });
  if (analysis.ruleErrors.length > 0) throw new Error(`rule threw: ${JSON.stringify(analysis.ruleErrors)}`);
  const findings = analysis.findings.filter((f) => f.rule === ruleId);
  if (ruleId === fileRule) (findings.length > 0 ? cases.firing : cases.quiet).add(JSON.stringify([source, options]));
  return findings;
}

/** Position and message id only: tests never assert message text. */
export function positionsOf(ruleId: string, source: string, options: AnalyzeOptions = {}) {
  return findingsOf(ruleId, source, options).map(({ messageId, line, column, endLine, endColumn }) => ({
    messageId,
    line,
    column,
    endLine,
    endColumn,
  }));
}

/** Applies the first fix of the rule's first finding and returns the new source. */
export function fixed(ruleId: string, source: string, options: AnalyzeOptions = {}): string {
  const finding = findingsOf(ruleId, source, options).find((f) => f.fix);
  if (!finding?.fix) throw new Error(`${ruleId} offered no fix`);
  return applyFix(source, finding.fix);
}
