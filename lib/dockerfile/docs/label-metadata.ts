// Documentation of the `label-metadata` rule: the /rules/label-metadata/ page, the search index and the rule's tests.
// Kept out of the rule file so the analyzer shipped to the browser carries no docs text.
import type { RuleDocs } from '../types';

export const docs: RuleDocs = {
  summary: 'Image được ship nên có ít nhất một LABEL mô tả (maintainer, version, mô tả, nguồn).',
  why: 'LABEL gắn metadata vào image, xem được bằng `docker inspect`: ai chịu trách nhiệm, phiên bản mô hình nào, mã nguồn ở đâu. Khi có sự cố trên production, đó là cách nhanh nhất để biết image từ đâu ra. Checklist của bài (câu 7) có mục "LABEL metadata".',
  bad: 'FROM python:3.11-slim\nWORKDIR /app\nCOPY . .\nCMD ["python", "app.py"]\n',
  good: 'FROM python:3.11-slim\nLABEL maintainer="mlops-team@company.com" version="1.0"\nWORKDIR /app\nCOPY . .\nCMD ["python", "app.py"]\n',
  fix: 'Thêm một dòng LABEL ở stage cuối, ví dụ `LABEL maintainer="mlops-team@company.com" version="1.0"`.',
};
