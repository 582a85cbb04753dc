// Only the last CMD, ENTRYPOINT or HEALTHCHECK of a stage takes effect: earlier ones are dead code.
import { defineRule } from '../rule';

const ONCE_PER_STAGE = ['CMD', 'ENTRYPOINT', 'HEALTHCHECK'];

export default defineRule({
  meta: {
    id: 'single-cmd',
    category: 'syntax',
    aliases: ['DL4003', 'DL4004', 'DL3012', 'MultipleInstructionsDisallowed'],
    lesson: { question: 4, anchor: 'so-sanh-chi-tiet' },
    messages: {
      ignored: 'Lệnh {{instruction}} này bị bỏ qua: chỉ {{instruction}} cuối cùng của stage (dòng {{lastLine}}) có tác dụng. Xoá bớt, hoặc gộp ENTRYPOINT + CMD.',
    },
  },
  inspectStage(stage, context) {
    const { instructions } = stage;
    for (let k = 0; k < ONCE_PER_STAGE.length; k++) {
      const keyword = ONCE_PER_STAGE[k]!;
      // Searched from the end (most stages have one or none), without a closure per keyword and stage.
      let lastAt = instructions.length - 1;
      while (lastAt >= 0 && instructions[lastAt]!.keyword !== keyword) lastAt--;
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
