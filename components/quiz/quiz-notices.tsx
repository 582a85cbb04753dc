'use client';
// Vietnamese notices about saved quiz results that were reset or could not be written.
import { useQuizStore } from '@/lib/quiz/store';
import styles from './quiz.module.css';

export function QuizNotices() {
  const notices = useQuizStore((state) => state.notices);
  const dismiss = useQuizStore((state) => state.dismissNotice);
  return (
    <div role="status" aria-live="polite">
      {notices.map((notice) => (
        <p key={notice} className={styles.notice} data-testid="quiz-notice">
          <span>{notice}</span>{' '}
          <button type="button" onClick={() => dismiss(notice)}>
            Đã hiểu
          </button>
        </p>
      ))}
    </div>
  );
}
