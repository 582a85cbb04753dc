// The documents the site search covers: lessons, their headings and the rules. Built at build time
// from the content and the rule metadata (one source of truth), shipped as a compact JSON list.
import { docsOf } from '@/lib/dockerfile/docs';
import type { RuleMeta } from '@/lib/dockerfile/types';
import { ruleUrl } from '@/lib/dockerfile/lessons';

export type SearchKind = 'lesson' | 'heading' | 'rule';

export interface SearchDocument {
  /** Unique: `l:<chapter>/<slug>`, `h:<chapter>/<slug>#<heading>`, `r:<rule>`. */
  id: string;
  kind: SearchKind;
  title: string;
  /** Where it lives, shown under the title (not searched: a heading should not match its lesson's title). */
  context: string;
  /** More searchable words: a lesson's number and summary, a rule's category, summary and aliases. */
  text: string;
  url: string;
}

export interface SearchableLesson {
  chapter: string;
  slug: string;
  title: string;
  question: number;
  summary: string;
  headings: { text: string; id: string }[];
}

export interface SearchLabels {
  /** e.g. `Câu 6` — prefixes a lesson so "câu 6" finds it. */
  question(question: number): string;
  category(category: RuleMeta['category']): string;
}

export function lessonPath(chapter: string, slug: string): string {
  return `/${chapter}/${slug}/`;
}

export function buildSearchDocuments(lessons: SearchableLesson[], rules: RuleMeta[], labels: SearchLabels): SearchDocument[] {
  const documents: SearchDocument[] = [];
  for (const lesson of lessons) {
    const url = lessonPath(lesson.chapter, lesson.slug);
    const question = labels.question(lesson.question);
    documents.push({ id: `l:${lesson.chapter}/${lesson.slug}`, kind: 'lesson', title: lesson.title, context: question, text: `${question} ${lesson.summary}`, url });
    for (const heading of lesson.headings) {
      documents.push({
        id: `h:${lesson.chapter}/${lesson.slug}#${heading.id}`,
        kind: 'heading',
        title: heading.text,
        context: `${question} · ${lesson.title}`,
        text: '',
        url: `${url}#${heading.id}`,
      });
    }
  }
  for (const meta of rules) {
    const category = labels.category(meta.category);
    documents.push({
      id: `r:${meta.id}`,
      kind: 'rule',
      title: meta.id,
      context: category,
      text: [category, docsOf(meta.id).summary.replace(/`/g, ' '), ...meta.aliases].join(' '),
      url: ruleUrl(meta.id),
    });
  }
  return documents;
}
