// Grading never throws to the UI: a bug in a predicate shows "cannot grade", not a blank page.
import type { Analysis } from '@/lib/dockerfile';
import { grade } from '@/lib/dockerfile/grade';
import type { Grade, Rubric } from '@/lib/dockerfile/rubric';

/**
 * `dockerignore` is graded with the Dockerfile: some requirements read it (secrets kept out of the
 * context); `contextFiles` are the exercise's files, which a COPY may misspell, and `contextTexts`
 * their contents (the pins pip reads).
 */
export function safeGrade(
  analysis: Analysis,
  rubric: Rubric,
  dockerignore: string | undefined,
  contextFiles: readonly string[],
  contextTexts: Readonly<Record<string, string>>,
): Grade | null {
  try {
    return grade(analysis, rubric, { ...(dockerignore === undefined ? {} : { dockerignore }), contextFiles, contextTexts });
  } catch (error) {
    console.warn('Grading failed', error);
    return null;
  }
}
