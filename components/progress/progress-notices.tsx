'use client';
// Vietnamese notices about saved progress that was reset or could not be written: at the top of the
// page's content, where they are seen (a reset nobody notices is a silent loss).
import { useRef } from 'react';
import { NOTICE_BACKUP_KEPT } from '@/lib/browser-storage';
import { PROGRESS_BACKUP_KEY, useProgress } from '@/lib/store';
import { BackupDownload } from './backup-download';
import { focusAfterDismiss } from './notice-focus';

export function ProgressNotices() {
  const notices = useProgress((state) => state.notices);
  const dismiss = useProgress((state) => state.dismissNotice);
  const region = useRef<HTMLDivElement>(null);
  return (
    <div ref={region} role="status" aria-live="polite" className="progress-notices">
      {notices.map((notice) => (
        <p key={notice} className="progress-notice" data-testid="progress-notice">
          <span>{notice}</span>{' '}
          {notice.includes(NOTICE_BACKUP_KEPT) ? <BackupDownload storageKey={PROGRESS_BACKUP_KEY} fileName="tien-do-hocdocker-ban-cu" /> : null}{' '}
          <button
            type="button"
            className="button button--small"
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
