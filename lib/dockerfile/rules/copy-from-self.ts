// `COPY --from=app` inside stage `app` itself: a stage cannot read its own unfinished result.
import { copyFromOf } from '../copy-source-stage';
import { defineRule } from '../rule';

export default defineRule({
  meta: {
    id: 'copy-from-self',
    severity: 'error',
    category: 'syntax',
    aliases: ['DL3023'],
    lesson: { question: 5, anchor: 'vi-du-build-ml-model' },
    messages: {
      self: 'COPY --from={{name}} trỏ vào chính stage đang chứa nó: hãy lấy từ một stage đứng trước (ví dụ builder).',
    },
  },
  on: ['COPY'],
  inspect(instruction, context) {
    const copy = copyFromOf(context.ast, instruction);
    if (copy?.source === 'self') context.report({ messageId: 'self', range: copy.range, data: { name: copy.value } });
  },
});
