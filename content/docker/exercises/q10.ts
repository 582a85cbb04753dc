// Question 10: security — fix an insecure Dockerfile (secrets, root, permissions).
import type { Exercise } from '@/lib/content/exercise';
import { apiPy, dockerfile, dockerignore, goodDockerignore, HEALTHCHECK, requirementsTxt, UVICORN_CMD } from './context';

const envFile = { path: '.env', content: 'AWS_ACCESS_KEY_ID=…\nAWS_SECRET_ACCESS_KEY=…\n', readOnly: true, language: 'plaintext' };

export const q10: Exercise = {
  id: 'q10',
  chapter: 'docker',
  question: 10,
  title: 'Vá một Dockerfile không an toàn',
  prompt: `Dockerfile này ghi thẳng khoá AWS vào image, chạy bằng root, mở quyền ghi cho mọi người (chmod 777) và COPY cả tệp .env vào image. Ai kéo được image là đọc được bí mật.

Sửa theo Security Checklist của câu 10: bỏ bí mật khỏi Dockerfile (truyền lúc chạy bằng -e hoặc secret), .dockerignore loại .env, chạy bằng user không phải root, bỏ chmod 777, base image chính thức và nhỏ, có HEALTHCHECK. Như ví dụ an toàn của bài, pip install dùng --no-cache-dir để image không mang theo bộ đệm tải gói. API vẫn chạy uvicorn trên cổng 8000.`,
  files: [
    dockerfile(`FROM python:3.9
ENV AWS_ACCESS_KEY_ID=AKIAIOSFODNN7EXAMPLE
ENV AWS_SECRET_ACCESS_KEY=wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY
WORKDIR /app
COPY requirements.txt .
RUN pip install -r requirements.txt
COPY . .
RUN chmod -R 777 /app
EXPOSE 8000
${UVICORN_CMD}
`),
    dockerignore('.git\n'),
    requirementsTxt,
    apiPy,
    envFile,
  ],
  rubric: {
    checklists: ['q10-security'],
    // The whole security checklist, plus the pip cache item the lesson's secure example follows
    // (a rubric's items narrow every checklist it lists, so the security items are named too).
    items: [
      'q10-non-root',
      'q10-scan',
      'q10-official-base',
      'q10-no-secrets',
      'q10-minimal-base',
      'q10-updated-deps',
      'q10-file-permissions',
      'q10-read-only-fs',
      'q10-image-signing',
      'q10-regular-rebuilds',
      'q10-healthcheck',
      'q10-logging',
      'q10-sbom',
      'q7-pip-no-cache',
    ],
    requirements: [
      { id: 'no-secret-in-image', params: { files: ['.env'] } },
      { id: 'user-non-root' },
      { id: 'serves', params: { server: 'uvicorn', port: 8000, app: 'src/api.py' } },
    ],
    enable: ['base-image-official'],
  },
  hints: [
    'Xoá hai dòng ENV AWS_…: bí mật truyền lúc chạy (docker run -e AWS_ACCESS_KEY_ID=…) hoặc qua Docker secrets, không bao giờ nằm trong image.',
    'Thêm .env vào .dockerignore để COPY . . không mang nó vào image; bỏ RUN chmod -R 777 /app; pip install thêm --no-cache-dir.',
    'Tạo user (RUN useradd --create-home --uid 1000 mluser), COPY --chown=mluser:mluser . ., USER mluser; đổi base sang python:3.9-slim và thêm HEALTHCHECK.',
  ],
  solution: {
    dockerfile: `FROM python:3.9-slim
ENV PYTHONUNBUFFERED=1
RUN useradd --create-home --uid 1000 mluser
WORKDIR /app
COPY requirements.txt .
RUN pip install --no-cache-dir -r requirements.txt
# Bí mật truyền lúc chạy (docker run -e …, Docker secrets), không ghi vào image
COPY --chown=mluser:mluser . .
USER mluser
EXPOSE 8000
${HEALTHCHECK}
${UVICORN_CMD}
`,
    dockerignore: goodDockerignore,
  },
  starterFails: ['q10-non-root', 'q10-no-secrets', 'q10-minimal-base', 'q10-file-permissions', 'q10-healthcheck', 'q7-pip-no-cache', 'no-secret-in-image', 'user-non-root'],
};
