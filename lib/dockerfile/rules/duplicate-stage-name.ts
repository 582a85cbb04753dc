// Two `FROM … AS name` with the same name (case-insensitive): BuildKit refuses the file.
import { defineRule } from '../rule';
import type { Stage } from '../types';

export default defineRule({
  meta: {
    id: 'duplicate-stage-name',
    severity: 'error',
    category: 'syntax',
    aliases: ['DL3024', 'DuplicateStageName'],
    lesson: { question: 5, anchor: 'vi-du-build-ml-model' },
    messages: {
      duplicate: 'Tên stage "{{name}}" đã dùng ở dòng {{firstLine}}: mỗi stage cần một tên riêng.',
    },
    fixable: false,
    docs: {
      summary: 'Mỗi `FROM … AS tên` phải có tên khác nhau (không phân biệt hoa thường).',
      why: 'COPY --from=tên và docker build --target tên cần biết chính xác stage nào. Hai stage trùng tên làm BuildKit báo lỗi.',
      bad: 'FROM python:3.11 AS build\nRUN pip wheel --no-cache-dir --wheel-dir /wheels numpy==1.26.4\n\nFROM node:20 AS build\nRUN echo frontend\n\nFROM python:3.11-slim\nCOPY --from=build /wheels /wheels\n',
      good: 'FROM python:3.11 AS build-py\nRUN pip wheel --no-cache-dir --wheel-dir /wheels numpy==1.26.4\n\nFROM node:20 AS build-web\nRUN echo frontend\n\nFROM python:3.11-slim\nCOPY --from=build-py /wheels /wheels\n',
      fix: 'Đặt cho mỗi stage một tên mô tả việc nó làm (build-py, build-web, runtime) và sửa các --from cho khớp.',
    },
  },
  check(context) {
    const seen = new Map<string, Stage>();
    for (const stage of context.ast.stages) {
      if (stage.name === null || !stage.nameRange) continue;
      const key = stage.name.toLowerCase();
      const first = seen.get(key);
      if (first) {
        context.report({
          messageId: 'duplicate',
          range: stage.nameRange,
          data: { name: stage.name, firstLine: first.nameRange?.line ?? first.from.range.line },
        });
      } else {
        seen.set(key, stage);
      }
    }
  },
});
