// Question 1 quiz: what Docker is and why MLOps needs it.
import type { LessonQuiz } from '@/lib/quiz/types';

export const q1: LessonQuiz = {
  id: 'q1',
  question: 1,
  questions: [
    {
      id: 'q1-1',
      kind: 'single',
      prompt: 'Docker là gì?',
      choices: [
        { id: 'a', text: 'Một ngôn ngữ lập trình để viết pipeline ML' },
        { id: 'b', text: 'Một nền tảng containerization đóng gói ứng dụng cùng mọi dependencies (libraries, runtime, code) vào một container độc lập' },
        { id: 'c', text: 'Một máy ảo cài sẵn hệ điều hành đầy đủ cho từng model' },
        { id: 'd', text: 'Một dịch vụ cloud chỉ chạy được trên AWS' },
      ],
      answer: 'b',
      explanation: 'Docker đóng gói ứng dụng cùng libraries, runtime và code vào một container độc lập; container này chạy nhất quán trên bất kỳ môi trường nào.',
      anchor: 'cau-tra-loi',
    },
    {
      id: 'q1-2',
      kind: 'multiple',
      prompt: 'Bài học nêu những lợi ích nào của Docker trong MLOps? Chọn tất cả ý đúng.',
      choices: [
        { id: 'a', text: 'Reproducibility: tái tạo lại kết quả trên dev, staging, production' },
        { id: 'b', text: 'Isolation: các ứng dụng không can thiệp đến nhau' },
        { id: 'c', text: 'Portability: deploy từ laptop lên cloud không thay đổi code' },
        { id: 'd', text: 'Tự động tăng độ chính xác của model' },
        { id: 'e', text: 'Không còn cần CI/CD' },
      ],
      answers: ['a', 'b', 'c'],
      explanation: 'Bài học nêu Reproducibility, Isolation, Portability và hiệu quả cho ML pipeline (kể cả tích hợp CI/CD). Docker không làm model chính xác hơn, và nó đi cùng CI/CD chứ không thay thế.',
      anchor: 'tai-sao-quan-trong-trong-mlops',
    },
    {
      id: 'q1-3',
      kind: 'single',
      prompt: 'Vấn đề "works on my machine" được Docker giải quyết qua lợi ích nào?',
      choices: [
        { id: 'a', text: 'Reproducibility: mọi người dùng cùng môi trường, dependency versions, OS' },
        { id: 'b', text: 'Resource limits cho CPU và memory' },
        { id: 'c', text: 'Scale horizontal với Kubernetes' },
        { id: 'd', text: 'Docker Compose' },
      ],
      answer: 'a',
      explanation: 'Theo mục Reproducibility: mọi người dùng cùng một môi trường, dependency versions, OS, nên tránh được "works on my machine" problem.',
      anchor: 'tai-sao-quan-trong-trong-mlops',
    },
    {
      id: 'q1-4',
      kind: 'single',
      prompt: 'Isolation (cô lập) giúp gì khi một máy chạy nhiều model?',
      choices: [
        { id: 'a', text: 'Mọi model buộc phải dùng chung một phiên bản thư viện' },
        { id: 'b', text: 'Mỗi model có thể có version dependencies riêng mà không can thiệp lẫn nhau' },
        { id: 'c', text: 'Model chạy nhanh hơn vì không cần hệ điều hành' },
        { id: 'd', text: 'Không cần đặt giới hạn tài nguyên nữa' },
      ],
      answer: 'b',
      explanation: 'Isolation: các ứng dụng khác nhau không can thiệp đến nhau, mỗi model có thể có version dependencies riêng, và resource management (CPU, memory limits) rõ ràng.',
      anchor: 'tai-sao-quan-trong-trong-mlops',
    },
    {
      id: 'q1-5',
      kind: 'multiple',
      prompt: 'Trong ví dụ real-world của bài, pipeline ML được chia thành những container nào?',
      choices: [
        { id: 'a', text: 'Data Preparation Container' },
        { id: 'b', text: 'Model Training Container' },
        { id: 'c', text: 'Model Serving Container' },
        { id: 'd', text: 'Monitoring Container' },
        { id: 'e', text: 'Một container duy nhất làm mọi bước' },
      ],
      answers: ['a', 'b', 'c', 'd'],
      explanation: 'Ví dụ real-world: Data Preparation Container → Model Training Container → Model Serving Container → Monitoring Container; mỗi bước chạy trong container riêng biệt.',
      anchor: 'vi-du-real-world',
    },
  ],
};
