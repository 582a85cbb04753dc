// Python buffers stdout when it is not a terminal: without PYTHONUNBUFFERED=1, `docker logs` shows
// nothing until the buffer fills, and the last lines are lost when the container crashes.
import { isPythonApp } from '../python-app';
import { commandsOf, instructionsWithParents, programName, shippedStages } from '../query';
import { defineRule } from '../rule';
import type { Instruction } from '../types';

/** `python -u app.py` in exec or shell form, or `PYTHONUNBUFFERED=1 python …` in a shell CMD. */
function runsUnbuffered(instruction: Instruction): boolean {
  const values = instruction.json?.values;
  if (values) {
    const at = values.findIndex((v) => /(^|\/)python(\d+(\.\d+)?)?$/.test(v));
    return at >= 0 && values.slice(at + 1).some((v) => /^-[A-Za-z]*u[A-Za-z]*$/.test(v));
  }
  return commandsOf(instruction).some(
    (cmd) =>
      cmd.assignments.some((a) => /^PYTHONUNBUFFERED=.+/.test(a.value)) ||
      (/^python(\d+(\.\d+)?)?$/.test(programName(cmd)) && cmd.args.some((a) => /^-[A-Za-z]*u[A-Za-z]*$/.test(a.value))),
  );
}

export default defineRule({
  meta: {
    id: 'python-unbuffered',
    severity: 'info',
    category: 'runtime',
    aliases: [],
    lesson: { question: 7, anchor: 'environment-variables' },
    messages: {
      missing: 'Image Python chưa đặt ENV PYTHONUNBUFFERED=1: log của print() bị giữ trong bộ đệm, docker logs hiện chậm hoặc mất dòng cuối khi container lỗi.',
    },
    fixable: true,
  },
  check(context) {
    const { ast } = context;
    const stages = shippedStages(ast);
    const final = stages[0];
    if (!final || !isPythonApp(ast, stages)) return;
    if ((final.env.PYTHONUNBUFFERED ?? '') !== '') return;
    const shipped = instructionsWithParents(ast, final);
    const setByEnv = shipped.some(
      (i) => i.keyword === 'ENV' && i.pairs.some((p) => p.key === 'PYTHONUNBUFFERED' && (p.value ?? '') !== ''),
    );
    if (setByEnv) return;
    if (shipped.some((i) => (i.keyword === 'CMD' || i.keyword === 'ENTRYPOINT') && runsUnbuffered(i))) return;
    const end = final.from.range;
    context.report({
      messageId: 'missing',
      range: final.from.range,
      fix: {
        title: 'Thêm ENV PYTHONUNBUFFERED=1',
        edits: [
          {
            range: { line: end.endLine, column: end.endColumn, endLine: end.endLine, endColumn: end.endColumn },
            text: '\nENV PYTHONUNBUFFERED=1',
          },
        ],
      },
    });
  },
});
