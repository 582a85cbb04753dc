'use client';
// Vietnamese notices about saved progress that was reset or could not be written.
import { useProgress } from '@/lib/store';

export function ProgressNotices() {
  const notices = useProgress((state) => state.notices);
  const dismiss = useProgress((state) => state.dismissNotice);
  return (
    <div role="status" aria-live="polite" className="progress-notices">
      {notices.map((notice) => (
        <p key={notice} className="progress-notice" data-testid="progress-notice">
          <span>{notice}</span>{' '}
          <button type="button" onClick={() => dismiss(notice)}>
            Đã hiểu
          </button>
        </p>
      ))}
    </div>
  );
}
