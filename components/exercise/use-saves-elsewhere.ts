'use client';
// Every tab of the site keeps one saved copy of an exercise (lib/progress/sync.ts). An editor that
// kept its own copy wrote it back over what another tab had saved since: it takes up those saves.
import { useCallback, useEffect, useRef } from 'react';
import { useProgress } from '@/lib/store';
import { sameDraft, type Draft } from './starter';

export const SAVED_ELSEWHERE = 'Mã đã được cập nhật theo bản vừa lưu ở một tab khác.';

/**
 * Calls `takeUp(before, saved)` when another tab saves other files for `id` (null: none) while this
 * editor shows what was saved before. With typing of its own not saved yet, the editor keeps that:
 * it is saved in a moment, and the other tab takes it up in turn. `unsaved` fills in a file never
 * saved (no .dockerignore) and stands for the files when nothing was saved yet.
 *
 * `before` is what "Hoàn tác" goes back to: what this tab showed before other tabs' saves began
 * replacing it. Saves taken up one after another, nothing typed here in between, are one change to
 * undo, until the returned `endUndo` is called: when its notice goes (undone, closed, timed out) or
 * another change replaces the files.
 */
export function useSavesElsewhere(id: string | null, unsaved: Draft, shown: Draft, takeUp: (before: Draft, saved: Draft) => void): () => void {
  const latest = useRef({ shown, takeUp });
  /** The saves taken up since the notice came up: what was shown before them, and the last one. */
  const run = useRef<{ before: Draft; after: Draft } | null>(null);
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
      const undoTo = run.current && sameDraft(run.current.after, onScreen) ? run.current.before : onScreen;
      follow(undoTo, next);
      run.current = { before: undoTo, after: next };
    });
  }, [id, unsaved]);
  return useCallback(() => {
    run.current = null;
  }, []);
}
