// Documentation of the `pip-no-cache-dir` rule: the /rules/pip-no-cache-dir/ page, the search index and the rule's tests.
// Kept out of the rule file so the analyzer shipped to the browser carries no docs text.
import type { RuleDocs } from '../types';

export const docs: RuleDocs = {
  summary: '`pip install` nên có `--no-cache-dir` (hoặc `PIP_NO_CACHE_DIR=1`, hoặc một cache mount).',
  why: 'pip lưu mọi wheel đã tải vào `~/.cache/pip` để lần sau cài nhanh hơn. Trong image thì không có "lần sau": cache chỉ làm image nặng thêm, với torch hay tensorflow có thể là hàng trăm MB đến vài GB. Một `RUN rm` ở layer sau không lấy lại được dung lượng đó.',
  bad: 'FROM python:3.11-slim\nWORKDIR /app\nCOPY requirements.txt .\nRUN pip install -r requirements.txt\n',
  good: 'FROM python:3.11-slim\nWORKDIR /app\nCOPY requirements.txt .\nRUN pip install --no-cache-dir -r requirements.txt\n',
  fix: 'Thêm `--no-cache-dir` sau `install` (quick fix làm việc này), hoặc đặt `ENV PIP_NO_CACHE_DIR=1` một lần cho cả stage. Cách hiện đại với BuildKit: `RUN --mount=type=cache,target=/root/.cache/pip pip install -r requirements.txt`: cache nằm trên máy build, build sau nhanh hơn mà image vẫn không chứa nó.',
};
