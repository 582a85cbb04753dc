'use client';
// Reads saved quiz results after the first render, and says when they are in (no flash of defaults).
import { useEffect, useSyncExternalStore } from 'react';
import { rehydrateQuizStore, useQuizStore } from '@/lib/quiz/store';

export function useQuizHydrated(): boolean {
  useEffect(rehydrateQuizStore, []);
  return useSyncExternalStore(useQuizStore.persist.onFinishHydration, useQuizStore.persist.hasHydrated, () => false);
}
