// An empty line inside a `\` continuation is accepted today but deprecated: a future Docker will
// end the instruction there, and the next line becomes an unknown instruction.
import { defineRule } from '../rule';
import { lineText } from '../source-text';

export default defineRule({
  meta: {
    id: 'empty-continuation',
    severity: 'info',
    category: 'syntax',
    aliases: ['NoEmptyContinuation'],
    lesson: { question: 8, anchor: 'combine-run-commands-reduce-layers' },
    messages: {
      empty: 'Dòng trống giữa một lệnh nối dòng bằng "\\": xoá dòng này (Docker sẽ không còn chấp nhận nó).',
    },
    fixable: true,
  },
  inspect(instruction, context) {
    // Nearly every instruction has none: a length test skips the loop.
    if (instruction.emptyContinuationLines.length === 0) return;
    for (const line of instruction.emptyContinuationLines) {
      const length = lineText(context.ast, line).length;
      context.report({
        messageId: 'empty',
        range: { line, column: 1, endLine: line, endColumn: length + 1 },
        data: undefined,
        fix: { title: 'Xoá dòng trống', edits: [{ range: { line, column: 1, endLine: line + 1, endColumn: 1 }, text: '' }] },
      });
    }
  },
});
