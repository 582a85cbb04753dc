// `<Quiz id="q3" />` in a lesson's MDX. A server component: questions are resolved with the headings
// that teach them here; only the small QuizIsland hydrates.
import { lessonQuizItems } from '@/lib/quiz/items.server';
import { QuizIsland } from './quiz-island';

export function Quiz({ id }: { id: string }) {
  const items = lessonQuizItems(id);
  if (!items) {
    return (
      <section aria-label="Kiểm tra nhanh" data-quiz={id}>
        <p>Không tìm thấy bài kiểm tra {id}.</p>
      </section>
    );
  }
  return (
    <section aria-label="Kiểm tra nhanh" data-quiz={id}>
      <p>
        {items.length} câu hỏi ngắn về bài này. Chọn đáp án rồi bấm &quot;Nộp bài&quot; để xem điểm và lời giải thích từng câu.
      </p>
      <QuizIsland quizId={id} items={items} />
    </section>
  );
}
