'use client';
// Saves the learner's code a moment after they stop typing, and says so ("Đã lưu").
import { useEffect, useRef, useState } from 'react';
import { useProgress } from '@/lib/store';

export const AUTOSAVE_DELAY_MS = 400;

export type SaveState = 'saved' | 'pending' | 'too-large';

export function useAutosave(id: string, code: string, dockerignore: string | undefined): SaveState {
  const saveCode = useProgress((state) => state.saveCode);
  const [state, setState] = useState<SaveState>('saved');
  const first = useRef(true);
  const latest = useRef({ id, code, dockerignore, pending: false });

  // A tab closed during the delay still keeps the last keystrokes.
  useEffect(() => {
    const flush = () => {
      const { id: key, code: text, dockerignore: ignore, pending } = latest.current;
      if (pending) saveCode(key, { code: text, ...(ignore === undefined ? {} : { dockerignore: ignore }) });
    };
    window.addEventListener('pagehide', flush);
    return () => {
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
    latest.current = { id, code, dockerignore, pending: true };
    setState('pending');
    const timer = setTimeout(() => {
      latest.current.pending = false;
      const ok = saveCode(id, { code, ...(dockerignore === undefined ? {} : { dockerignore }) });
      setState(ok ? 'saved' : 'too-large');
    }, AUTOSAVE_DELAY_MS);
    return () => clearTimeout(timer);
  }, [id, code, dockerignore, saveCode]);

  return state;
}
