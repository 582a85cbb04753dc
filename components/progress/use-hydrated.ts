'use client';
// True once saved progress has been read, so "best score" and saved code never flash defaults.
import { useSyncExternalStore } from 'react';
import { useProgress } from '@/lib/store';

export function useHydrated(): boolean {
  return useSyncExternalStore(useProgress.persist.onFinishHydration, useProgress.persist.hasHydrated, () => false);
}
