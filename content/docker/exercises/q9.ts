// Question 9: large model files — keep the model out of the image, mount or fetch it at run time.
import type { Exercise } from '@/lib/content/exercise';
import { apiPy, dockerfile, HEALTHCHECK, requirementsTxt, UVICORN_CMD } from './context';

const model = { path: 'models/model.pkl', content: '(tệp nhị phân 2.3GB — không hiển thị)\n', readOnly: true, language: 'plaintext' };

export const q9: Exercise = {
  id: 'q9',
  chapter: 'docker',
  question: 9,
  title: 'Đưa model lớn ra ngoài image',
  prompt: `models/model.pkl nặng 2.3GB. COPY nó vào image làm mỗi lần cập nhật model phải build và đẩy lại cả image, và mỗi máy phải kéo về từng ấy GB.

Sửa Dockerfile để model không nằm trong image: khai báo VOLUME /app/models để gắn model lúc chạy (docker run -v /path/to/models:/app/models …) và cho API biết đường dẫn bằng ENV MODEL_PATH. HEALTHCHECK giữ nguyên để biết model đã được nạp.`,
  files: [
    dockerfile(`FROM python:3.11-slim
ENV PYTHONUNBUFFERED=1
WORKDIR /app
COPY requirements.txt .
RUN pip install --no-cache-dir -r requirements.txt
COPY src/ ./src/
COPY models/model.pkl ./models/
RUN useradd --create-home --uid 1000 appuser
USER appuser
EXPOSE 8000
${HEALTHCHECK}
${UVICORN_CMD}
`),
    requirementsTxt,
    apiPy,
    model,
  ],
  rubric: {
    checklists: ['q9-large-model'],
    requirements: [
      // The build context holds the 2.3GB model: `COPY . .` would take it along.
      { id: 'model-not-in-image', params: { files: ['models/model.pkl'] } },
      { id: 'volume', params: { path: '/app/models' } },
      // src/api.py loads MODEL_PATH as a file: it must be the model inside the mounted folder.
      { id: 'env-set', params: { name: 'MODEL_PATH', under: '/app/models' } },
      { id: 'serves', params: { server: 'uvicorn', port: 8000, app: 'src/api.py' } },
    ],
  },
  hints: [
    'Bỏ dòng COPY models/model.pkl: model không còn là một layer của image.',
    'Thêm ENV MODEL_PATH=/app/models/model.pkl và VOLUME ["/app/models"].',
    'Tạo sẵn /app/models thuộc về appuser (mkdir -p /app/models && chown appuser:appuser /app/models) trước VOLUME để user không phải root đọc được.',
  ],
  solution: {
    dockerfile: `FROM python:3.11-slim
ENV PYTHONUNBUFFERED=1 \\
    MODEL_PATH=/app/models/model.pkl
WORKDIR /app
COPY requirements.txt .
RUN pip install --no-cache-dir -r requirements.txt
COPY src/ ./src/

# Model gắn vào lúc chạy: docker run -v /path/to/models:/app/models …
RUN useradd --create-home --uid 1000 appuser && \\
    mkdir -p /app/models && \\
    chown appuser:appuser /app/models
VOLUME ["/app/models"]

USER appuser
EXPOSE 8000
${HEALTHCHECK}
${UVICORN_CMD}
`,
  },
  starterFails: ['q9-no-model-in-image', 'q9-runtime-model', 'model-not-in-image', 'volume', 'env-set'],
};
