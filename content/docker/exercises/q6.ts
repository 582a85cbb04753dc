// Question 6: cut the image size — slim base, builder stage, cache-friendly order, .dockerignore.
import type { Exercise } from '@/lib/content/exercise';
import { apiPy, dockerfile, dockerignore, goodDockerignore, HEALTHCHECK, modelPy, requirementsTxt, UVICORN_CMD } from './context';

export const q6: Exercise = {
  id: 'q6',
  chapter: 'docker',
  question: 6,
  title: 'Giảm kích thước image',
  prompt: `Image này nặng hơn 1GB: base python:3.9 đầy đủ, build-essential nằm lại trong image, pip giữ cache, mọi thứ trong thư mục (kể cả .git) bị COPY vào.

Tối ưu theo Optimization Checklist của câu 6: base slim, multi-stage (công cụ build ở stage builder), thư viện trước code, .dockerignore, --no-cache-dir, gộp RUN. API vẫn phải chạy uvicorn trên cổng 8000.`,
  files: [
    dockerfile(`FROM python:3.9
RUN apt-get update
RUN apt-get install -y build-essential
WORKDIR /app
COPY . .
RUN pip install -r requirements.txt
RUN useradd --create-home --uid 1000 appuser
USER appuser
EXPOSE 8000
${HEALTHCHECK}
${UVICORN_CMD}
`),
    dockerignore('# Liệt kê ở đây những gì không cần gửi vào build context\n'),
    requirementsTxt,
    apiPy,
    modelPy,
  ],
  rubric: {
    checklists: ['q6-optimization'],
    requirements: [{ id: 'serves', params: { server: 'uvicorn', port: 8000, app: 'src/api.py' } }],
  },
  hints: [
    'Đổi base sang python:3.9-slim và thêm stage builder: FROM python:3.9-slim AS builder cài build-essential rồi pip install --no-cache-dir --user -r requirements.txt.',
    'Stage cuối lấy thư viện đã cài: COPY --from=builder /root/.local /home/appuser/.local, thêm PATH=/home/appuser/.local/bin:$PATH.',
    'Gộp apt-get update và install trong một RUN (kèm rm -rf /var/lib/apt/lists/*), và viết .dockerignore loại .git, .env, __pycache__.',
  ],
  solution: {
    dockerfile: `# Stage 1: build thư viện (build-essential không đi vào image cuối)
FROM python:3.9-slim AS builder
RUN apt-get update && \\
    apt-get install -y --no-install-recommends build-essential && \\
    rm -rf /var/lib/apt/lists/*
WORKDIR /build
COPY requirements.txt .
RUN pip install --no-cache-dir --user -r requirements.txt

# Stage 2: runtime tối thiểu
FROM python:3.9-slim
ENV PYTHONUNBUFFERED=1 \\
    PATH=/home/appuser/.local/bin:$PATH
RUN useradd --create-home --uid 1000 appuser
WORKDIR /app
COPY --from=builder --chown=appuser:appuser /root/.local /home/appuser/.local
COPY --chown=appuser:appuser src/ ./src/
USER appuser
EXPOSE 8000
${HEALTHCHECK}
${UVICORN_CMD}
`,
    dockerignore: goodDockerignore,
  },
  starterFails: ['q6-base-image', 'q6-multi-stage', 'q6-layer-caching', 'q6-dockerignore', 'q6-pip-no-cache', 'q6-combine-run', 'q6-build-deps'],
};
