import { SITE_NAME } from './site';

export function SiteFooter() {
  return (
    <footer className="site-footer">
      <div className="site-footer__inner">
        <p>
          <strong>{SITE_NAME}</strong> — ôn mười câu hỏi phỏng vấn MLOps về Docker và Dockerfile.
        </p>
        <p>Tiến độ học chỉ được lưu trên thiết bị của bạn; trang không gửi dữ liệu đi đâu cả.</p>
      </div>
    </footer>
  );
}
