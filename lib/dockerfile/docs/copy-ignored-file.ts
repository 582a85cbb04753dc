// Documentation of the `copy-ignored-file` rule: the /rules/copy-ignored-file/ page, the search index and the rule's tests.
// Kept out of the rule file so the analyzer shipped to the browser carries no docs text.
import type { RuleDocs } from '../types';

export const docs: RuleDocs = {
  summary: 'Không COPY/ADD một đường dẫn mà `.dockerignore` đã loại khỏi build context.',
  why: 'Docker chỉ gửi cho builder những file không bị `.dockerignore` loại. COPY một file bị loại sẽ lỗi "not found" (hoặc, với wildcard, lặng lẽ không chép gì), dù file nằm ngay cạnh Dockerfile. Hai file đang nói ngược nhau: hoặc file thật sự cần (sửa `.dockerignore`), hoặc không cần (bỏ COPY).',
  bad: '# .dockerignore có dòng: config/\nFROM python:3.11-slim\nWORKDIR /app\nCOPY config/settings.yaml ./config/\n',
  good: 'FROM python:3.11-slim\nWORKDIR /app\nCOPY src/ ./src/\n',
  fix: 'Nếu file cần cho image: thêm ngoại lệ `!đường/dẫn` sau dòng loại trừ trong `.dockerignore` (dòng sau cùng thắng). Nếu không: xoá lệnh COPY/ADD đó. Quy tắc chỉ chạy khi có `.dockerignore` (tab .dockerignore trong editor, `--dockerignore` ở CLI).',
};
