// Question 7's checklist asks for LABEL metadata: who owns the image, which version, where the source is.
import { shippedStages } from '../query';
import { defineRule } from '../rule';

export default defineRule({
  meta: {
    id: 'label-metadata',
    severity: 'info',
    category: 'runtime',
    lesson: { question: 7, anchor: 'dockerfile-checklist-cho-ml-models' },
    messages: {
      missing: 'Image cuối chưa có LABEL nào: thêm metadata như LABEL maintainer="…" version="1.0" để biết ai sở hữu và đây là phiên bản nào.',
    },
  },
  check(context) {
    const { ast } = context;
    const stages = shippedStages(ast);
    const final = stages[0];
    if (!final) return;
    for (const stage of stages) for (const instruction of stage.instructions) if (instruction.keyword === 'LABEL') return;
    context.report({ messageId: 'missing', range: final.from.range });
  },
});
