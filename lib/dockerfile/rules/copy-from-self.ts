// `COPY --from=app` inside stage `app` itself: a stage cannot read its own unfinished result.
import { copyFroms } from '../copy-source-stage';
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
    fixable: false,
  },
  check(context) {
    const copies = copyFroms(context.ast);
    for (let i = 0; i < copies.length; i++) {
      const copy = copies[i]!;
      if (copy.source.kind === 'self') context.report({ messageId: 'self', range: copy.range, data: { name: copy.value } });
    }
  },
});
