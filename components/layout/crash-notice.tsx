'use client';
// What a crashed page says (app/error.tsx, app/global-error.tsx): in Vietnamese, that saved work is
// still on this device, with "Thử lại" and a way back to the course.
import Link from 'next/link';

export function CrashNotice({ reset }: { reset: () => void }) {
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
