'use client';
// A crash in the site's own frame (header, footer), where app/error.tsx cannot reach: the same
// Vietnamese words on a page of their own, since the layout that failed cannot be drawn.
import Link from 'next/link';
import './globals.css';

export default function GlobalError({ reset }: { error: Error & { digest?: string }; reset: () => void }) {
  return (
    <html lang="vi">
      <body>
        <main className="site-main">
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
        </main>
      </body>
    </html>
  );
}
