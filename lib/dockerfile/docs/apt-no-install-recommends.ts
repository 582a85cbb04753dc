// Documentation of the `apt-no-install-recommends` rule: the /rules/apt-no-install-recommends/ page, the search index and the rule's tests.
// Kept out of the rule file so the analyzer shipped to the browser carries no docs text.
import type { RuleDocs } from '../types';

export const docs: RuleDocs = {
  summary: '`apt-get install` nên có `--no-install-recommends` để chỉ cài đúng gói bạn yêu cầu.',
  why: 'Mặc định apt cài cả các gói "Recommends" của mỗi gói (tài liệu, công cụ phụ, font…). Chúng làm image to hơn, build và deploy chậm hơn, và mỗi gói thừa là thêm bề mặt tấn công cần vá lỗi bảo mật.',
  bad: 'FROM python:3.11-slim\nRUN apt-get update && apt-get install -y curl && rm -rf /var/lib/apt/lists/*\n',
  good: 'FROM python:3.11-slim\nRUN apt-get update && apt-get install -y --no-install-recommends curl && rm -rf /var/lib/apt/lists/*\n',
  fix: 'Thêm `--no-install-recommends` sau `install`. Nếu sau đó thiếu một công cụ, cài thẳng gói đó theo tên thay vì bật lại toàn bộ gói khuyên dùng. Quick fix chèn cờ này cho bạn.',
};
