// What the analyzer promises on any text, as checks that name what broke: no rule fails, every
// finding lies inside the text, and each quick fix removes its finding without adding a syntax
// error. The property tests and `npm run fuzz` both hold analyses to these; the app never imports it.
import { analyze, type Analysis } from './analyze';
import { applyFix, computeLineStarts } from './fix';
import type { Finding } from './types';

/** Rules that failed, and findings whose range is not inside `text`: one line each, empty when sound. */
export function analysisProblems(text: string, analysis: Analysis = analyze(text)): string[] {
  const problems = analysis.ruleErrors.map((e) => `${e.rule} threw: ${e.error}`);
  const starts = computeLineStarts(text);
  for (const finding of analysis.findings) {
    if (!isInside(text, starts, finding)) problems.push(`${finding.rule} at ${finding.line}:${finding.column}-${finding.endLine}:${finding.endColumn} is outside the text`);
  }
  return problems;
}

function isInside(text: string, starts: number[], { line, column, endLine, endColumn }: Finding): boolean {
  // Characters on a line, its line break excluded: a range may end just after the last one.
  const lineLength = (n: number) => Math.max(0, (starts[n] ?? text.length + 1) - (starts[n - 1] ?? 0) - 1);
  return (
    line >= 1 &&
    endLine >= line &&
    endLine <= starts.length &&
    column >= 1 &&
    column <= lineLength(line) + 1 &&
    endColumn <= lineLength(endLine) + 1 &&
    (endLine > line || endColumn >= column)
  );
}

/** Quick fixes of `analysis` that leave their finding in place or add a syntax error: one line each. */
export function fixProblems(text: string, analysis: Analysis = analyze(text)): string[] {
  const before = analysis.findings;
  const count = (findings: Finding[], rule: string) => findings.filter((f) => f.rule === rule).length;
  const problems: string[] = [];
  for (const finding of before) {
    if (!finding.fix) continue;
    const after = analyze(applyFix(text, finding.fix)).findings;
    const where = `${finding.rule} at ${finding.line}:${finding.column}`;
    if (count(after, finding.rule) >= count(before, finding.rule)) problems.push(`the fix of ${where} leaves its finding`);
    if (count(after, 'syntax-error') > count(before, 'syntax-error')) problems.push(`the fix of ${where} adds a syntax error`);
  }
  return problems;
}
