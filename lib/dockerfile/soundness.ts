// What the analyzer promises on any text, as checks that name what broke: no rule fails, every
// finding lies inside the text, and each quick fix removes its finding without adding a syntax
// error or a finding of another rule, and without changing a word the learner's RUNs run. The
// property tests and `npm run fuzz` both hold analyses to these; the app never imports it.
import { analyze, type Analysis } from './analyze';
import { applyFix, computeLineStarts } from './fix';
import { scriptsOf } from './query';
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

/**
 * Quick fixes of `analysis` that leave their finding in place, add a syntax error, add a finding of
 * another rule that the learner would then have to fix in turn, or change a word a RUN runs (the
 * last two unless the fix repairs how Docker reads the instruction: see REPAIRS): one line each.
 */
export function fixProblems(text: string, analysis: Analysis = analyze(text)): string[] {
  const before = countByRule(analysis.findings);
  const wordsBefore = runWords(analysis);
  const problems: string[] = [];
  for (const finding of analysis.findings) {
    if (!finding.fix) continue;
    const fixed = analyze(applyFix(text, finding.fix));
    const after = countByRule(fixed.findings);
    const where = `the fix of ${finding.rule} at ${finding.line}:${finding.column}`;
    if ((after.get(finding.rule) ?? 0) >= before.get(finding.rule)!) problems.push(`${where} leaves its finding`);
    for (const [rule, count] of after) {
      if (rule === finding.rule || count <= (before.get(rule) ?? 0)) continue;
      if (rule !== 'syntax-error' && REPAIRS.has(finding.rule)) continue;
      problems.push(rule === 'syntax-error' ? `${where} adds a syntax error` : `${where} adds a finding of ${rule}`);
    }
    if (!REPAIRS.has(finding.rule) && !isSubsequence(wordsBefore, runWords(fixed))) problems.push(`${where} changes a word a RUN runs`);
  }
  return problems;
}

/**
 * Every word the RUN instructions run, in order, each command's end marked: a fix may add words
 * (a flag, a cleanup command) and join RUNs, but a word the learner wrote must come out the same.
 */
function runWords(analysis: Analysis): string[] {
  const words: string[] = [];
  for (const instruction of analysis.ast.instructions) {
    if (instruction.keyword !== 'RUN') continue;
    for (const script of scriptsOf(instruction)) {
      for (const command of script.commands) words.push(...command.assignments.map((w) => w.value), command.name, ...command.args.map((w) => w.value), '\n');
    }
  }
  return words;
}

function isSubsequence(part: string[], whole: string[]): boolean {
  let found = 0;
  for (const word of whole) if (found < part.length && word === part[found]) found++;
  return found === part.length;
}

/**
 * Rules whose fix makes Docker read an instruction the way the learner meant it (a broken exec form
 * becomes one): the analysis then sees more of the file, and what it finds there is new but right.
 */
const REPAIRS = new Set(['json-args-invalid']);

function countByRule(findings: Finding[]): Map<string, number> {
  const counts = new Map<string, number>();
  for (const { rule } of findings) counts.set(rule, (counts.get(rule) ?? 0) + 1);
  return counts;
}
