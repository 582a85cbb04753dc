// A lesson quiz as the server draws it, before its code is loaded: the same form QuizIsland renders
// first (no answers, not graded), with real radios and checkboxes and a "Nộp bài" that QuizLoader
// holds. quiz-shell.test.tsx keeps the two identical, so nothing moves when the island takes over.
import type { QuizItem } from '@/lib/quiz/types';
import { QuestionFieldset } from './question-fieldset';
import styles from './quiz.module.css';

/** The input names of a lesson quiz's questions: one quiz per lesson, so the id is unique on the page. */
export const quizInputName = (quizId: string) => `lesson-quiz-${quizId}`;

export function QuizShell({ quizId, items }: { quizId: string; items: QuizItem[] }) {
  return (
    <form className={styles.quiz} data-testid="lesson-quiz" data-quiz={quizId} data-state="answering">
      <div role="status" aria-live="polite" />
      {items.map((item, index) => (
        <div key={item.question.id} className={styles.item}>
          <QuestionFieldset question={item.question} number={index + 1} name={quizInputName(quizId)} chosen={[]} disabled={false} />
        </div>
      ))}
      <div className={styles.actions}>
        <button type="submit">Nộp bài</button>
        <span className={styles.progress}>
          Đã trả lời {0}/{items.length} câu
        </span>
      </div>
      <div role="status" aria-live="polite" />
    </form>
  );
}
