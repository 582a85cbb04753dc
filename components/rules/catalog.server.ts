import 'server-only';
// What the rule pages need from the rule registry and the lessons, computed at build time.
import { CHAPTER_SLUG, LESSON_SLUGS } from '@/lib/dockerfile/lessons';
import { getLesson } from '@/lib/content/lessons.server';
import { docsOf } from '@/lib/dockerfile/docs';
import type { RuleMeta } from '@/lib/dockerfile/types';
import { CATEGORY_LABELS, CATEGORY_ORDER, docText } from './labels';
import type { RuleGroup } from './rule-index';
import type { RuleLesson } from './rule-doc';

export function ruleGroups(metas: RuleMeta[]): RuleGroup[] {
  return CATEGORY_ORDER.map((category) => ({
    category,
    title: CATEGORY_LABELS[category],
    rules: metas
      .filter((meta) => meta.category === category)
      .map((meta) => ({
        id: meta.id,
        severity: meta.severity,
        summary: docText(docsOf(meta.id).summary) ?? '',
        aliases: meta.aliases,
        fixable: meta.fixable,
      })),
  })).filter((group) => group.rules.length > 0);
}

export function ruleLesson(meta: RuleMeta): RuleLesson | null {
  const slug = LESSON_SLUGS[meta.lesson.question];
  const lesson = slug ? getLesson(CHAPTER_SLUG, slug) : null;
  if (!lesson) return null;
  const heading = lesson.headings.find((h) => h.id === meta.lesson.anchor);
  return { question: lesson.question, title: lesson.title, heading: heading?.text ?? null };
}
