// Documentation of the `consecutive-run` rule: the /rules/consecutive-run/ page, the search index and the rule's tests.
// Kept out of the rule file so the analyzer shipped to the browser carries no docs text.
import type { RuleDocs } from '../types';

export const docs: RuleDocs = {
  summary: 'Các RUN liên tiếp trong cùng stage có thể gộp thành một layer.',
  why: 'Mỗi RUN tạo một layer và một mục cache. Tách một bước (cài gói rồi dọn dẹp) ra nhiều RUN làm image có nhiều layer hơn, và dọn dẹp ở RUN sau không giảm được dung lượng của RUN trước. Gộp các lệnh liên quan giúp chúng được build lại cùng nhau. Đây là gợi ý: tách RUN vẫn hợp lý khi bạn muốn cache riêng một bước chậm và ít thay đổi.',
  bad: 'FROM python:3.11-slim\nRUN apt-get update && apt-get install -y --no-install-recommends curl && rm -rf /var/lib/apt/lists/*\nRUN useradd -m appuser\n',
  good: 'FROM python:3.11-slim\nRUN apt-get update && apt-get install -y --no-install-recommends curl && rm -rf /var/lib/apt/lists/* \\\n    && useradd -m appuser\n',
  fix: 'Nối các lệnh bằng `&& \\` trong một RUN (quick fix làm việc này khi an toàn). RUN có `--mount` khác nhau, hoặc heredoc không phải shell, thì không gộp được.',
};
