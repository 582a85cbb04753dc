'use client';
// Every tab of the site keeps one saved copy of an exercise (lib/progress/sync.ts). An editor that
// kept its own copy wrote it back over what another tab had saved since: it takes up those saves.
import { useEffect, useRef } from 'react';
import { useProgress } from '@/lib/store';
import { sameDraft, type Draft } from './starter';

export const SAVED_ELSEWHERE = 'Mã đã được cập nhật theo bản vừa lưu ở một tab khác.';

/**
 * Calls `takeUp(shown, saved)` when another tab saves other files for `id` (null: none) while this
 * editor shows what was saved before. With typing of its own not saved yet, the editor keeps that:
 * it is saved in a moment, and the other tab takes it up in turn. `unsaved` fills in a file never
 * saved (no .dockerignore) and stands for the files when nothing was saved yet.
 */
export function useSavesElsewhere(id: string | null, unsaved: Draft, shown: Draft, takeUp: (shown: Draft, saved: Draft) => void): void {
  const latest = useRef({ shown, takeUp });
  useEffect(() => {
    latest.current = { shown, takeUp };
  });
  useEffect(() => {
    if (id === null) return;
    return useProgress.subscribe((state, previous) => {
      const now = state.exercises[id];
      const before = previous.exercises[id];
      if (!now || now === before) return;
      const next = { code: now.code, dockerignore: now.dockerignore ?? unsaved.dockerignore };
      const known = before ? { code: before.code, dockerignore: before.dockerignore ?? unsaved.dockerignore } : unsaved;
      const { shown: onScreen, takeUp: follow } = latest.current;
      if (sameDraft(next, known) || sameDraft(next, onScreen) || !sameDraft(onScreen, known)) return;
      latest.current.shown = next;
      follow(onScreen, next);
    });
  }, [id, unsaved]);
}
