import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { Breadcrumbs } from '@/components/lesson/breadcrumbs';
import { LessonContent } from '@/components/lesson/lesson-content';
import { LessonPager } from '@/components/lesson/lesson-pager';
import { lessonHref, lessonKey, questionLabel } from '@/components/lesson/lesson-links';
import { LevelBadge } from '@/components/lesson/level-badge';
import { MarkLessonRead } from '@/components/lesson/mark-lesson-read';
import { AsideTableOfContents, InlineTableOfContents, TOC_MIN_HEADINGS } from '@/components/lesson/table-of-contents';
import { getChapters, getLesson, getLessons } from '@/lib/content/lessons.server';

const CHAPTER = 'docker';

export const dynamicParams = false;

export function generateStaticParams() {
  return getLessons(CHAPTER).map((lesson) => ({ slug: lesson.slug }));
}

export async function generateMetadata({ params }: PageProps<'/docker/[slug]'>): Promise<Metadata> {
  const { slug } = await params;
  const lesson = getLesson(CHAPTER, slug);
  if (!lesson) return {};
  const title = `${questionLabel(lesson)}. ${lesson.title}`;
  const url = lessonHref(lesson);
  return {
    title,
    description: lesson.summary,
    alternates: { canonical: url },
    openGraph: { type: 'article', locale: 'vi_VN', title, description: lesson.summary, url },
  };
}

export default async function LessonPage({ params }: PageProps<'/docker/[slug]'>) {
  const { slug } = await params;
  const lesson = getLesson(CHAPTER, slug);
  const chapter = getChapters().find((c) => c.slug === CHAPTER);
  if (!lesson || !chapter) notFound();

  const lessons = getLessons(CHAPTER);
  const index = lessons.findIndex((l) => l.slug === slug);
  const showToc = lesson.headings.length >= TOC_MIN_HEADINGS;

  return (
    <div className="lesson-layout">
      <article className="lesson">
        <Breadcrumbs
          trail={[
            { label: 'Khoá học', href: '/' },
            { label: chapter.title, href: `/#${chapter.slug}` },
            { label: questionLabel(lesson) },
          ]}
        />
        <header className="lesson-header">
          <LevelBadge level={lesson.level} />
          <h1>
            {questionLabel(lesson)}. {lesson.title}
          </h1>
          <p className="lesson-summary">{lesson.summary}</p>
        </header>
        {showToc ? <InlineTableOfContents headings={lesson.headings} /> : null}
        <LessonContent lesson={lesson} />
        <LessonPager previous={lessons[index - 1] ?? null} next={lessons[index + 1] ?? null} upcoming={chapter.next} />
      </article>
      {showToc ? <AsideTableOfContents headings={lesson.headings} /> : null}
      <MarkLessonRead lessonKey={lessonKey(lesson)} />
    </div>
  );
}
