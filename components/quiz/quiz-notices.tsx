'use client';
// Vietnamese notices about saved quiz results that were reset or could not be written.
import { useRef } from 'react';
import { useQuizStore } from '@/lib/quiz/store';
import { focusAfterDismiss } from '@/components/progress/notice-focus';
import styles from './quiz.module.css';

export function QuizNotices() {
  const notices = useQuizStore((state) => state.notices);
  const dismiss = useQuizStore((state) => state.dismissNotice);
  const region = useRef<HTMLDivElement>(null);
  return (
    <div ref={region} role="status" aria-live="polite">
      {notices.map((notice) => (
        <p key={notice} className={styles.notice} data-testid="quiz-notice">
          <span>{notice}</span>{' '}
          <button
            type="button"
            onClick={(event) => {
              focusAfterDismiss(region.current, event.currentTarget);
              dismiss(notice);
            }}
          >
            Đã hiểu
          </button>
        </p>
      ))}
    </div>
  );
}
