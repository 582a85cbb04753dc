'use client';
import { useEffect } from 'react';
import { useProgress } from '@/lib/store';

/**
 * Marks the lesson read once saved progress is loaded: marking earlier would persist a state
 * without the learner's other lessons and overwrite them.
 */
export function MarkLessonRead({ lessonKey }: { lessonKey: string }) {
  useEffect(() => {
    const mark = () => useProgress.getState().markLessonRead(lessonKey);
    if (useProgress.persist.hasHydrated()) {
      mark();
      return undefined;
    }
    return useProgress.persist.onFinishHydration(mark);
  }, [lessonKey]);
  return null;
}
