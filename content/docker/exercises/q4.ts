// Question 4: CMD vs ENTRYPOINT — a training job with a fixed program and overridable defaults.
import type { Exercise } from '@/lib/content/exercise';
import { dockerfile, requirementsTxt, trainCsv, trainPy } from './context';

export const q4: Exercise = {
  id: 'q4',
  chapter: 'docker',
  question: 4,
  title: 'ENTRYPOINT + CMD cho job train model',
  prompt: `ENTRYPOINT cố định chương trình chạy, CMD cho tham số mặc định có thể thay khi docker run.

Sửa Dockerfile của job train: ENTRYPOINT dạng exec chạy python src/train.py, CMD dạng exec cho tham số mặc định --model random_forest --epochs 100, để docker run training-image --model xgboost chỉ đổi model. Job cũng không được chạy bằng root.`,
  files: [
    dockerfile(`FROM python:3.11-slim
WORKDIR /app
COPY requirements.txt .
RUN pip install --no-cache-dir -r requirements.txt
COPY src/ ./src/
COPY data/ ./data/
CMD python src/train.py --model random_forest --epochs 100
`),
    requirementsTxt,
    trainPy,
    trainCsv,
  ],
  rubric: {
    checklists: ['q7-ml-models'],
    items: ['q7-command', 'q7-workdir'],
    requirements: [
      // train.py reads data/train.csv from its working folder.
      { id: 'entrypoint-runs', params: { program: 'python', script: 'src/train.py', reads: ['data/train.csv'] } },
      { id: 'cmd-default-args', params: { args: ['--model', 'random_forest', '--epochs', '100'] } },
      { id: 'user-non-root' },
      // train.py writes model.pkl to its working directory: the non-root user must be allowed to.
      { id: 'output-writable', params: { file: 'model.pkl', option: '--output' } },
    ],
  },
  hints: [
    'Tách lệnh làm hai: phần cố định vào ENTRYPOINT ["python", "src/train.py"], phần có thể đổi vào CMD.',
    'CMD ["--model", "random_forest", "--epochs", "100"]: mỗi từ là một phần tử của mảng JSON.',
    'Thêm RUN useradd --create-home --uid 1000 trainer && chown trainer:trainer /app (job ghi model.pkl vào /app) và USER trainer trước ENTRYPOINT.',
  ],
  solution: {
    dockerfile: `FROM python:3.11-slim
ENV PYTHONUNBUFFERED=1
WORKDIR /app
COPY requirements.txt .
RUN pip install --no-cache-dir -r requirements.txt
COPY src/ ./src/
COPY data/ ./data/
# train.py ghi model.pkl vào thư mục làm việc: trainer cần quyền ghi /app (WORKDIR tạo nó cho root)
RUN useradd --create-home --uid 1000 trainer && \\
    chown trainer:trainer /app
USER trainer

# Chương trình cố định; tham số mặc định đổi được khi docker run
ENTRYPOINT ["python", "src/train.py"]
CMD ["--model", "random_forest", "--epochs", "100"]
`,
  },
  starterFails: ['entrypoint-runs', 'cmd-default-args', 'user-non-root'],
};
