// Documentation of the `expose-missing` rule: the /rules/expose-missing/ page, the search index and the rule's tests.
// Kept out of the rule file so the analyzer shipped to the browser carries no docs text.
import type { RuleDocs } from '../types';

export const docs: RuleDocs = {
  summary: 'Image chạy server nên khai báo cổng bằng `EXPOSE`.',
  why:
    '`EXPOSE` không mở cổng ra ngoài, nhưng nó là tài liệu chính thức của image: `docker inspect` hiện nó, `docker run -P` dùng nó, và người đọc Dockerfile biết ngay cần `-p` cổng nào. Thiếu EXPOSE, họ phải đọc lệnh chạy server để đoán.',
  bad: 'FROM python:3.11-slim\nWORKDIR /app\nCOPY requirements.txt .\nRUN pip install --no-cache-dir -r requirements.txt\nCOPY . .\nCMD ["uvicorn", "api:app", "--host", "0.0.0.0", "--port", "8000"]\n',
  good: 'FROM python:3.11-slim\nWORKDIR /app\nCOPY requirements.txt .\nRUN pip install --no-cache-dir -r requirements.txt\nCOPY . .\nEXPOSE 8000\nCMD ["uvicorn", "api:app", "--host", "0.0.0.0", "--port", "8000"]\n',
  fix: 'Thêm `EXPOSE <cổng>` (ví dụ `EXPOSE 8000`) trước CMD, đúng cổng server nghe.',
};
