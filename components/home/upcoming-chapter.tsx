import type { Chapter } from '@/lib/content/lessons.server';

/** An honest mention of the next chapter: no link until it exists. */
export function UpcomingChapter({ upcoming }: { upcoming: NonNullable<Chapter['next']> }) {
  return (
    <p className="coming-soon">
      <strong>{upcoming.title} — sắp ra mắt</strong>
      <span>Chương tiếp theo của khoá học đang được biên soạn.</span>
    </p>
  );
}
