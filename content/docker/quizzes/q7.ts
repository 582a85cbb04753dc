// Question 7 quiz: best practices for containerising an ML model.
import type { LessonQuiz } from '@/lib/quiz/types';

export const q7: LessonQuiz = {
  id: 'q7',
  question: 7,
  questions: [
    {
      id: 'q7-1',
      kind: 'single',
      prompt: 'Vì sao ghi numpy==1.24.3 thay vì numpy trong requirements.txt?',
      choices: [
        { id: 'a', text: 'Exact versions giúp build tái tạo được, tránh version mismatch giữa các lần build' },
        { id: 'b', text: 'pip cài nhanh gấp đôi' },
        { id: 'c', text: 'Để image không cần Python' },
        { id: 'd', text: 'Vì pip không chấp nhận tên gói không có version' },
      ],
      answer: 'a',
      explanation: 'Pin Dependencies Versions: không pin thì "Version mismatch across builds" (❌); exact versions như numpy==1.24.3 cho reproducibility (✅).',
      anchor: 'pin-dependencies-versions',
    },
    {
      id: 'q7-2',
      kind: 'single',
      prompt: 'Có HEALTHCHECK, docker ps cho biết thêm điều gì?',
      choices: [
        { id: 'a', text: 'Trạng thái (healthy) hoặc (unhealthy) của container' },
        { id: 'b', text: 'Kích thước từng layer' },
        { id: 'c', text: 'Số lần build lại image' },
        { id: 'd', text: 'Phiên bản của model' },
      ],
      answer: 'a',
      explanation: 'Health Checks: HEALTHCHECK gọi endpoint /health định kỳ; docker ps hiện STATUS (healthy) hoặc (unhealthy).',
      anchor: 'health-checks',
    },
    {
      id: 'q7-3',
      kind: 'single',
      prompt: 'Lệnh nào giới hạn container dùng tối đa 2GB RAM và 1.5 CPU?',
      choices: [
        { id: 'a', text: 'docker run --memory="2g" --cpus="1.5" my-model:v1' },
        { id: 'b', text: 'docker build --memory="2g" --cpus="1.5" .' },
        { id: 'c', text: 'ENV MEMORY=2g CPUS=1.5 trong Dockerfile' },
        { id: 'd', text: 'EXPOSE 2g 1.5' },
      ],
      answer: 'a',
      explanation: 'Resource Limits được đặt lúc chạy: docker run --memory="2g" --cpus="1.5" --memory-swap="2g" my-model:v1.',
      anchor: 'resource-limits',
    },
    {
      id: 'q7-4',
      kind: 'multiple',
      prompt: 'Mục nào thuộc "Dockerfile Checklist cho ML Models"? Chọn tất cả ý đúng.',
      choices: [
        { id: 'a', text: 'Non-root user' },
        { id: 'b', text: 'HEALTHCHECK command' },
        { id: 'c', text: 'Base image tag :latest để luôn mới nhất' },
        { id: 'd', text: 'LABEL metadata' },
        { id: 'e', text: 'Logging output to stdout/stderr' },
      ],
      answers: ['a', 'b', 'd', 'e'],
      explanation: 'Checklist gồm Versioning (pin versions), Multi-stage, Security (non-root user), Efficiency, Reliability (HEALTHCHECK), Observability (logging ra stdout/stderr), Operations và Documentation (LABEL metadata). Tag :latest đi ngược việc pin version.',
      anchor: 'dockerfile-checklist-cho-ml-models',
    },
    {
      id: 'q7-5',
      kind: 'dockerfile-findings',
      prompt: 'Dockerfile serving này thiếu những gì theo bộ phân tích? Chọn tất cả ý đúng.',
      dockerfile: `FROM python:3.9-slim
WORKDIR /app
COPY requirements.txt .
RUN pip install --no-cache-dir -r requirements.txt
COPY src/ ./src/
EXPOSE 8000
CMD ["uvicorn", "src.api:app", "--host", "0.0.0.0", "--port", "8000"]`,
      choices: [
        { id: 'a', rule: 'non-root-user', text: 'Chạy bằng root: không có USER' },
        { id: 'b', rule: 'healthcheck', text: 'Phục vụ request nhưng không có HEALTHCHECK' },
        { id: 'c', rule: 'label-metadata', text: 'Không có LABEL metadata' },
        { id: 'd', rule: 'deps-before-source', text: 'Chép code trước khi cài dependencies' },
        { id: 'e', rule: 'pip-no-cache-dir', text: 'pip install không có --no-cache-dir' },
      ],
      explanation: 'So với "Complete Best Practices Dockerfile": còn thiếu LABEL metadata, user riêng với USER mluser, và HEALTHCHECK. Thứ tự requirements → pip install → code và --no-cache-dir đã đúng.',
      anchor: 'complete-best-practices-dockerfile',
    },
  ],
};
