'use client';
// A page that crashed while it was shown: Vietnamese words and a way on, instead of Next's English
// "Application error: a client-side exception has occurred". The header and footer stay (they belong
// to the layout), and what the learner saved is in this browser's storage, which a crash never touches.
import { useEffect } from 'react';
import { CrashNotice } from '@/components/layout/crash-notice';

export default function PageError({ error, reset }: { error: Error & { digest?: string }; reset: () => void }) {
  // Still in the console for whoever reports it.
  useEffect(() => console.error(error), [error]);
  return <CrashNotice reset={reset} />;
}
