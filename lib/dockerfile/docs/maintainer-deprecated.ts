// Documentation of the `maintainer-deprecated` rule: the /rules/maintainer-deprecated/ page, the search index and the rule's tests.
// Kept out of the rule file so the analyzer shipped to the browser carries no docs text.
import type { RuleDocs } from '../types';

export const docs: RuleDocs = {
  summary: 'Không dùng MAINTAINER; ghi người duy trì bằng LABEL maintainer.',
  why: 'MAINTAINER bị Docker đánh dấu lỗi thời từ lâu. LABEL là cách chuẩn để gắn metadata, đọc được bằng `docker inspect` và công cụ quản lý registry, như bài học dùng `LABEL maintainer="mlops-team@company.com"`.',
  bad: 'FROM python:3.11-slim\nMAINTAINER mlops-team@company.com\nCMD ["python", "app.py"]\n',
  good: 'FROM python:3.11-slim\nLABEL maintainer="mlops-team@company.com"\nCMD ["python", "app.py"]\n',
  fix: 'Thay `MAINTAINER tên` bằng `LABEL maintainer="tên"`.',
};
