// Documentation of the `deps-before-source` rule: the /rules/deps-before-source/ page, the search index and the rule's tests.
// Kept out of the rule file so the analyzer shipped to the browser carries no docs text.
import type { RuleDocs } from '../types';

export const docs: RuleDocs = {
  summary: 'Chép file khai báo dependencies (requirements.txt, package.json…) và cài chúng trước khi chép mã nguồn.',
  why: 'Docker dùng lại cache của một layer chỉ khi mọi layer trước nó không đổi. `COPY . .` đổi mỗi khi bạn sửa một dòng code, nên `RUN pip install` ngay sau nó chạy lại từ đầu mỗi lần build: bài học đo được 120 giây so với 15 giây. Chép riêng `requirements.txt` trước thì layer cài dependencies chỉ build lại khi danh sách dependencies đổi.',
  bad: 'FROM python:3.11-slim\nWORKDIR /app\nCOPY . .\nRUN pip install --no-cache-dir -r requirements.txt\nCMD ["python", "app.py"]\n',
  good: 'FROM python:3.11-slim\nWORKDIR /app\nCOPY requirements.txt ./\nRUN pip install --no-cache-dir -r requirements.txt\nCOPY . .\nCMD ["python", "app.py"]\n',
  fix: 'Đặt `COPY requirements.txt ./` (Node: `COPY package.json package-lock.json* ./`; Go: `COPY go.mod go.sum ./`) và RUN cài dependencies lên trước `COPY . .`. Quick fix làm việc này khi lệnh cài chỉ đọc file khai báo; với `pip install .` hay `poetry install`, hãy cài dependencies từ file khai báo trước (ví dụ `poetry install --no-root`) rồi mới cài project. Lệnh cài project đứng sau mã nguồn (`uv sync` sau `uv sync --no-install-project`, `poetry install --only-root`, `pip install --no-deps .`) là đúng cách đó và không bị báo.',
};
