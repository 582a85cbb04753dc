// Question 9 quiz: large model files.
import type { LessonQuiz } from '@/lib/quiz/types';

export const q9: LessonQuiz = {
  id: 'q9',
  question: 9,
  questions: [
    {
      id: 'q9-1',
      kind: 'multiple',
      prompt: 'Vì sao model lớn (hàng GB) là thách thức trong Docker? Chọn tất cả ý đúng.',
      choices: [
        { id: 'a', text: 'Tăng image size → deploy chậm' },
        { id: 'b', text: 'Giới hạn kích thước layer (max ~5GB per layer)' },
        { id: 'c', text: 'Docker không đọc được file .pkl' },
        { id: 'd', text: 'Tốn chi phí lưu trữ registry' },
        { id: 'e', text: 'Phải rebuild image mỗi khi model cập nhật' },
      ],
      answers: ['a', 'b', 'd', 'e'],
      explanation: 'Bài nêu bốn lý do: tăng image size → slow deploy; layer size limits (max ~5GB per layer); registry storage costs; inefficient to rebuild image when model updates.',
      anchor: 'cau-tra-loi',
    },
    {
      id: 'q9-2',
      kind: 'single',
      prompt: 'Nhược điểm của Volume Mounting là gì?',
      choices: [
        { id: 'a', text: 'Mỗi lần cập nhật model phải rebuild image' },
        { id: 'b', text: 'Phụ thuộc vào host filesystem, không portable' },
        { id: 'c', text: 'Khởi động chậm vì phải tải model' },
        { id: 'd', text: 'Image lớn 2000MB' },
      ],
      answer: 'b',
      explanation: 'Strategy 1 — Disadvantages: phụ thuộc vào host filesystem, không portable. Ưu điểm của nó chính là model updates không cần rebuild.',
      anchor: 'disadvantages',
    },
    {
      id: 'q9-3',
      kind: 'single',
      prompt: 'Nhược điểm của chiến lược Download at Runtime là gì?',
      choices: [
        { id: 'a', text: 'Lần khởi động đầu chậm hơn (thời gian tải) và phụ thuộc mạng' },
        { id: 'b', text: 'Image nặng thêm bằng kích thước model' },
        { id: 'c', text: 'Không thể versioning model' },
        { id: 'd', text: 'Phụ thuộc host filesystem' },
      ],
      answer: 'a',
      explanation: 'Strategy 2 — Disadvantages: first startup slower (download time), network dependency. Đổi lại image nhỏ (200MB), portable, versioning model qua đường dẫn S3.',
      anchor: 'disadvantages-2',
    },
    {
      id: 'q9-4',
      kind: 'single',
      prompt: 'Theo bảng so sánh, chiến lược nào cho image lớn nhất (2000MB) và phải rebuild khi cập nhật model?',
      choices: [
        { id: 'a', text: 'Volume Mount' },
        { id: 'b', text: 'Model Registry' },
        { id: 'c', text: 'COPY in Dockerfile' },
        { id: 'd', text: 'Download at Runtime' },
      ],
      answer: 'c',
      explanation: 'Comparison Table: COPY in Dockerfile — 2000MB, Updates: Rebuild. Volume Mount, Download at Runtime và Model Registry đều giữ image ở 150MB.',
      anchor: 'comparison-table',
    },
    {
      id: 'q9-5',
      kind: 'single',
      prompt: 'Đâu là một model registry được bài học nhắc tới?',
      choices: [
        { id: 'a', text: 'MLflow Model Registry' },
        { id: 'b', text: 'Docker Compose' },
        { id: 'c', text: 'Trivy' },
        { id: 'd', text: 'BuildKit' },
      ],
      answer: 'a',
      explanation: 'Strategy 3 liệt kê MLflow Model Registry, BentoML ModelStore, Seldon Model Repository, Azure Model Registry, SageMaker Model Registry.',
      anchor: 'model-registry-best-practice',
    },
    {
      id: 'q9-6',
      kind: 'dockerfile-findings',
      prompt: 'Bộ phân tích nhắc điều gì ở Dockerfile serving này? Chọn tất cả ý đúng.',
      dockerfile: `FROM python:3.9-slim
WORKDIR /app
COPY requirements.txt .
RUN pip install --no-cache-dir -r requirements.txt
COPY models/xgboost-v1.0.pkl ./models/
COPY src/ ./src/
CMD ["python", "src/api.py"]`,
      choices: [
        { id: 'a', rule: 'model-in-image', text: 'File model được chép thẳng vào image cuối' },
        { id: 'b', rule: 'deps-before-source', text: 'Chép code trước khi cài dependencies' },
        { id: 'c', rule: 'exec-form', text: 'CMD viết ở shell form' },
        { id: 'd', rule: 'base-image-pinned', text: 'Base image không ghim phiên bản' },
      ],
      explanation: 'Large Model Optimization Checklist: đừng đưa model vào image (trừ khi thật cần); tải lúc runtime, mount volume hoặc dùng external storage. Thứ tự dependencies → code, exec form và tag python:3.9-slim ở đây đều đã ổn.',
      anchor: 'large-model-optimization-checklist',
    },
  ],
};
