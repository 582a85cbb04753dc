'use client';
// Saves the learner's code a moment after they stop typing, and says so ("Đã lưu"). Binary junk
// pasted by mistake is not saved: the code saved before it is still there after a reload.
import { useEffect, useRef, useState } from 'react';
import { firstBinaryLine } from '@/components/editor/binary-content';
import { useProgress, type ExerciseFiles } from '@/lib/store';

export const AUTOSAVE_DELAY_MS = 400;

export type SaveState = 'saved' | 'pending' | 'too-large' | 'binary';

/** How each mounted autosave writes what is still waiting for its delay. */
const flushes = new Set<() => void>();

/**
 * Writes every save still waiting for its delay. Call it before reading saved code to show in place
 * of an editor still on screen: its last keystrokes are then in what is read, not written after it.
 */
export function flushAutosaves(): void {
  for (const flush of flushes) flush();
}

function save(saveCode: (id: string, files: ExerciseFiles) => boolean, id: string, code: string, dockerignore: string | undefined): SaveState {
  if (firstBinaryLine(code) !== null || (dockerignore !== undefined && firstBinaryLine(dockerignore) !== null)) return 'binary';
  return saveCode(id, { code, ...(dockerignore === undefined ? {} : { dockerignore }) }) ? 'saved' : 'too-large';
}

/** `id` null: nothing is saved (the playground showing a link's code over the learner's own). */
export function useAutosave(id: string | null, code: string, dockerignore: string | undefined): SaveState {
  const saveCode = useProgress((state) => state.saveCode);
  const [state, setState] = useState<SaveState>('saved');
  const first = useRef(true);
  const latest = useRef({ id, code, dockerignore, pending: false });

  // A tab closed during the delay still keeps the last keystrokes.
  useEffect(() => {
    const flush = () => {
      const { id: key, code: text, dockerignore: ignore, pending } = latest.current;
      latest.current.pending = false;
      if (pending && key !== null) save(saveCode, key, text, ignore);
    };
    flushes.add(flush);
    window.addEventListener('pagehide', flush);
    return () => {
      flushes.delete(flush);
      window.removeEventListener('pagehide', flush);
      flush();
    };
  }, [saveCode]);

  useEffect(() => {
    // The first render shows what is already saved (or the starter): nothing new to write.
    if (first.current) {
      first.current = false;
      return;
    }
    latest.current = { id, code, dockerignore, pending: id !== null };
    setState(id === null ? 'saved' : 'pending');
    const timer = setTimeout(() => {
      latest.current.pending = false;
      if (id !== null) setState(save(saveCode, id, code, dockerignore));
    }, AUTOSAVE_DELAY_MS);
    return () => clearTimeout(timer);
  }, [id, code, dockerignore, saveCode]);

  return state;
}
