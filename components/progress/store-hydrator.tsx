'use client';
// Reads saved progress once the page has hydrated, so server HTML and first client render agree.
import { useEffect } from 'react';
import { useProgress } from '@/lib/store';

export function StoreHydrator() {
  useEffect(() => {
    void useProgress.persist.rehydrate();
  }, []);
  return null;
}
