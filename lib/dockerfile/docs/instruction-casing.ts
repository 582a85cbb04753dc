// Documentation of the `instruction-casing` rule: the /rules/instruction-casing/ page, the search index and the rule's tests.
// Kept out of the rule file so the analyzer shipped to the browser carries no docs text.
import type { RuleDocs } from '../types';

export const docs: RuleDocs = {
  summary: 'Các lệnh trong Dockerfile nên viết cùng một kiểu chữ (thường là IN HOA), kể cả AS trong FROM … AS.',
  why: 'Docker không phân biệt hoa thường, nhưng quy ước chung là viết lệnh IN HOA để tách lệnh khỏi tham số. Trộn kiểu chữ làm file khó đọc và thường là dấu hiệu copy-paste từ nhiều nguồn.',
  bad: 'FROM python:3.11-slim as runtime\nWORKDIR /app\ncopy . .\nCMD ["python", "app.py"]\n',
  good: 'FROM python:3.11-slim AS runtime\nWORKDIR /app\nCOPY . .\nCMD ["python", "app.py"]\n',
  fix: 'Viết mọi lệnh (và AS) IN HOA, hoặc chữ thường toàn bộ nếu cả file đã theo kiểu đó.',
};
