// Question 1: the first Dockerfile — package a model API so it runs the same everywhere.
import type { Exercise } from '@/lib/content/exercise';
import { apiPy, dockerfile, HEALTHCHECK, requirementsTxt, UVICORN_CMD } from './context';

export const q1: Exercise = {
  id: 'q1',
  chapter: 'docker',
  question: 1,
  title: 'Dockerfile đầu tiên cho API dự đoán',
  prompt: `Docker giúp model chạy giống nhau trên máy dev, staging và production vì môi trường được đóng gói cùng code. Hãy viết Dockerfile đầu tiên cho API dự đoán trong src/api.py (FastAPI).

Yêu cầu: làm việc trong /app, cài thư viện từ requirements.txt trước khi copy mã nguồn, chạy uvicorn trên cổng 8000 ở địa chỉ 0.0.0.0 (để nhận request từ ngoài container) và khai báo cổng đó bằng EXPOSE.`,
  files: [dockerfile('# Bài 1: đóng gói API dự đoán\nFROM python:3.11-slim\n'), requirementsTxt, apiPy],
  rubric: {
    checklists: ['q7-ml-models'],
    items: ['q7-workdir', 'q7-expose', 'q7-command'],
    requirements: [
      { id: 'copies-before-install', params: { manifest: 'requirements.txt' } },
      { id: 'serves', params: { server: 'uvicorn', port: 8000, app: 'src/api.py' } },
    ],
  },
  hints: [
    'Đặt WORKDIR /app, rồi COPY requirements.txt . và RUN pip install --no-cache-dir -r requirements.txt.',
    'Sau khi cài thư viện mới COPY src/ ./src/: sửa code không làm cài lại thư viện.',
    'Kết thúc bằng EXPOSE 8000 và CMD ["uvicorn", "src.api:app", "--host", "0.0.0.0", "--port", "8000"] (dạng exec).',
  ],
  solution: {
    dockerfile: `# Bài 1: đóng gói API dự đoán
FROM python:3.11-slim
ENV PYTHONUNBUFFERED=1
WORKDIR /app

# Thư viện trước, code sau: sửa code không phải cài lại thư viện
COPY requirements.txt .
RUN pip install --no-cache-dir -r requirements.txt
COPY src/ ./src/

RUN useradd --create-home --uid 1000 appuser
USER appuser

EXPOSE 8000
${HEALTHCHECK}
${UVICORN_CMD}
`,
  },
  starterFails: ['q7-workdir', 'q7-expose', 'q7-command', 'copies-before-install', 'serves'],
};
