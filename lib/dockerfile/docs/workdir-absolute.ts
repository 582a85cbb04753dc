// Documentation of the `workdir-absolute` rule: the /rules/workdir-absolute/ page, the search index and the rule's tests.
// Kept out of the rule file so the analyzer shipped to the browser carries no docs text.
import type { RuleDocs } from '../types';

export const docs: RuleDocs = {
  summary: 'WORKDIR nên là đường dẫn tuyệt đối (bắt đầu bằng /).',
  why: 'WORKDIR tương đối được nối vào WORKDIR trước đó, kể cả WORKDIR do image gốc đặt. Đổi image gốc là file ứng dụng chuyển sang chỗ khác, CMD không tìm thấy file.',
  bad: 'FROM python:3.11-slim\nWORKDIR app\nCOPY . .\nCMD ["python", "app.py"]\n',
  good: 'FROM python:3.11-slim\nWORKDIR /app\nCOPY . .\nCMD ["python", "app.py"]\n',
  fix: 'Viết WORKDIR với đường dẫn tuyệt đối, ví dụ `WORKDIR /app`.',
};
