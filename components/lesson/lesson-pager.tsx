import Link from 'next/link';
import type { Chapter, LessonMeta } from '@/lib/content/lessons.server';
import { lessonHref, questionLabel } from './lesson-links';

interface LessonPagerProps {
  previous: LessonMeta | null;
  next: LessonMeta | null;
  /** Shown after the chapter's last question instead of a dead link. */
  upcoming?: Chapter['next'];
}

export function LessonPager({ previous, next, upcoming }: LessonPagerProps) {
  return (
    <nav className="lesson-pager" aria-label="Câu trước và câu sau">
      {previous ? (
        <Link className="pager-link pager-link--previous" href={lessonHref(previous)} rel="prev">
          <span className="pager-link__label">← Câu trước</span>
          <span className="pager-link__title">
            {questionLabel(previous)}. {previous.title}
          </span>
        </Link>
      ) : null}
      {next ? (
        <Link className="pager-link pager-link--next" href={lessonHref(next)} rel="next">
          <span className="pager-link__label">Câu sau →</span>
          <span className="pager-link__title">
            {questionLabel(next)}. {next.title}
          </span>
        </Link>
      ) : upcoming ? (
        <p className="pager-link pager-link--next pager-link--soon">
          <span className="pager-link__label">Chương tiếp theo</span>
          <span className="pager-link__title">{upcoming.title} — sắp ra mắt</span>
        </p>
      ) : null}
    </nav>
  );
}
