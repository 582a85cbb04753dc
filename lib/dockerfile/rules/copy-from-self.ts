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
    docs: {
      summary: 'COPY --from không được trỏ vào chính stage chứa lệnh đó.',
      why: 'Một stage chưa build xong thì chưa có gì để copy: Docker báo lỗi vòng lặp. Thường là nhầm tên stage khi tách builder và runtime.',
      bad: 'FROM python:3.11 AS builder\nRUN pip wheel --no-cache-dir --wheel-dir /wheels numpy==1.26.4\n\nFROM python:3.11-slim AS runtime\nCOPY --from=runtime /wheels /wheels\n',
      good: 'FROM python:3.11 AS builder\nRUN pip wheel --no-cache-dir --wheel-dir /wheels numpy==1.26.4\n\nFROM python:3.11-slim AS runtime\nCOPY --from=builder /wheels /wheels\n',
      fix: 'Đổi --from sang tên (hoặc số thứ tự) của stage đứng trước đã tạo ra file cần copy.',
    },
  },
  check(context) {
    for (const copy of copyFroms(context.ast)) {
      if (copy.source.kind === 'self') context.report({ messageId: 'self', range: copy.range, data: { name: copy.value } });
    }
  },
});
