// `<Quiz id="q3" />` in a lesson's MDX. A server component: questions are resolved with the headings
// that teach them here. The form is drawn here (QuizShell); its code, QuizIsland, loads when the quiz
// nears the viewport (QuizLoader).
import { lessonQuizItems } from '@/lib/quiz/items.server';
import { QuizLoader } from './quiz-loader';
import { QuizShell } from './quiz-shell';

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
      <QuizLoader quizId={id} items={items}>
        <QuizShell quizId={id} items={items} />
      </QuizLoader>
    </section>
  );
}
