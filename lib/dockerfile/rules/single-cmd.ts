// Only the last CMD, ENTRYPOINT or HEALTHCHECK of a stage takes effect: earlier ones are dead code.
import { defineRule } from '../rule';
import type { Instruction } from '../types';

const ONCE_PER_STAGE = ['CMD', 'ENTRYPOINT', 'HEALTHCHECK'];

/** Where the stage's last instruction with `keyword` is, searched from the end (most stages have one or none); -1 when none. */
function lastPosition(instructions: readonly Instruction[], keyword: string): number {
  for (let i = instructions.length - 1; i >= 0; i--) if (instructions[i]!.keyword === keyword) return i;
  return -1;
}

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
  inspectStage(stage, context) {
    const { instructions } = stage;
    for (let k = 0; k < ONCE_PER_STAGE.length; k++) {
      const keyword = ONCE_PER_STAGE[k]!;
      const lastAt = lastPosition(instructions, keyword);
      if (lastAt < 0) continue;
      const last = instructions[lastAt]!;
      for (let i = 0; i < lastAt; i++) {
        const earlier = instructions[i]!;
        if (earlier.keyword !== keyword) continue;
        context.report({
          messageId: 'ignored',
          range: earlier.keywordRange,
          data: { instruction: keyword, lastLine: last.range.line },
        });
      }
    }
  },
});
