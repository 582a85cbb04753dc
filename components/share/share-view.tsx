'use client';
// The /share/ page: reads the link's hash (never sent to a server), validates it, and shows the
// assignment or the re-graded result; anything wrong becomes a Vietnamese message, never a crash.
import { useEffect, useState } from 'react';
import Link from 'next/link';
import { readShareLink, type ShareLinkState } from './read-share-link';
import { assignmentProgressKey } from './assignment-key';
import { AssignmentView } from './assignment-view';
import { ResultView } from './result-view';
import styles from './share.module.css';

export function ShareView() {
  const [state, setState] = useState<ShareLinkState>({ status: 'reading' });

  useEffect(() => {
    const read = () => setState(readShareLink(window.location.hash));
    read();
    window.addEventListener('hashchange', read);
    return () => window.removeEventListener('hashchange', read);
  }, []);

  if (state.status === 'reading') return <p className={styles.view}>Đang đọc liên kết…</p>;
  if (state.status === 'error') {
    return (
      <div className={styles.view}>
        <h1>Không mở được liên kết</h1>
        <p role="alert" className={styles.error} data-testid="share-error">
          {state.message}
        </p>
        <p>
          Phần còn lại của trang vẫn dùng bình thường: <Link href="/">về trang khoá học</Link> hoặc mở{' '}
          <Link href="/playground/">trình soạn thảo tự do</Link>.
        </p>
      </div>
    );
  }
  // One view per link: another link pasted over this one (a hash change) starts afresh, so the first
  // assignment's code in the editor is neither shown under the second nor saved as its work.
  const key = assignmentProgressKey(state.payload);
  return state.payload.kind === 'assignment' ? (
    <AssignmentView key={key} payload={state.payload} exercise={state.exercise} />
  ) : (
    <ResultView key={key} payload={state.payload} exercise={state.exercise} />
  );
}
