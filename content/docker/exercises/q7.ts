// Question 7: containerising an ML model the production way — the whole checklist of question 7.
import type { Exercise } from '@/lib/content/exercise';
import { apiPy, dockerfile, HEALTHCHECK, requirementsTxt } from './context';

export const q7: Exercise = {
  id: 'q7',
  chapter: 'docker',
  question: 7,
  title: 'Đạt trọn Dockerfile Checklist cho ML Models',
  prompt: `Dockerfile dưới đây chạy được API, nhưng chưa "production-ready". Hãy đưa nó qua toàn bộ Dockerfile Checklist cho ML Models của câu 7: phiên bản cố định, multi-stage, user không phải root, base nhỏ, cache thư viện, HEALTHCHECK, cấu hình bằng ENV, log ra stdout, EXPOSE, WORKDIR, CMD, LABEL, VOLUME cho model và chú thích.

Model được gắn vào /app/models lúc chạy (không COPY vào image). API chạy uvicorn trên cổng 8000.`,
  files: [
    dockerfile(`FROM python:3.9
COPY . /app
WORKDIR /app
RUN pip install -r requirements.txt
RUN pip install uvicorn
CMD uvicorn src.api:app --host 0.0.0.0 --port 8000
`),
    requirementsTxt,
    apiPy,
  ],
  rubric: {
    checklists: ['q7-ml-models'],
    requirements: [{ id: 'serves', params: { server: 'uvicorn', port: 8000, app: 'src/api.py' } }],
  },
  hints: [
    'Bắt đầu từ cấu trúc hai stage của câu 7: builder cài requirements.txt (đã pin) bằng pip install --no-cache-dir --user, runtime copy /root/.local sang /home/mluser/.local (user thường không vào được /root) và thêm PATH=/home/mluser/.local/bin:$PATH để tìm thấy uvicorn.',
    'Runtime cần LABEL, ENV (PYTHONUNBUFFERED=1, MODEL_PATH, LOG_LEVEL), WORKDIR /app, VOLUME ["/app/models"], USER, EXPOSE 8000, HEALTHCHECK và CMD dạng exec.',
    'Không thêm pip install uvicorn riêng (không pin, thêm layer): uvicorn đã có trong requirements.txt. Viết chú thích cho từng phần.',
  ],
  solution: {
    dockerfile: `# Stage 1: builder — cài thư viện đã pin trong requirements.txt
FROM python:3.11-slim AS builder
WORKDIR /build
COPY requirements.txt .
RUN pip install --no-cache-dir --user -r requirements.txt

# Stage 2: runtime — chỉ thư viện và mã phục vụ
FROM python:3.11-slim

# Metadata
LABEL maintainer="ml-team@company.com" \\
      version="1.0" \\
      description="ML Model Serving API"

# Cấu hình qua ENV, log không bị giữ trong bộ đệm
ENV PYTHONUNBUFFERED=1 \\
    PYTHONDONTWRITEBYTECODE=1 \\
    PATH=/home/mluser/.local/bin:$PATH \\
    MODEL_PATH=/app/models/model.pkl \\
    LOG_LEVEL=INFO

# User không phải root, thư mục model thuộc về user đó
RUN useradd --create-home --uid 1000 mluser && \\
    mkdir -p /app/models && \\
    chown mluser:mluser /app/models

WORKDIR /app
COPY --from=builder --chown=mluser:mluser /root/.local /home/mluser/.local
COPY --chown=mluser:mluser src/ ./src/

# Model được gắn vào lúc chạy, không nằm trong image
VOLUME ["/app/models"]

USER mluser
EXPOSE 8000
${HEALTHCHECK}
CMD ["uvicorn", "src.api:app", "--host", "0.0.0.0", "--port", "8000", "--log-level", "info"]
`,
  },
  starterFails: [
    'q7-versioning',
    'q7-multi-stage',
    'q7-security',
    'q7-small-base',
    'q7-layer-caching',
    'q7-pip-no-cache',
    'q7-healthcheck',
    'q7-env-config',
    'q7-stdout-logging',
    'q7-expose',
    'q7-label',
    'q7-volume',
    'q7-comments',
    'serves',
  ],
};
