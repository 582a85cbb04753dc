// Documentation of the `empty-continuation` rule: the /rules/empty-continuation/ page, the search index and the rule's tests.
// Kept out of the rule file so the analyzer shipped to the browser carries no docs text.
import type { RuleDocs } from '../types';

export const docs: RuleDocs = {
  summary: 'Không để dòng trống bên trong một lệnh nối nhiều dòng bằng dấu "\\".',
  why: 'Khi gộp nhiều lệnh vào một RUN bằng `&& \\`, một dòng trống ở giữa hiện vẫn được bỏ qua nhưng đã bị Docker đánh dấu lỗi thời. Người đọc cũng dễ tưởng lệnh đã kết thúc ở dòng trống.',
  bad: 'FROM python:3.11-slim\nRUN apt-get update && \\\n\n    apt-get install -y --no-install-recommends curl && \\\n    rm -rf /var/lib/apt/lists/*\n',
  good: 'FROM python:3.11-slim\nRUN apt-get update && \\\n    apt-get install -y --no-install-recommends curl && \\\n    rm -rf /var/lib/apt/lists/*\n',
  fix: 'Xoá dòng trống; muốn tách nhóm lệnh cho dễ đọc thì dùng một dòng comment `#` thay vì dòng trống.',
};
