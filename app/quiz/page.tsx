import type { Metadata } from 'next';
import { MixedQuiz } from '@/components/quiz/mixed-quiz';
import { allQuizItems, quizLessons } from '@/lib/quiz/items.server';

export const metadata: Metadata = {
  title: 'Trắc nghiệm tổng hợp',
  description: 'Câu hỏi và bài Dockerfile trộn từ nhiều bài học, có bấm giờ nếu muốn, chấm điểm và giải thích từng câu sai.',
  alternates: { canonical: '/quiz/' },
};

export default function QuizPage() {
  return (
    <div className="quiz-page">
      <h1>Trắc nghiệm tổng hợp</h1>
      <p>Chọn bài và số câu hỏi: câu hỏi lý thuyết và câu hỏi Dockerfile (chấm bằng chính trình phân tích của khoá học) được trộn ngẫu nhiên. Kết quả chỉ lưu trên trình duyệt này.</p>
      <MixedQuiz items={allQuizItems()} lessons={quizLessons()} />
    </div>
  );
}
