// Question 4 quiz: CMD versus ENTRYPOINT, and exec form.
import type { LessonQuiz } from '@/lib/quiz/types';

export const q4: LessonQuiz = {
  id: 'q4',
  question: 4,
  questions: [
    {
      id: 'q4-1',
      kind: 'single',
      prompt: 'Khác biệt chính về override giữa CMD và ENTRYPOINT?',
      choices: [
        { id: 'a', text: 'CMD dễ override khi docker run; ENTRYPOINT khó override, tham số của docker run được append vào' },
        { id: 'b', text: 'ENTRYPOINT dễ override; CMD không override được' },
        { id: 'c', text: 'Cả hai đều không override được' },
        { id: 'd', text: 'Override CMD cần cờ --cmd' },
      ],
      answer: 'a',
      explanation: 'Bảng so sánh: CMD — dễ override khi docker run; ENTRYPOINT — khó override, append arguments.',
      anchor: 'so-sanh-chi-tiet',
    },
    {
      id: 'q4-2',
      kind: 'single',
      prompt: 'Image có ENTRYPOINT ["python"] và CMD ["app.py"]. Lệnh docker run myimage src/train.py chạy gì?',
      choices: [
        { id: 'a', text: 'python app.py' },
        { id: 'b', text: 'python src/train.py' },
        { id: 'c', text: 'src/train.py app.py' },
        { id: 'd', text: 'python app.py src/train.py' },
      ],
      answer: 'b',
      explanation: 'Tham số sau tên image thay CMD và được append vào ENTRYPOINT: kết quả là python src/train.py.',
      anchor: 'ket-hop-ca-hai-best-practice',
    },
    {
      id: 'q4-3',
      kind: 'single',
      prompt: 'Với Dockerfile training job của bài (ENTRYPOINT ["python", "src/train.py"], CMD ["--model", "random_forest", "--epochs", "100"]), lệnh docker run training-image --model xgboost chạy gì?',
      choices: [
        { id: 'a', text: 'python src/train.py --model random_forest --epochs 100 --model xgboost' },
        { id: 'b', text: 'python src/train.py --model xgboost' },
        { id: 'c', text: '--model xgboost' },
        { id: 'd', text: 'python --model xgboost' },
      ],
      answer: 'b',
      explanation: 'Tham số mới thay toàn bộ CMD (default arguments), ENTRYPOINT giữ nguyên: python src/train.py --model xgboost.',
      anchor: 'ml-model-training-job',
    },
    {
      id: 'q4-4',
      kind: 'single',
      prompt: 'Vì sao nên viết ENTRYPOINT/CMD ở exec form (mảng JSON)?',
      choices: [
        { id: 'a', text: 'Vì shell form không nhận SIGTERM' },
        { id: 'b', text: 'Vì exec form làm image nhỏ hơn' },
        { id: 'c', text: 'Vì shell form không được Docker hỗ trợ' },
        { id: 'd', text: 'Vì exec form tự cài python' },
      ],
      answer: 'a',
      explanation: 'Best practices: dùng exec form ENTRYPOINT ["python", "app.py"]; shell form ENTRYPOINT python app.py không nhận SIGTERM.',
      anchor: 'best-practices',
    },
    {
      id: 'q4-5',
      kind: 'single',
      prompt: 'Muốn thay ENTRYPOINT của image khi chạy, dùng gì?',
      choices: [
        { id: 'a', text: 'Thêm tham số sau tên image' },
        { id: 'b', text: 'Cờ --entrypoint của docker run' },
        { id: 'c', text: 'Build lại image với --no-cache' },
        { id: 'd', text: 'Không thể thay' },
      ],
      answer: 'b',
      explanation: 'Override ENTRYPOINT cần --entrypoint, ví dụ docker run --entrypoint java myimage MyApp cho kết quả java MyApp.',
      anchor: 'chi-dung-entrypoint',
    },
    {
      id: 'q4-6',
      kind: 'dockerfile-findings',
      prompt: 'Bộ phân tích tìm thấy những vấn đề nào trong Dockerfile training job này? Chọn tất cả ý đúng.',
      dockerfile: `FROM python:3.9-slim
WORKDIR /app
COPY src/ ./src/
ENTRYPOINT python src/train.py
CMD ["--epochs", "100"]
CMD ["--model", "xgboost"]`,
      choices: [
        { id: 'a', rule: 'exec-form', text: 'ENTRYPOINT viết ở shell form' },
        { id: 'b', rule: 'single-cmd', text: 'Có hơn một CMD: chỉ CMD cuối có tác dụng' },
        { id: 'c', rule: 'json-args-invalid', text: 'Mảng JSON của CMD viết sai cú pháp' },
        { id: 'd', rule: 'base-image-pinned', text: 'Base image không ghim phiên bản' },
      ],
      explanation: 'Bảng so sánh: chỉ có 1 CMD và 1 ENTRYPOINT trong Dockerfile; best practice là exec form. Các CMD ở đây là mảng JSON hợp lệ và python:3.9-slim đã có tag cụ thể.',
      anchor: 'best-practices',
    },
  ],
};
