'use client';
// A page that crashed while it was shown: Vietnamese words and a way on, instead of Next's English
// "Application error: a client-side exception has occurred". The header and footer stay (they belong
// to the layout), and what the learner saved is in this browser's storage, which a crash never touches.
import Link from 'next/link';
import { useEffect } from 'react';

export default function PageError({ error, reset }: { error: Error & { digest?: string }; reset: () => void }) {
  // Still in the console for whoever reports it.
  useEffect(() => console.error(error), [error]);
  return (
    <div className="not-found" role="alert">
      <h1>Trang này gặp lỗi khi hiển thị</h1>
      <p>Đã có lỗi ngoài ý muốn trong trình duyệt. Bài làm đã lưu vẫn còn nguyên trên máy này: hãy thử lại, hoặc quay về trang khoá học.</p>
      <p>
        <button type="button" className="button button--primary" onClick={reset}>
          Thử lại
        </button>{' '}
        <Link href="/">← Về trang khoá học</Link>
      </p>
    </div>
  );
}
