'use client';
// The unreadable save a store set aside (lib/browser-storage.ts keepBackup), as a file: the notice
// says the old save is kept, and this is how the learner gets it back (to keep, or to send to
// whoever helps them recover it).
import { useState } from 'react';
import { readBackup } from '@/lib/browser-storage';
import { downloadText, fileDate } from '@/lib/download';

export function BackupDownload({ storageKey, fileName }: { storageKey: string; fileName: string }) {
  const [gone, setGone] = useState(false);
  function download() {
    const raw = readBackup(storageKey);
    setGone(raw === null);
    // Kept byte for byte as it was found: broken, it may not even be JSON.
    if (raw !== null) downloadText(raw, `${fileName}-${fileDate()}.txt`, 'text/plain;charset=utf-8');
  }
  return (
    <>
      <button type="button" className="button button--small" onClick={download}>
        Tải bản cũ về máy
      </button>
      {gone ? <span> Bộ nhớ trình duyệt không còn bản cũ này.</span> : null}
    </>
  );
}
