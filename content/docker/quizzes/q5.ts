// Question 5 quiz: multi-stage builds.
import type { LessonQuiz } from '@/lib/quiz/types';

export const q5: LessonQuiz = {
  id: 'q5',
  question: 5,
  questions: [
    {
      id: 'q5-1',
      kind: 'single',
      prompt: 'Trong multi-stage build, stage nào được đưa vào final image?',
      choices: [
        { id: 'a', text: 'Tất cả các stage, xếp chồng lên nhau' },
        { id: 'b', text: 'Chỉ final stage; stage trước chỉ cho artifacts để copy sang' },
        { id: 'c', text: 'Chỉ stage đầu tiên' },
        { id: 'd', text: 'Stage có kích thước lớn nhất' },
      ],
      answer: 'b',
      explanation: 'Multi-stage build dùng nhiều FROM trong một Dockerfile; mỗi stage có thể copy artifacts từ stage trước, nhưng chỉ final stage được include trong final image.',
      anchor: 'cau-tra-loi',
    },
    {
      id: 'q5-2',
      kind: 'multiple',
      prompt: 'Multi-stage build mang lại những lợi ích nào? Chọn tất cả ý đúng.',
      choices: [
        { id: 'a', text: 'Giảm kích thước image: loại bỏ build dependencies khỏi final image' },
        { id: 'b', text: 'Security: không cần build tools trong production' },
        { id: 'c', text: 'Final image chứa source code của mọi stage để dễ debug' },
        { id: 'd', text: 'Performance: final image nhẹ hơn → deploy nhanh hơn' },
        { id: 'e', text: 'Tách concerns: build stage và runtime stage' },
      ],
      answers: ['a', 'b', 'd', 'e'],
      explanation: 'Bốn lợi ích trong bài: giảm kích thước image, tách concerns, security, performance. Final image chỉ có những gì được copy sang, không có source code của các stage khác.',
      anchor: 'loi-ich',
    },
    {
      id: 'q5-3',
      kind: 'single',
      prompt: 'Lệnh nào chép model đã train từ stage builder sang stage runtime?',
      choices: [
        { id: 'a', text: 'COPY builder:/build/model.pkl ./models/' },
        { id: 'b', text: 'COPY --from=builder /build/model.pkl ./models/' },
        { id: 'c', text: 'FROM builder COPY model.pkl' },
        { id: 'd', text: 'ADD --stage=builder /build/model.pkl ./models/' },
      ],
      answer: 'b',
      explanation: 'Ví dụ Build ML Model: stage runtime chỉ copy model từ builder bằng COPY --from=builder /build/model.pkl ./models/, không cần source code.',
      anchor: 'vi-du-build-ml-model',
    },
    {
      id: 'q5-4',
      kind: 'single',
      prompt: 'Theo phần so sánh kích thước, image của model PyTorch giảm từ khoảng bao nhiêu xuống bao nhiêu nhờ multi-stage?',
      choices: [
        { id: 'a', text: '~3.8GB xuống ~400MB (nhỏ hơn khoảng 10 lần)' },
        { id: 'b', text: '~400MB xuống ~150MB' },
        { id: 'c', text: '~1.2GB xuống ~1GB' },
        { id: 'd', text: 'Kích thước không đổi, chỉ build nhanh hơn' },
      ],
      answer: 'a',
      explanation: 'Single-stage: ~3.8GB (PyTorch base, training dependencies, source, model). Multi-stage: builder 3.8GB không nằm trong final image; total ~400MB (10x nhỏ hơn).',
      anchor: 'so-sanh-kich-thuoc',
    },
    {
      id: 'q5-5',
      kind: 'single',
      prompt: 'Chỉ build stage prod của một Dockerfile nhiều stage bằng lệnh nào?',
      choices: [
        { id: 'a', text: 'docker build --stage prod -t myapp:prod .' },
        { id: 'b', text: 'docker build --target prod -t myapp:prod .' },
        { id: 'c', text: 'docker run --target prod myapp' },
        { id: 'd', text: 'docker build --from prod -t myapp:prod .' },
      ],
      answer: 'b',
      explanation: 'Phần Conditional stages: docker build --target prod -t myapp:prod . cho production, --target dev cho development.',
      anchor: 'advanced-conditional-stages',
    },
    {
      id: 'q5-6',
      kind: 'dockerfile-findings',
      prompt: 'Dockerfile multi-stage này có lỗi nào? Chọn tất cả ý đúng theo bộ phân tích.',
      dockerfile: `FROM python:3.9 AS builder
WORKDIR /build
COPY src/ ./src/
RUN python src/train.py --save-path=/build/model.pkl

FROM python:3.9-slim
WORKDIR /app
COPY --from=build /build/model.pkl ./models/
COPY src/api.py ./
CMD ["python", "api.py"]`,
      choices: [
        { id: 'a', rule: 'copy-from-unknown-stage', text: 'COPY --from trỏ tới một stage không tồn tại' },
        { id: 'b', rule: 'duplicate-stage-name', text: 'Hai stage trùng tên' },
        { id: 'c', rule: 'base-image-slim', text: 'Image cuối dùng base image bản đầy đủ thay vì slim' },
        { id: 'd', rule: 'exec-form', text: 'CMD viết ở shell form' },
      ],
      explanation: 'COPY --from phải nêu đúng tên stage trước đó (ở đây stage tên builder, không phải build). Chỉ image cuối mới được đưa vào final image: builder dùng python:3.9 không sao, stage cuối đã dùng python:3.9-slim.',
      anchor: 'vi-du-build-ml-model',
    },
  ],
};
