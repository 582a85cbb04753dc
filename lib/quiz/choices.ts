// The choices a question shows. Cache questions offer their own instruction lines, derived from the
// snippet text (one instruction per line, comments and blank lines skipped), so data never lists them.
import type { Choice, QuizQuestion } from './types';

export function cacheLineChoices(dockerfile: string): Choice[] {
  return dockerfile.split('\n').flatMap((line, index) => {
    const text = line.trim();
    return text === '' || text.startsWith('#') ? [] : [{ id: `L${index + 1}`, text }];
  });
}

export function choicesOf(question: QuizQuestion): Choice[] {
  return question.kind === 'dockerfile-cache' ? cacheLineChoices(question.dockerfile) : question.choices;
}

/** Checkboxes when several choices may be correct; radio buttons otherwise. */
export function allowsSeveral(question: QuizQuestion): boolean {
  return question.kind === 'multiple' || question.kind === 'dockerfile-findings';
}
