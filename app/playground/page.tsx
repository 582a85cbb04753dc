import type { Metadata } from 'next';
import { Playground } from '@/components/playground/playground';
import { ProgressTransfer } from '@/components/progress/progress-transfer';

export const metadata: Metadata = {
  title: 'Sân chơi Dockerfile',
  description: 'Viết hoặc dán một Dockerfile, xem mọi phát hiện của trình phân tích và chia sẻ bằng liên kết.',
};

export default function PlaygroundPage() {
  return (
    <div className="playground-page">
      <h1>Sân chơi Dockerfile</h1>
      <p>Viết hoặc dán một Dockerfile: trình phân tích chạy ngay trong trình duyệt, không gửi mã đi đâu cả.</p>
      <Playground />
      <section aria-labelledby="progress-transfer-title" className="progress-transfer-section">
        <h2 id="progress-transfer-title">Tiến độ học</h2>
        <p>Tiến độ chỉ lưu trên trình duyệt này. Xuất ra tệp JSON để sao lưu hoặc chuyển sang máy khác.</p>
        <ProgressTransfer />
      </section>
    </div>
  );
}
