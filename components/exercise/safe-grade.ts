// Grading never throws to the UI: a bug in a predicate shows "cannot grade", not a blank page.
import type { Analysis } from '@/lib/dockerfile';
import { grade } from '@/lib/dockerfile/grade';
import type { Grade, Rubric } from '@/lib/dockerfile/rubric';

export function safeGrade(analysis: Analysis, rubric: Rubric): Grade | null {
  try {
    return grade(analysis, rubric);
  } catch (error) {
    console.warn('Grading failed', error);
    return null;
  }
}
