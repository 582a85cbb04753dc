import 'server-only';
// The site's search documents from the content on disk and the rule registry, at build time.
import { getAllLessons, getLesson } from '@/lib/content/lessons.server';
import { rules } from '@/lib/dockerfile/rules';
import { CATEGORY_LABELS } from '@/components/rules/labels';
import { buildSearchDocuments, type SearchDocument, type SearchableLesson } from './documents';

export function siteSearchDocuments(): SearchDocument[] {
  const lessons: SearchableLesson[] = getAllLessons().flatMap((meta) => {
    const lesson = getLesson(meta.chapter, meta.slug);
    return lesson ? [{ ...meta, headings: lesson.headings }] : [];
  });
  return buildSearchDocuments(
    lessons,
    rules.map((rule) => rule.meta),
    { question: (n) => `Câu ${n}`, category: (category) => `Quy tắc · ${CATEGORY_LABELS[category]}` },
  );
}
