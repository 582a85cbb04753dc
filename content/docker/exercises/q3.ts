// Question 3: the structure of a Dockerfile — every core instruction in its place.
import type { Exercise } from '@/lib/content/exercise';
import { apiPy, dockerfile, HEALTHCHECK, requirementsTxt, UVICORN_CMD } from './context';

export const q3: Exercise = {
  id: 'q3',
  chapter: 'docker',
  question: 3,
  title: 'Đủ các lệnh chính của Dockerfile',
  prompt: `Mỗi lệnh trong Dockerfile tạo một layer và có vai trò riêng: FROM, LABEL, ENV, WORKDIR, COPY, RUN, USER, EXPOSE, HEALTHCHECK, CMD.

Dockerfile dưới đây chạy được nhưng thiếu gần hết phần "vận hành". Hãy bổ sung: LABEL mô tả image, ENV PYTHONUNBUFFERED=1 và một ENV cấu hình (ví dụ MODEL_PATH), WORKDIR /app, user không phải root, EXPOSE 8000 và HEALTHCHECK.`,
  files: [
    dockerfile(`FROM python:3.11-slim
COPY requirements.txt .
RUN pip install --no-cache-dir -r requirements.txt
COPY src/ ./src/
${UVICORN_CMD}
`),
    requirementsTxt,
    apiPy,
  ],
  rubric: {
    checklists: ['q7-ml-models'],
    items: ['q7-label', 'q7-env-config', 'q7-stdout-logging', 'q7-workdir', 'q7-expose', 'q7-healthcheck', 'q7-command'],
    requirements: [
      // Python turns buffering off for any non-empty value: `true` works as well as the lesson's `1`.
      { id: 'env-set', params: { name: 'PYTHONUNBUFFERED' } },
      { id: 'user-non-root' },
      { id: 'serves', params: { server: 'uvicorn', port: 8000, app: 'src/api.py' } },
    ],
  },
  hints: [
    'Metadata và môi trường đứng đầu: LABEL maintainer="…", ENV PYTHONUNBUFFERED=1 MODEL_PATH=/app/models/model.pkl, rồi WORKDIR /app.',
    'Tạo user bằng RUN useradd --create-home --uid 1000 appuser rồi USER appuser trước CMD.',
    'python:3.11-slim không có curl: viết HEALTHCHECK bằng python -c "import urllib.request; …".',
  ],
  solution: {
    dockerfile: `# 1. Base image
FROM python:3.11-slim

# 2. Metadata
LABEL maintainer="mlops-team@company.com" version="1.0"

# 3. Môi trường
ENV PYTHONUNBUFFERED=1 \\
    MODEL_PATH=/app/models/model.pkl

# 4. Thư mục làm việc
WORKDIR /app

# 5-6. Thư viện trước, code sau
COPY requirements.txt .
RUN pip install --no-cache-dir -r requirements.txt
COPY src/ ./src/

# User không phải root
RUN useradd --create-home --uid 1000 appuser
USER appuser

# 7. Cổng, 8. kiểm tra sức khoẻ, 10. lệnh mặc định
EXPOSE 8000
${HEALTHCHECK}
${UVICORN_CMD}
`,
  },
  starterFails: ['q7-label', 'q7-env-config', 'q7-stdout-logging', 'q7-workdir', 'q7-expose', 'q7-healthcheck', 'env-set', 'user-non-root', 'serves'],
};
