// Question 8: layer caching — reorder so a code change never reinstalls the libraries.
import type { Exercise } from '@/lib/content/exercise';
import { apiPy, dockerfile, dockerignore, goodDockerignore, HEALTHCHECK, modelPy, requirementsTxt, UVICORN_CMD } from './context';

const testApi = { path: 'tests/test_api.py', content: 'def test_health():\n    assert True\n', readOnly: true, language: 'python' };

export const q8: Exercise = {
  id: 'q8',
  chapter: 'docker',
  question: 8,
  title: 'Sắp xếp lại để tận dụng layer cache',
  prompt: `Mỗi lần sửa src/model.py, Dockerfile này cài lại toàn bộ gói hệ thống và thư viện Python: COPY . /app đứng trước mọi lệnh cài, nên một tệp đổi là cache của mọi layer sau đó mất.

Sắp xếp lại theo Layer Caching Checklist của câu 8: gói hệ thống → requirements → code, gộp các RUN liên quan, .dockerignore, tách stage builder. Dùng "Xem layer cache" để kiểm tra: sửa src/model.py không được làm build lại bước pip install.`,
  files: [
    dockerfile(`FROM python:3.11-slim
COPY . /app
WORKDIR /app
RUN apt-get update
RUN apt-get install -y --no-install-recommends libgomp1
RUN pip install --no-cache-dir -r requirements.txt
RUN useradd --create-home --uid 1000 appuser
USER appuser
EXPOSE 8000
${HEALTHCHECK}
${UVICORN_CMD}
`),
    dockerignore(''),
    requirementsTxt,
    apiPy,
    modelPy,
    testApi,
  ],
  rubric: {
    checklists: ['q8-layer-caching'],
    requirements: [
      { id: 'copies-before-install', params: { manifest: 'requirements.txt' } },
      { id: 'serves', params: { server: 'uvicorn', port: 8000, app: 'src/api.py' } },
    ],
  },
  layerCacheChange: 'src/model.py',
  hints: [
    'Gói hệ thống đổi ít nhất: gộp apt-get update && apt-get install … && rm -rf /var/lib/apt/lists/* thành một RUN đặt ngay sau FROM.',
    'Trong stage builder: COPY requirements.txt . rồi RUN pip install --no-cache-dir --user -r requirements.txt; stage cuối COPY --from=builder /root/.local /home/appuser/.local, với ENV PATH=/home/appuser/.local/bin:$PATH.',
    'COPY . . để cuối cùng, và .dockerignore loại .git, .env, __pycache__, tests/.',
  ],
  solution: {
    dockerfile: `# Stage 1: thư viện Python (chỉ build lại khi requirements.txt đổi)
FROM python:3.11-slim AS builder
WORKDIR /build
COPY requirements.txt .
RUN pip install --no-cache-dir --user -r requirements.txt

# Stage 2: runtime — ổn định trước, hay đổi sau
FROM python:3.11-slim
RUN apt-get update && \\
    apt-get install -y --no-install-recommends libgomp1 && \\
    rm -rf /var/lib/apt/lists/* && \\
    useradd --create-home --uid 1000 appuser
ENV PYTHONUNBUFFERED=1 \\
    PATH=/home/appuser/.local/bin:$PATH
WORKDIR /app
COPY --from=builder --chown=appuser:appuser /root/.local /home/appuser/.local
# Code đổi thường xuyên nhất: để cuối
COPY --chown=appuser:appuser . .
USER appuser
EXPOSE 8000
${HEALTHCHECK}
${UVICORN_CMD}
`,
    dockerignore: `${goodDockerignore}tests/\n`,
  },
  starterFails: ['q8-order', 'q8-stable-first', 'q8-combine', 'q8-dockerignore', 'q8-multi-stage', 'copies-before-install'],
};
