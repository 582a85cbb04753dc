'use client';
// Reads saved progress once the page has hydrated, so server HTML and first client render agree,
// and shows what could not be kept from the saved state (never a crash, never silent).
import { useEffect } from 'react';
import { useProgress } from '@/lib/store';
import { ProgressNotices } from './progress-notices';

export function StoreHydrator() {
  useEffect(() => {
    if (!useProgress.persist.hasHydrated()) void useProgress.persist.rehydrate();
  }, []);
  return <ProgressNotices />;
}
