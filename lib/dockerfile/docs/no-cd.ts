// Documentation of the `no-cd` rule: the /rules/no-cd/ page, the search index and the rule's tests.
// Kept out of the rule file so the analyzer shipped to the browser carries no docs text.
import type { RuleDocs } from '../types';

export const docs: RuleDocs = {
  summary: 'Không dùng `cd` trong RUN để chuyển thư mục; dùng WORKDIR.',
  why: '`cd` chỉ có tác dụng trong đúng một RUN: lệnh RUN, COPY, CMD sau đó lại chạy ở thư mục cũ. WORKDIR ghi rõ thư mục làm việc cho mọi bước sau và cho container lúc chạy, nên Dockerfile dễ đọc và ít lỗi đường dẫn.',
  bad: 'FROM python:3.11-slim\nCOPY . /app\nRUN cd /app && pip install --no-cache-dir -r requirements.txt\nCMD ["python", "/app/app.py"]\n',
  good: 'FROM python:3.11-slim\nWORKDIR /app\nCOPY requirements.txt .\nRUN pip install --no-cache-dir -r requirements.txt\nCOPY . .\nCMD ["python", "app.py"]\n',
  fix: 'Thêm `WORKDIR /đường/dẫn` trước RUN và bỏ `cd … &&` khỏi lệnh.',
};
