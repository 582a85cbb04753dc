// Question 3 quiz: the structure of a Dockerfile and the order of its instructions.
import type { LessonQuiz } from '@/lib/quiz/types';

export const q3: LessonQuiz = {
  id: 'q3',
  question: 3,
  questions: [
    {
      id: 'q3-1',
      kind: 'single',
      prompt: 'Mỗi instruction trong Dockerfile tạo ra gì?',
      choices: [
        { id: 'a', text: 'Một container mới' },
        { id: 'b', text: 'Một layer trong image, xếp chồng lên các layer trước' },
        { id: 'c', text: 'Một image riêng biệt' },
        { id: 'd', text: 'Không tạo gì, chỉ là chú thích' },
      ],
      answer: 'b',
      explanation: 'Dockerfile là text file chứa các instructions để build image; mỗi instruction tạo ra một layer, xếp chồng lên nhau.',
      anchor: 'cau-tra-loi',
    },
    {
      id: 'q3-2',
      kind: 'single',
      prompt: 'RUN và CMD khác nhau thế nào?',
      choices: [
        { id: 'a', text: 'RUN chạy command lúc build time; CMD là default command khi container chạy (có thể override)' },
        { id: 'b', text: 'RUN chạy khi container khởi động; CMD chạy lúc build' },
        { id: 'c', text: 'Cả hai đều chỉ chạy lúc build' },
        { id: 'd', text: 'CMD không thể bị override' },
      ],
      answer: 'a',
      explanation: 'Bảng giải thích: RUN — chạy command (build time), ví dụ RUN pip install numpy; CMD — default command (overridable), ví dụ CMD ["python", "app.py"].',
      anchor: 'giai-thich-chi-tiet',
    },
    {
      id: 'q3-3',
      kind: 'single',
      prompt: 'EXPOSE 8000 có tác dụng gì?',
      choices: [
        { id: 'a', text: 'Khai báo port 8000 mà ứng dụng dùng, mang tính tài liệu (documentation)' },
        { id: 'b', text: 'Cài một web server nghe cổng 8000' },
        { id: 'c', text: 'Kiểm tra sức khoẻ container ở cổng 8000' },
        { id: 'd', text: 'Đặt biến môi trường PORT=8000' },
      ],
      answer: 'a',
      explanation: 'Theo bài: EXPOSE — khai báo ports (documentation). Kiểm tra sức khoẻ là việc của HEALTHCHECK, biến môi trường là ENV.',
      anchor: 'cac-lenh-chinh',
    },
    {
      id: 'q3-4',
      kind: 'single',
      prompt: 'Thứ tự instructions nào bài học khuyên dùng?',
      choices: [
        { id: 'a', text: 'Application code → Dependencies → Environment → Base image' },
        { id: 'b', text: 'Base image → Environment → Dependencies → Application code' },
        { id: 'c', text: 'Base image → Application code → Dependencies → Environment' },
        { id: 'd', text: 'Thứ tự không ảnh hưởng gì' },
      ],
      answer: 'b',
      explanation: 'Base image → Environment → Dependencies → Application code: ít thay đổi trước, thường xuyên thay đổi sau, để tận dụng tối đa layer caching.',
      anchor: 'thu-tu-instructions-quan-trong',
    },
    {
      id: 'q3-5',
      kind: 'dockerfile-findings',
      prompt: 'Bộ phân tích tìm thấy những vấn đề nào trong Dockerfile này? Chọn tất cả ý đúng.',
      dockerfile: `FROM python:3.9-slim
WORKDIR /app
COPY . .
RUN pip install -r requirements.txt
CMD ["python", "src/api.py"]`,
      choices: [
        { id: 'a', rule: 'deps-before-source', text: 'Chép code trước khi cài dependencies (mất cache mỗi lần sửa code)' },
        { id: 'b', rule: 'pip-no-cache-dir', text: 'pip install không có --no-cache-dir' },
        { id: 'c', rule: 'non-root-user', text: 'Image chạy bằng root (không có USER)' },
        { id: 'd', rule: 'base-image-pinned', text: 'Base image không ghim phiên bản' },
        { id: 'e', rule: 'exec-form', text: 'CMD viết ở shell form' },
      ],
      explanation: 'So với "Ví dụ ML Model Dockerfile" của bài: copy requirements.txt và cài dependencies trước (layer caching), pip install --no-cache-dir, rồi mới copy code; tạo user riêng và USER mluser. Base image python:3.9-slim đã có tag cụ thể, và CMD đã ở dạng mảng JSON.',
      anchor: 'vi-du-ml-model-dockerfile',
    },
  ],
};
