// Documentation of the `add-local-files` rule: the /rules/add-local-files/ page, the search index and the rule's tests.
// Kept out of the rule file so the analyzer shipped to the browser carries no docs text.
import type { RuleDocs } from '../types';

export const docs: RuleDocs = {
  summary: 'Chép file cục bộ bằng `COPY`, không dùng `ADD`.',
  why:
    '`ADD` làm nhiều hơn chép file: nó tự giải nén archive (.tar, .tar.gz…) và tải được URL. Với file thường, dùng ADD khiến người đọc phải đoán xem có "phép màu" nào xảy ra không, và một file .tar đổi tên có thể bị bung ra ngoài ý muốn. `COPY` chỉ làm đúng một việc, rõ ràng và dễ đoán.',
  bad: 'FROM python:3.11-slim\nWORKDIR /app\nADD requirements.txt .\nADD src/ ./src/\n',
  good: 'FROM python:3.11-slim\nWORKDIR /app\nCOPY requirements.txt .\nCOPY src/ ./src/\n',
  fix: 'Đổi từ khoá `ADD` thành `COPY` (sửa nhanh có sẵn). Giữ `ADD` chỉ khi muốn giải nén một archive cục bộ, ví dụ `ADD model.tar.gz /models/`.',
};
