// Question 2 quiz: image versus container, and their lifecycle.
import type { LessonQuiz } from '@/lib/quiz/types';

export const q2: LessonQuiz = {
  id: 'q2',
  question: 2,
  questions: [
    {
      id: 'q2-1',
      kind: 'single',
      prompt: 'Câu nào mô tả đúng Docker Image và Docker Container?',
      choices: [
        { id: 'a', text: 'Image là template immutable; container là running instance của một image, có writable layer riêng' },
        { id: 'b', text: 'Container là template; image là process đang chạy' },
        { id: 'c', text: 'Image và container là hai tên gọi của cùng một thứ' },
        { id: 'd', text: 'Image thay đổi mỗi khi container ghi file' },
      ],
      answer: 'a',
      explanation: 'Bảng so sánh: image là Template/Blueprint, Immutable; container là Running instance của một image, Mutable với writable layer riêng.',
      anchor: 'cau-tra-loi',
    },
    {
      id: 'q2-2',
      kind: 'single',
      prompt: 'Từ một image my-model:v1 có thể tạo bao nhiêu container?',
      choices: [
        { id: 'a', text: 'Đúng một container' },
        { id: 'b', text: 'Nhiều containers, mỗi container là một instance độc lập' },
        { id: 'c', text: 'Hai container: một để train, một để serve' },
        { id: 'd', text: 'Phải build lại image cho mỗi container' },
      ],
      answer: 'b',
      explanation: '1 image có thể tạo nhiều containers; mỗi container là instance độc lập (bài chạy docker run -d my-model:v1 hai lần để có Container 1 và Container 2).',
      anchor: 'lifecycle-chi-tiet',
    },
    {
      id: 'q2-3',
      kind: 'single',
      prompt: 'Lệnh nào tạo một container từ image my-model:v1?',
      choices: [
        { id: 'a', text: 'docker build -t my-model:v1 .' },
        { id: 'b', text: 'docker run -d my-model:v1' },
        { id: 'c', text: 'docker logs my-model:v1' },
        { id: 'd', text: 'docker history my-model:v1' },
      ],
      answer: 'b',
      explanation: 'docker build tạo image từ Dockerfile; docker run tạo (và chạy) container từ image.',
      anchor: 'lifecycle-chi-tiet',
    },
    {
      id: 'q2-4',
      kind: 'single',
      prompt: 'Thứ tự lifecycle của container theo bài học là gì?',
      choices: [
        { id: 'a', text: 'Removed → Stopped → Running → Paused' },
        { id: 'b', text: 'Running → Paused → Stopped → Removed' },
        { id: 'c', text: 'Built → Pushed → Pulled → Deleted' },
        { id: 'd', text: 'Stopped → Running → Removed → Paused' },
      ],
      answer: 'b',
      explanation: 'Container lifecycle: Running → Paused → Stopped → Removed. Image thì tồn tại cho đến khi xoá.',
      anchor: 'lifecycle-chi-tiet',
    },
    {
      id: 'q2-5',
      kind: 'multiple',
      prompt: 'Thiết kế image/container mang lại lợi ích nào trong MLOps? Chọn tất cả ý đúng.',
      choices: [
        { id: 'a', text: 'Dễ scale: 1 image → nhiều containers chạy model serving' },
        { id: 'b', text: 'Experiment: tạo containers tạm thời cho testing' },
        { id: 'c', text: 'Version control: quản lý image versions như git' },
        { id: 'd', text: 'Thay đổi trong container tự động ghi ngược vào image' },
        { id: 'e', text: 'Resource isolation: mỗi container có resource limits riêng' },
      ],
      answers: ['a', 'b', 'c', 'e'],
      explanation: 'Bài nêu bốn lợi ích: dễ scale, experiment, version control, resource isolation. Image là immutable: thay đổi trong writable layer của container không ghi ngược vào image.',
      anchor: 'loi-ich-cua-design-nay-trong-mlops',
    },
  ],
};
