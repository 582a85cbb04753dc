// Docker needs a base image before any build step: only ARG (and comments, directives) may precede FROM.
import { defineRule } from '../rule';

export default defineRule({
  meta: {
    id: 'from-first',
    severity: 'error',
    category: 'syntax',
    aliases: ['DL3061'],
    lesson: { question: 3, anchor: 'cac-lenh-chinh' },
    messages: {
      notFirst: 'Lệnh {{instruction}} đứng trước FROM: mọi Dockerfile phải bắt đầu bằng FROM (chỉ ARG được đứng trước).',
    },
    fixable: false,
    docs: {
      summary: 'Lệnh đầu tiên (trừ ARG, comment và parser directive) phải là FROM.',
      why: 'FROM chọn image gốc cho mọi bước sau. Docker từ chối build nếu có RUN, COPY, ENV… trước FROM, vì chưa có filesystem nào để chạy lệnh.',
      bad: 'ENV PYTHONUNBUFFERED=1\nFROM python:3.11-slim\nCMD ["python", "app.py"]\n',
      good: 'ARG PYTHON_VERSION=3.11\nFROM python:${PYTHON_VERSION}-slim\nENV PYTHONUNBUFFERED=1\nCMD ["python", "app.py"]\n',
      fix: 'Đưa FROM lên đầu. Nếu cần tham số hoá image gốc, khai báo ARG trước FROM rồi dùng ${TÊN} trong FROM.',
    },
  },
  check(context) {
    const { ast } = context;
    const first = ast.instructions.find((instruction) => instruction.keyword !== 'ARG');
    if (!first || first.keyword === 'FROM') return;
    // A misspelt instruction (`FORM python`) is syntax-error's to report, not a missing FROM.
    const misspelt = ast.errors.some((e) => e.messageId === 'unknownInstruction' && e.range.line === first.keywordRange.line);
    if (misspelt) return;
    context.report({ messageId: 'notFirst', range: first.keywordRange, data: { instruction: first.keywordRaw } });
  },
});
