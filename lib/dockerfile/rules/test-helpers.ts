// Shared helpers for rule tests: run the analyzer and keep one rule's findings.
import { analyze } from '../analyze';
import { applyFix } from '../fix';
import type { AnalyzeOptions, Finding } from '../types';

/** Joins lines so tests read like Dockerfiles: `dockerfile('FROM x', 'RUN y')`. */
export function dockerfile(...lines: string[]): string {
  return `${lines.join('\n')}\n`;
}

export function findingsOf(ruleId: string, source: string, options: AnalyzeOptions = {}): Finding[] {
  const analysis = analyze(source, { ...options, enable: [...(options.enable ?? []), ruleId] });
  if (analysis.ruleErrors.length > 0) throw new Error(`rule threw: ${JSON.stringify(analysis.ruleErrors)}`);
  return analysis.findings.filter((f) => f.rule === ruleId);
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
