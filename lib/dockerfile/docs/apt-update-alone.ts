// Documentation of the `apt-update-alone` rule: the /rules/apt-update-alone/ page, the search index and the rule's tests.
// Kept out of the rule file so the analyzer shipped to the browser carries no docs text.
import type { RuleDocs } from '../types';

export const docs: RuleDocs = {
  summary: '`apt-get update` phải nằm cùng RUN với `apt-get install`.',
  why: 'Docker cache mỗi RUN theo đúng dòng lệnh. `RUN apt-get update` không bao giờ đổi nên được lấy từ cache mãi mãi; khi bạn thêm gói ở RUN sau, apt dùng danh sách gói cũ từ lần build đầu: cài phiên bản cũ hoặc lỗi 404 vì mirror đã xoá file. Danh sách gói (hàng chục MB) còn nằm lại trong image.',
  bad: 'FROM python:3.11-slim\nRUN apt-get update\nRUN apt-get install -y --no-install-recommends curl && rm -rf /var/lib/apt/lists/*\n',
  good: 'FROM python:3.11-slim\nRUN apt-get update \\\n    && apt-get install -y --no-install-recommends curl \\\n    && rm -rf /var/lib/apt/lists/*\n',
  fix: 'Viết `apt-get update && apt-get install -y … && rm -rf /var/lib/apt/lists/*` trong cùng một RUN: đổi danh sách gói thì update chạy lại, và danh sách gói được xoá trong chính layer đó.',
};
