// An empty line inside a `\` continuation is accepted today but deprecated: a future Docker will
// end the instruction there, and the next line becomes an unknown instruction.
import { isParsedTree } from '../query';
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
  // The parser's list of the whole file, not an inspection of every instruction: nearly every
  // instruction has none, and a call per instruction (6,600 on 10,000 lines) cost more than the
  // test; a walk after analyze's pass read a 10,000-line tree again, out of the CPU cache.
  check(context) {
    const { ast } = context;
    const lines = isParsedTree(ast) ? ast.emptyLines : ast.instructions.flatMap((instruction) => instruction.emptyContinuationLines);
    for (const line of lines) {
      const range = { line, column: 1, endLine: line, endColumn: lineText(ast, line).length + 1 };
      // The line and its line break; the file's last line has none, so only its blanks go.
      const removed = line < ast.lineStarts.length ? { line, column: 1, endLine: line + 1, endColumn: 1 } : range;
      context.report({ messageId: 'empty', range, data: undefined, fix: { title: 'Xoá dòng trống', edits: [{ range: removed, text: '' }] } });
    }
  },
});
