// The shipped image starts from a full-size base although a smaller variant exists (question 6's table).
import { isPythonApp } from '../python-app';
import { slimmerVariant } from '../images';
import { shippedStages } from '../query';
import { defineRule } from '../rule';

export default defineRule({
  meta: {
    id: 'base-image-slim',
    severity: 'info',
    category: 'base-image',
    lesson: { question: 6, anchor: 'chon-base-image-nho' },
    messages: {
      smaller: 'Image "{{image}}" ({{fromSize}}) có bản nhỏ hơn: {{smaller}} ({{toSize}}). Image cuối nhỏ thì pull nhanh, khởi động nhanh và ít lỗ hổng hơn.',
    },
  },
  check(context) {
    const { ast } = context;
    const stages = shippedStages(ast);
    // Asked only for an ubuntu base, once: the answer walks every command of the shipped stages.
    let pythonApp: boolean | undefined;
    const isPython = () => (pythonApp ??= isPythonApp(ast, stages));
    for (let i = 0; i < stages.length; i++) {
      const stage = stages[i]!;
      if (stage.baseStage !== null) continue;
      const variant = slimmerVariant(stage.base, isPython);
      if (!variant) continue;
      context.report({
        messageId: 'smaller',
        range: stage.base.range,
        data: { image: stage.base.resolved, fromSize: variant.fromSize, smaller: variant.image, toSize: variant.toSize },
      });
    }
  },
});
