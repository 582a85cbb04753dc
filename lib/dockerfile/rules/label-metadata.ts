// Question 7's checklist asks for LABEL metadata: who owns the image, which version, where the source is.
import { shippedStages } from '../query';
import { defineRule } from '../rule';

export default defineRule({
  meta: {
    id: 'label-metadata',
    severity: 'info',
    category: 'runtime',
    aliases: [],
    lesson: { question: 7, anchor: 'dockerfile-checklist-cho-ml-models' },
    messages: {
      missing: 'Image cuối chưa có LABEL nào: thêm metadata như LABEL maintainer="…" version="1.0" để biết ai sở hữu và đây là phiên bản nào.',
    },
    fixable: false,
    docs: {
      summary: 'Image được ship nên có ít nhất một LABEL mô tả (maintainer, version, mô tả, nguồn).',
      why: 'LABEL gắn metadata vào image, xem được bằng `docker inspect`: ai chịu trách nhiệm, phiên bản mô hình nào, mã nguồn ở đâu. Khi có sự cố trên production, đó là cách nhanh nhất để biết image từ đâu ra. Checklist của bài (câu 7) có mục "LABEL metadata".',
      bad: 'FROM python:3.11-slim\nWORKDIR /app\nCOPY . .\nCMD ["python", "app.py"]\n',
      good: 'FROM python:3.11-slim\nLABEL maintainer="mlops-team@company.com" version="1.0"\nWORKDIR /app\nCOPY . .\nCMD ["python", "app.py"]\n',
      fix: 'Thêm một dòng LABEL ở stage cuối, ví dụ `LABEL maintainer="mlops-team@company.com" version="1.0"`.',
    },
  },
  check(context) {
    const { ast } = context;
    const stages = shippedStages(ast);
    const final = stages[0];
    if (!final) return;
    if (stages.some((stage) => stage.instructions.some((i) => i.keyword === 'LABEL'))) return;
    context.report({ messageId: 'missing', range: final.from.range });
  },
});
