import type { Metadata } from 'next';
import { ShareView } from '@/components/share/share-view';

export const metadata: Metadata = {
  title: 'Bài giao và kết quả',
  description: 'Mở liên kết bài giao của giảng viên hoặc liên kết kết quả của học viên; bài được chấm lại ngay trên trình duyệt.',
  // Every share page is the same empty shell; its content lives in the link's hash.
  robots: { index: false },
};

export default function SharePage() {
  return <ShareView />;
}
