import type { Metadata } from 'next';
import { ChapterOverview } from '@/components/home/chapter-overview';
import { UpcomingChapter } from '@/components/home/upcoming-chapter';
import { SITE_DESCRIPTION, SITE_NAME } from '@/components/layout/site';
import { QuizNotices } from '@/components/quiz/quiz-notices';
import { getChapters, getLessons } from '@/lib/content/lessons.server';

export const metadata: Metadata = {
  title: { absolute: SITE_NAME },
  description: SITE_DESCRIPTION,
  alternates: { canonical: '/' },
};

export default function CoursePage() {
  const chapters = getChapters();
  const upcoming = chapters.at(-1)?.next;
  return (
    <div className="home">
      <header className="home-hero">
        <p className="home-hero__kicker">Khoá học tương tác · tiếng Việt</p>
        <h1>{SITE_NAME}</h1>
        <p>
          Đọc câu trả lời cho từng câu hỏi phỏng vấn, rồi tự viết và sửa Dockerfile ngay trong trình duyệt để được chấm điểm
          tức thì. Tiến độ được lưu trên thiết bị của bạn.
        </p>
      </header>
      {/* The cards read the saved quiz scores: one that was broken and reset is said here, not dropped silently. */}
      <QuizNotices />
      {chapters.map((chapter) => (
        <ChapterOverview key={chapter.slug} chapter={chapter} lessons={getLessons(chapter.slug)} />
      ))}
      {upcoming ? <UpcomingChapter upcoming={upcoming} /> : null}
    </div>
  );
}
