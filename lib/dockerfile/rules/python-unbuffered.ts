// Python buffers stdout when it is not a terminal: without PYTHONUNBUFFERED=1, `docker logs` shows
// nothing until the buffer fills, and the last lines are lost when the container crashes.
import { inCase, majorityCasing } from '../keyword-casing';
import { after } from '../packages';
import { isPythonApp } from '../python-app';
import { baseName, commandsOf, finalStageOf, instructionsWithParents, programName, PYTHON, shippedStages } from '../query';
import { defineRule } from '../rule';
import type { Instruction } from '../types';

/** `-u`, or `-u` inside a cluster such as `-Bu`. */
const UNBUFFERED_FLAG = /^-[A-Za-z]*u[A-Za-z]*$/;
const UNBUFFERED_ASSIGNMENT = /^PYTHONUNBUFFERED=.+/;

/** `ENV PYTHONUNBUFFERED=1` (any non-empty value). */
function setsUnbuffered(env: Instruction): boolean {
  return env.pairs.some((pair) => pair.key === 'PYTHONUNBUFFERED' && (pair.value ?? '') !== '');
}

/** `python -u app.py` in exec or shell form, or `PYTHONUNBUFFERED=1 python …` in a shell CMD. */
function runsUnbuffered(instruction: Instruction): boolean {
  const values = instruction.json?.values;
  if (values) {
    const at = values.findIndex((v) => PYTHON.test(baseName(v)));
    return at >= 0 && values.slice(at + 1).some((v) => UNBUFFERED_FLAG.test(v));
  }
  return commandsOf(instruction).some(
    (cmd) =>
      cmd.assignments.some((word) => UNBUFFERED_ASSIGNMENT.test(word.value)) ||
      (PYTHON.test(programName(cmd)) && cmd.args.some((word) => UNBUFFERED_FLAG.test(word.value))),
  );
}

export default defineRule({
  meta: {
    id: 'python-unbuffered',
    severity: 'info',
    category: 'runtime',
    lesson: { question: 7, anchor: 'environment-variables' },
    messages: {
      missing: 'Image Python chưa đặt ENV PYTHONUNBUFFERED=1: log của print() bị giữ trong bộ đệm, docker logs hiện chậm hoặc mất dòng cuối khi container lỗi.',
    },
    fixable: true,
  },
  check(context) {
    const { ast } = context;
    const final = finalStageOf(ast);
    if (!final || (final.env.PYTHONUNBUFFERED ?? '') !== '') return;
    const shipped = instructionsWithParents(ast, final);
    for (const instruction of shipped) {
      if (instruction.keyword === 'ENV' && setsUnbuffered(instruction)) return;
      if ((instruction.keyword === 'CMD' || instruction.keyword === 'ENTRYPOINT') && runsUnbuffered(instruction)) return;
    }
    // Last, as the costliest question: it walks every command of the shipped stages.
    if (!isPythonApp(ast, shippedStages(ast))) return;
    // A FROM that ends the file on a dangling `\` (blanks after it or not) would continue onto the
    // inserted line: the parser reports that escape character, on the FROM's last line.
    const { endLine } = final.from.range;
    const dangling = ast.errors.some((error) => error.messageId === 'danglingContinuation' && error.range.line === endLine);
    context.report({
      messageId: 'missing',
      range: final.from.range,
      data: undefined,
      // In the casing most of the file's keywords are written in: `env` in a file of `from` and `cmd`.
      fix: dangling ? undefined : { title: 'Thêm ENV PYTHONUNBUFFERED=1', edits: [{ range: after(final.from), text: `\n${inCase('ENV', majorityCasing(ast))} PYTHONUNBUFFERED=1` }] },
    });
  },
});
