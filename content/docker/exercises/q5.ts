// Question 5: multi-stage builds — train in a builder stage, ship only the model.
import type { Exercise } from '@/lib/content/exercise';
import { apiPy, dockerfile, HEALTHCHECK, requirementsTxt, trainCsv, trainPy, UVICORN_CMD } from './context';

const requirementsProd = {
  path: 'requirements-prod.txt',
  content: 'fastapi==0.115.0\nuvicorn==0.30.6\nscikit-learn==1.5.2\njoblib==1.4.2\n',
  readOnly: true,
  language: 'plaintext',
};

export const q5: Exercise = {
  id: 'q5',
  chapter: 'docker',
  question: 5,
  title: 'Chuyển sang multi-stage build',
  prompt: `Dockerfile này train model và phục vụ nó trong cùng một image: build-essential, dữ liệu train và mã train đều đi theo image lên production.

Chuyển sang multi-stage: stage "builder" cài công cụ build và chạy src/train.py; stage cuối (python:3.11-slim) chỉ lấy model.pkl từ builder, cài requirements-prod.txt và chạy API bằng uvicorn trên cổng 8000.`,
  files: [
    dockerfile(`FROM python:3.11-slim
RUN apt-get update && \\
    apt-get install -y --no-install-recommends build-essential && \\
    rm -rf /var/lib/apt/lists/*
WORKDIR /app
COPY requirements.txt .
RUN pip install --no-cache-dir -r requirements.txt
COPY src/ ./src/
COPY data/ ./data/
RUN mkdir -p /app/models && \\
    python src/train.py --output /app/models/model.pkl
RUN useradd --create-home --uid 1000 appuser
USER appuser
EXPOSE 8000
${HEALTHCHECK}
${UVICORN_CMD}
`),
    requirementsTxt,
    requirementsProd,
    trainPy,
    apiPy,
    trainCsv,
  ],
  rubric: {
    checklists: ['q6-optimization'],
    items: ['q6-multi-stage', 'q6-build-deps'],
    requirements: [
      { id: 'stage-count', params: { min: 2 } },
      // train.py reads data/train.csv from its working folder.
      // train.py's joblib.dump writes --output as given: it does not create the file's folder.
      { id: 'runs-in-builder', params: { script: 'src/train.py', reads: ['data/train.csv'], output: '--output' } },
      // api.py loads $MODEL_PATH, by default /app/models/model.pkl, as it starts.
      { id: 'final-copies-only', params: { from: 'builder', paths: ['model.pkl'], loadedFrom: '/app/models/model.pkl', env: 'MODEL_PATH', app: 'src/api.py' } },
      { id: 'serves', params: { server: 'uvicorn', port: 8000, app: 'src/api.py' } },
    ],
  },
  hints: [
    'Đặt tên stage đầu: FROM python:3.11-slim AS builder. Mọi bước cài build-essential, cài thư viện train và RUN python src/train.py ở lại đây.',
    'Stage cuối bắt đầu lại bằng FROM python:3.11-slim và lấy model bằng COPY --from=builder /build/model.pkl ./models/.',
    'Stage cuối chỉ cần requirements-prod.txt và src/api.py: không COPY data/ hay src/train.py.',
  ],
  solution: {
    dockerfile: `# Stage 1: train model (công cụ build chỉ ở đây)
FROM python:3.11-slim AS builder
RUN apt-get update && \\
    apt-get install -y --no-install-recommends build-essential && \\
    rm -rf /var/lib/apt/lists/*
WORKDIR /build
COPY requirements.txt .
RUN pip install --no-cache-dir -r requirements.txt
COPY src/ ./src/
COPY data/ ./data/
RUN python src/train.py --output /build/model.pkl

# Stage 2: runtime, chỉ model + mã phục vụ
FROM python:3.11-slim
ENV PYTHONUNBUFFERED=1 \\
    MODEL_PATH=/app/models/model.pkl
WORKDIR /app
COPY requirements-prod.txt .
RUN pip install --no-cache-dir -r requirements-prod.txt
COPY src/api.py ./src/
COPY --from=builder /build/model.pkl ./models/
RUN useradd --create-home --uid 1000 appuser
USER appuser
EXPOSE 8000
${HEALTHCHECK}
${UVICORN_CMD}
`,
  },
  starterFails: ['q6-multi-stage', 'q6-build-deps', 'stage-count', 'runs-in-builder', 'final-copies-only'],
};
