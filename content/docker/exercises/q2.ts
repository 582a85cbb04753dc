// Question 2: one image, many containers — the same build runs serving, training or data prep.
import type { Exercise } from '@/lib/content/exercise';
import { dockerfile, requirementsTxt } from './context';

const prepare = { path: 'src/prepare.py', content: 'print("chuẩn bị dữ liệu")\n', readOnly: true, language: 'python' };
const serve = { path: 'src/serve.py', content: 'import os\n\nprint("phục vụ model", os.getenv("MODEL_PATH"))\n', readOnly: true, language: 'python' };
const train = { path: 'src/train.py', content: 'print("train model")\n', readOnly: true, language: 'python' };

export const q2: Exercise = {
  id: 'q2',
  chapter: 'docker',
  question: 2,
  title: 'Build một lần, chạy nhiều container',
  prompt: `Image là khuôn bất biến; container là từng lần chạy của nó. Từ một image duy nhất, nhóm muốn chạy ba container: chuẩn bị dữ liệu (src/prepare.py), train (src/train.py) và phục vụ model (src/serve.py).

Sửa Dockerfile để build một lần rồi chọn việc bằng tham số của docker run: ENTRYPOINT dạng exec chỉ là python, CMD mặc định là src/serve.py (docker run img src/train.py sẽ train), và đường dẫn model đặt bằng ENV MODEL_PATH thay vì viết cứng trong lệnh.`,
  files: [
    dockerfile(`FROM python:3.11-slim
WORKDIR /app
COPY requirements.txt .
RUN pip install --no-cache-dir -r requirements.txt
COPY src/ ./src/
RUN useradd --create-home --uid 1000 appuser
USER appuser
CMD python src/serve.py --model-path /app/models/model.pkl
`),
    requirementsTxt,
    prepare,
    train,
    serve,
  ],
  rubric: {
    checklists: ['q7-ml-models'],
    items: ['q7-command', 'q7-env-config'],
    requirements: [
      { id: 'entrypoint-runs', params: { program: 'python', alone: true } },
      { id: 'cmd-default-args', params: { args: ['src/serve.py'] } },
      { id: 'env-set', params: { name: 'MODEL_PATH' } },
    ],
  },
  hints: [
    'ENTRYPOINT ["python"] cố định chương trình; CMD ["src/serve.py"] là tham số mặc định mà docker run có thể thay.',
    'Đưa đường dẫn model ra ENV MODEL_PATH=/app/models/model.pkl: mỗi container có thể đổi bằng -e MODEL_PATH=….',
    'Dạng shell (CMD python …) chạy qua /bin/sh -c nên không nối được vào ENTRYPOINT: dùng mảng JSON.',
  ],
  solution: {
    dockerfile: `FROM python:3.11-slim
ENV PYTHONUNBUFFERED=1 \\
    MODEL_PATH=/app/models/model.pkl
WORKDIR /app
COPY requirements.txt .
RUN pip install --no-cache-dir -r requirements.txt
COPY src/ ./src/
RUN useradd --create-home --uid 1000 appuser
USER appuser

# Một image, nhiều việc: docker run img src/train.py | src/prepare.py
ENTRYPOINT ["python"]
CMD ["src/serve.py"]
`,
  },
  starterFails: ['q7-env-config', 'entrypoint-runs', 'cmd-default-args', 'env-set'],
};
