'use client';
// Reads saved progress once the page has hydrated, so server HTML and first client render agree,
// and shows what could not be kept from the saved state (never a crash, never silent). Follows what
// other tabs save, so a tab opened earlier does not overwrite their work with its older state.
import { useEffect } from 'react';
import { PROGRESS_STORAGE_KEY, adoptProgressSavedElsewhere, useProgress } from '@/lib/store';
import { ProgressNotices } from './progress-notices';

export function StoreHydrator() {
  useEffect(() => {
    if (!useProgress.persist.hasHydrated()) void useProgress.persist.rehydrate();
    const onStorage = (event: StorageEvent) => {
      if (event.key === PROGRESS_STORAGE_KEY) void adoptProgressSavedElsewhere(event.newValue);
    };
    window.addEventListener('storage', onStorage);
    return () => window.removeEventListener('storage', onStorage);
  }, []);
  return <ProgressNotices />;
}
