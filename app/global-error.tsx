'use client';
// A crash in the site's own frame (header, footer), where app/error.tsx cannot reach: the same
// Vietnamese words on a page of their own, since the layout that failed cannot be drawn.
import { CrashNotice } from '@/components/layout/crash-notice';
import './globals.css';

export default function GlobalError({ reset }: { error: Error & { digest?: string }; reset: () => void }) {
  return (
    <html lang="vi">
      <body>
        <main className="site-main">
          <CrashNotice reset={reset} />
        </main>
      </body>
    </html>
  );
}
