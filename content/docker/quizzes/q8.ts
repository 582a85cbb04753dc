// Question 8 quiz: layer caching and build time.
import type { LessonQuiz } from '@/lib/quiz/types';

export const q8: LessonQuiz = {
  id: 'q8',
  question: 8,
  questions: [
    {
      id: 'q8-1',
      kind: 'single',
      prompt: 'Layer 3 (COPY requirements.txt .) bị cache miss vì requirements.txt đổi. Layer 4 (RUN pip install -r requirements.txt) thì sao?',
      choices: [
        { id: 'a', text: 'Vẫn cache hit vì câu lệnh không đổi' },
        { id: 'b', text: 'Phải rebuild vì phụ thuộc vào Layer 3' },
        { id: 'c', text: 'Bị bỏ qua' },
        { id: 'd', text: 'Chỉ rebuild nếu dùng --no-cache' },
      ],
      answer: 'b',
      explanation: 'Layer caching logic: Layer 3 cache MISS (requirements.txt changed) → Layer 4 must rebuild (dependency of Layer 3). Một layer đã build lại thì mọi layer sau cũng build lại.',
      anchor: 'layer-caching-logic',
    },
    {
      id: 'q8-2',
      kind: 'dockerfile-cache',
      prompt: 'Bạn chỉ sửa src/model.py. Với Dockerfile này, lệnh nào là lệnh đầu tiên mất cache (các lệnh sau nó build lại theo)?',
      dockerfile: `FROM python:3.9-slim
COPY . /app
WORKDIR /app
RUN pip install -r requirements.txt`,
      changedFile: 'src/model.py',
      explanation: 'Đây là BAD ordering: COPY . /app đọc mọi file nên một thay đổi ở src/ làm nó cache miss, và pip install phía sau phải rebuild dù requirements.txt không đổi.',
      anchor: 'optimal-layer-ordering',
    },
    {
      id: 'q8-3',
      kind: 'dockerfile-cache',
      prompt: 'Với Dockerfile đã sắp xếp tốt này, bạn chỉ sửa src/model.py. Lệnh nào là lệnh đầu tiên mất cache?',
      dockerfile: `FROM python:3.9-slim
WORKDIR /app
COPY requirements.txt .
RUN pip install -r requirements.txt
COPY . .`,
      changedFile: 'src/model.py',
      explanation: 'GOOD ordering: COPY requirements.txt . và RUN pip install dùng cache (Cache hit!), chỉ COPY . . ở cuối build lại, nên build mất vài giây thay vì vài phút.',
      anchor: 'optimal-layer-ordering',
    },
    {
      id: 'q8-4',
      kind: 'dockerfile-cache',
      prompt: 'Vẫn Dockerfile đó, nhưng lần này bạn sửa requirements.txt. Lệnh nào là lệnh đầu tiên mất cache?',
      dockerfile: `FROM python:3.9-slim
WORKDIR /app
COPY requirements.txt .
RUN pip install -r requirements.txt
COPY . .`,
      changedFile: 'requirements.txt',
      explanation: 'Scenario 2 (requirements.txt changed): COPY requirements.txt . cache miss, RUN pip install phải rebuild, và COPY . . sau đó cũng build lại.',
      anchor: 'cache-invalidation-scenarios',
    },
    {
      id: 'q8-5',
      kind: 'single',
      prompt: 'Bạn đổi RUN apt-get update && apt-get install -y curl thành một câu lệnh khác, không đổi file nào. Layer đó thì sao?',
      choices: [
        { id: 'a', text: 'Cache hit vì không file nào đổi' },
        { id: 'b', text: 'Cache miss vì câu lệnh trong Dockerfile đã đổi' },
        { id: 'c', text: 'Docker báo lỗi' },
        { id: 'd', text: 'Chỉ layer FROM build lại' },
      ],
      answer: 'b',
      explanation: 'Scenario 3: Dockerfile command changed (even if files same) → cache miss (command changed).',
      anchor: 'cache-invalidation-scenarios',
    },
    {
      id: 'q8-6',
      kind: 'single',
      prompt: 'Cách nào bài học đưa ra để buộc build lại toàn bộ, bỏ qua cache?',
      choices: [
        { id: 'a', text: 'docker build --no-cache -t myapp .' },
        { id: 'b', text: 'docker run --rm myapp' },
        { id: 'c', text: 'Thêm .git vào .dockerignore' },
        { id: 'd', text: 'docker history myapp:v1' },
      ],
      answer: 'a',
      explanation: 'Cache Busting, Option 1: docker build --no-cache -t myapp . (ngoài ra có thể dùng ARG BUILD_DATE hoặc đổi base image tag).',
      anchor: 'when-you-need-to-invalidate-cache',
    },
  ],
};
