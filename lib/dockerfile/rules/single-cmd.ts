// Only the last CMD, ENTRYPOINT or HEALTHCHECK of a stage takes effect: earlier ones are dead code.
import { defineRule } from '../rule';
import type { Instruction } from '../types';

const ONCE_PER_STAGE = ['CMD', 'ENTRYPOINT', 'HEALTHCHECK'];

export default defineRule({
  meta: {
    id: 'single-cmd',
    severity: 'warning',
    category: 'syntax',
    aliases: ['DL4003', 'DL4004', 'DL3012', 'MultipleInstructionsDisallowed'],
    lesson: { question: 4, anchor: 'so-sanh-chi-tiet' },
    messages: {
      ignored: 'Lệnh {{instruction}} này bị bỏ qua: chỉ {{instruction}} cuối cùng của stage (dòng {{lastLine}}) có tác dụng. Xoá bớt, hoặc gộp ENTRYPOINT + CMD.',
    },
    fixable: false,
  },
  check(context) {
    for (const stage of context.ast.stages) {
      for (const keyword of ONCE_PER_STAGE) {
        const all: Instruction[] = stage.instructions.filter((i) => i.keyword === keyword);
        const last = all[all.length - 1];
        if (!last) continue;
        for (const earlier of all.slice(0, -1)) {
          context.report({
            messageId: 'ignored',
            range: earlier.keywordRange,
            data: { instruction: keyword, lastLine: last.range.line },
          });
        }
      }
    }
  },
});
