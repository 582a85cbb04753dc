'use client';
import { useProgress } from '@/lib/store';

/** "Đã đọc" once the learner has opened the lesson on this device. Empty on the server and before hydration. */
export function LessonReadStatus({ lessonKey }: { lessonKey: string }) {
  const readAt = useProgress((state) => state.lessonsRead[lessonKey]);
  if (!readAt) return null;
  return (
    <span className="status-pill status-pill--read">
      <svg viewBox="0 0 16 16" width="14" height="14" aria-hidden="true">
        <path d="m3 8.5 3 3 7-7" fill="none" stroke="currentColor" strokeWidth="2" strokeLinecap="round" strokeLinejoin="round" />
      </svg>
      Đã đọc
    </span>
  );
}
