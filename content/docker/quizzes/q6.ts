// Question 6 quiz: shrinking images for ML models.
import type { LessonQuiz } from '@/lib/quiz/types';

export const q6: LessonQuiz = {
  id: 'q6',
  question: 6,
  questions: [
    {
      id: 'q6-1',
      kind: 'single',
      prompt: 'Theo bảng so sánh base images, base image nào chỉ phù hợp cho compiled code?',
      choices: [
        { id: 'a', text: 'python:3.9-slim' },
        { id: 'b', text: 'python:3.9-alpine' },
        { id: 'c', text: 'scratch' },
        { id: 'd', text: 'ubuntu:latest' },
      ],
      answer: 'c',
      explanation: 'scratch nặng 0MB, tuyệt vời cho binaries nhưng chỉ cho compiled code. python:3.9-slim (151MB) có Python + essentials; alpine (50MB) siêu nhỏ nhưng thiếu nhiều tools.',
      anchor: 'bang-so-sanh-base-images',
    },
    {
      id: 'q6-2',
      kind: 'multiple',
      prompt: 'Những mục nào có trong file .dockerignore mẫu của bài? Chọn tất cả ý đúng.',
      choices: [
        { id: 'a', text: '.git' },
        { id: 'b', text: '__pycache__' },
        { id: 'c', text: 'requirements.txt' },
        { id: 'd', text: '.env' },
        { id: 'e', text: 'notebooks/' },
      ],
      answers: ['a', 'b', 'd', 'e'],
      explanation: 'File .dockerignore mẫu loại .git, __pycache__, .env, notebooks/, raw_data/… requirements.txt thì phải có trong build context để COPY requirements.txt . và cài dependencies.',
      anchor: 'dockerignore-file',
    },
    {
      id: 'q6-3',
      kind: 'single',
      prompt: 'Thêm --no-cache-dir vào pip install để làm gì?',
      choices: [
        { id: 'a', text: 'Để pip không giữ cache tải về trong image, image nhỏ hơn' },
        { id: 'b', text: 'Để Docker không dùng layer cache cho bước này' },
        { id: 'c', text: 'Để pip cài nhanh hơn ở lần build sau' },
        { id: 'd', text: 'Để pip bỏ qua requirements.txt' },
      ],
      answer: 'a',
      explanation: 'Optimize Python Dependencies: pip install thường thì "Cache được lưu" (❌); RUN pip install --no-cache-dir … là "Xóa cache" (✅). Cờ này không liên quan tới layer cache của Docker.',
      anchor: 'optimize-python-dependencies',
    },
    {
      id: 'q6-4',
      kind: 'single',
      prompt: 'Dòng FROM nào bài học xếp vào nhóm "GOOD: Xác định rõ"?',
      choices: [
        { id: 'a', text: 'FROM python' },
        { id: 'b', text: 'FROM pytorch' },
        { id: 'c', text: 'FROM python:3.9.18-slim' },
        { id: 'd', text: 'FROM ubuntu:latest' },
      ],
      answer: 'c',
      explanation: 'Use Specific Version Tags: FROM python hay FROM pytorch là không xác định (❌); FROM python:3.9.18-slim xác định rõ (✅), build tái tạo được.',
      anchor: 'use-specific-version-tags',
    },
    {
      id: 'q6-5',
      kind: 'single',
      prompt: 'Build xong numpy, làm sao để build-essential không nằm lại trong image?',
      choices: [
        { id: 'a', text: 'Dùng RUN apt-get purge -y build-essential ở một RUN riêng, cuối Dockerfile' },
        { id: 'b', text: 'Cài, dùng rồi purge build-essential, autoremove và rm -rf /var/lib/apt/lists/* trong cùng một RUN' },
        { id: 'c', text: 'Thêm build-essential vào .dockerignore' },
        { id: 'd', text: 'Không cần làm gì, Docker tự xoá' },
      ],
      answer: 'b',
      explanation: 'Remove Unnecessary Files: RUN apt-get install -y build-essential && pip install numpy && apt-get purge -y build-essential && apt-get autoremove -y && rm -rf /var/lib/apt/lists/* — tất cả trong một RUN, vì layer trước vẫn giữ file đã cài.',
      anchor: 'remove-unnecessary-files',
    },
    {
      id: 'q6-6',
      kind: 'dockerfile-findings',
      prompt: 'Bộ phân tích thấy những vấn đề nào trong Dockerfile này? Chọn tất cả ý đúng.',
      dockerfile: `FROM python:latest
COPY . /app
WORKDIR /app
RUN pip install -r requirements.txt
CMD ["python", "app.py"]`,
      choices: [
        { id: 'a', rule: 'base-image-pinned', text: 'Base image dùng tag :latest' },
        { id: 'b', rule: 'deps-before-source', text: 'Chép code trước khi cài dependencies' },
        { id: 'c', rule: 'pip-no-cache-dir', text: 'pip install không có --no-cache-dir' },
        { id: 'd', rule: 'apt-lists-cleanup', text: 'apt-get install không dọn /var/lib/apt/lists' },
        { id: 'e', rule: 'exec-form', text: 'CMD viết ở shell form' },
      ],
      explanation: 'Optimization Checklist: specific version tags, layer caching (dependencies trước code), --no-cache-dir cho pip. Dockerfile này không dùng apt-get, và CMD đã ở dạng mảng JSON.',
      anchor: 'optimization-checklist',
    },
  ],
};
