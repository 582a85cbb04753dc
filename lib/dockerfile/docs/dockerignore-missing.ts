// Documentation of the `dockerignore-missing` rule: the /rules/dockerignore-missing/ page, the search index and the rule's tests.
// Kept out of the rule file so the analyzer shipped to the browser carries no docs text.
import type { RuleDocs } from '../types';

export const docs: RuleDocs = {
  summary: 'Khi chép cả build context (`COPY . .`), phải có `.dockerignore` loại trừ `.git`, `.env`, cache…',
  why: '`COPY . .` chép mọi thứ trong thư mục build: lịch sử `.git` (có thể hàng trăm MB), file `.env` chứa mật khẩu, `__pycache__`, notebook, dữ liệu thô. Image to hơn, build chậm hơn (Docker gửi cả context cho builder), cache bị phá mỗi khi một file không liên quan đổi, và bí mật bị lộ cho ai kéo được image. Trình phân tích xét `.dockerignore` ở tab riêng trong editor (CLI: `--dockerignore`).',
  bad: 'FROM python:3.11-slim\nWORKDIR /app\nCOPY requirements.txt .\nRUN pip install --no-cache-dir -r requirements.txt\nCOPY . .\nCMD ["python", "app.py"]\n',
  good: 'FROM python:3.11-slim\nWORKDIR /app\nCOPY requirements.txt .\nRUN pip install --no-cache-dir -r requirements.txt\nCOPY src/ ./src/\nCMD ["python", "src/app.py"]\n',
  fix: 'Tạo `.dockerignore` cạnh Dockerfile, tối thiểu:\n```\n.git\n.env\n**/__pycache__\n**/*.pyc\n.venv\nnode_modules\n```\nMẫu trong `.dockerignore` tính từ gốc build context: `__pycache__` chỉ loại thư mục nằm ở gốc, muốn loại ở mọi cấp (như `src/__pycache__`) phải viết `**/__pycache__`. Hoặc chỉ COPY đúng những thư mục cần (`COPY src/ ./src/`).',
};
