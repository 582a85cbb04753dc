import type { Chapter, LessonMeta } from '@/lib/content/lessons.server';
import { LevelBadge } from '@/components/lesson/level-badge';
import { QuestionCard } from './question-card';

/** One chapter on the course page: its questions grouped by level, then what comes next. */
export function ChapterOverview({ chapter, lessons }: { chapter: Chapter; lessons: LessonMeta[] }) {
  return (
    <section className="chapter" id={chapter.slug} aria-labelledby={`${chapter.slug}-title`}>
      <header className="chapter__header">
        <p className="chapter__eyebrow">
          Chương {chapter.order} · {lessons.length} câu hỏi
        </p>
        <h2 id={`${chapter.slug}-title`}>{chapter.title}</h2>
        <p>{chapter.description}</p>
      </header>
      {chapter.groups.map((group) => {
        const inGroup = lessons.filter((lesson) => lesson.level === group.level);
        if (inGroup.length === 0) return null;
        return (
          <div className="question-group" key={group.level}>
            <h3>
              {group.title} <LevelBadge level={group.level} />
            </h3>
            <ol className="question-list">
              {inGroup.map((lesson) => (
                <QuestionCard key={lesson.slug} lesson={lesson} />
              ))}
            </ol>
          </div>
        );
      })}
    </section>
  );
}
