'use client';
// Vietnamese notices about saved quiz results that were reset or could not be written.
import { useRef } from 'react';
import { NOTICE_BACKUP_KEPT } from '@/lib/browser-storage';
import { QUIZ_BACKUP_KEY, useQuizStore } from '@/lib/quiz/store';
import { BackupDownload } from '@/components/progress/backup-download';
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
          {notice.includes(NOTICE_BACKUP_KEPT) ? <BackupDownload storageKey={QUIZ_BACKUP_KEY} fileName="trac-nghiem-hocdocker-ban-cu" /> : null}{' '}
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
