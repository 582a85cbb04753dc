import type { Metadata } from 'next';
import { ResultsBoard } from '@/components/results/results-board';
import styles from '@/components/results/results.module.css';

export const metadata: Metadata = {
  title: 'Bảng kết quả lớp',
  description: 'Dán các liên kết kết quả học viên gửi: mỗi bài được chấm lại ngay trên trình duyệt và gom vào một bảng.',
  // The board is the instructor's own work space: nothing on it to index.
  robots: { index: false },
};

export default function ResultsPage() {
  return (
    <div className={styles.page}>
      <h1>Bảng kết quả lớp</h1>
      <p>
        Dán các liên kết học viên gửi bằng nút “Gửi kết quả”, mỗi dòng một liên kết. Mỗi Dockerfile được chấm lại ngay trên máy bạn theo bảng
        tiêu chí trong liên kết; điểm không bao giờ lấy từ liên kết. Danh sách chỉ lưu trên trình duyệt này.
      </p>
      <ResultsBoard />
    </div>
  );
}
