// Where each question of the chapter lives, so findings can link to the section that teaches them.

export const CHAPTER_SLUG = 'docker';

/** Lesson slugs by question number (1–10). Stable: they appear in links people share. */
export const LESSON_SLUGS: Record<number, string> = {
  1: 'docker-la-gi',
  2: 'image-va-container',
  3: 'cau-truc-dockerfile',
  4: 'cmd-va-entrypoint',
  5: 'multi-stage-builds',
  6: 'toi-uu-image',
  7: 'best-practices-ml',
  8: 'layer-caching',
  9: 'large-model-files',
  10: 'bao-mat',
};

export function lessonUrl(question: number, anchor?: string): string {
  const slug = LESSON_SLUGS[question] ?? LESSON_SLUGS[1];
  return `/${CHAPTER_SLUG}/${slug}/${anchor ? `#${anchor}` : ''}`;
}

export function ruleUrl(ruleId: string): string {
  return `/rules/${ruleId}/`;
}
