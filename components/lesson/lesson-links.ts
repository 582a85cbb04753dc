// URLs and labels of lessons, shared by the home page, the lesson page and the sitemap.
import type { LessonMeta } from '@/lib/content/lessons.server';

export function lessonHref(lesson: Pick<LessonMeta, 'chapter' | 'slug'>): string {
  return `/${lesson.chapter}/${lesson.slug}/`;
}

/** The key of a lesson in the progress store: `docker/<slug>`. */
export function lessonKey(lesson: Pick<LessonMeta, 'chapter' | 'slug'>): string {
  return `${lesson.chapter}/${lesson.slug}`;
}

export function questionLabel(lesson: Pick<LessonMeta, 'question'>): string {
  return `Câu ${lesson.question}`;
}

export const LEVEL_LABELS: Record<LessonMeta['level'], string> = {
  basic: 'Cơ bản',
  advanced: 'Nâng cao',
};
