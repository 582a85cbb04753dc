// Documentation of the `from-first` rule: the /rules/from-first/ page, the search index and the rule's tests.
// Kept out of the rule file so the analyzer shipped to the browser carries no docs text.
import type { RuleDocs } from '../types';

export const docs: RuleDocs = {
  summary: 'Lệnh đầu tiên (trừ ARG, comment và parser directive) phải là FROM.',
  why: 'FROM chọn image gốc cho mọi bước sau. Docker từ chối build nếu có RUN, COPY, ENV… trước FROM, vì chưa có filesystem nào để chạy lệnh.',
  bad: 'ENV PYTHONUNBUFFERED=1\nFROM python:3.11-slim\nCMD ["python", "app.py"]\n',
  good: 'ARG PYTHON_VERSION=3.11\nFROM python:${PYTHON_VERSION}-slim\nENV PYTHONUNBUFFERED=1\nCMD ["python", "app.py"]\n',
  fix: 'Đưa FROM lên đầu. Nếu cần tham số hoá image gốc, khai báo ARG trước FROM rồi dùng ${TÊN} trong FROM.',
};
