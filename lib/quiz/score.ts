// Scoring: one point per question, all or nothing (a multiple-choice answer must pick every correct
// choice and nothing else). Pure: the keys come from `answer-key.ts`.
import type { Answers } from './types';

export interface QuestionResult {
  id: string;
  correct: boolean;
  chosen: string[];
  key: string[];
}

export interface QuizScore {
  correct: number;
  total: number;
  /** Math.round(100 * correct / total); 0 for an empty quiz. */
  percent: number;
  results: QuestionResult[];
}

export function sameChoices(a: readonly string[], b: readonly string[]): boolean {
  const left = new Set(a);
  const right = new Set(b);
  return left.size === right.size && [...left].every((id) => right.has(id));
}

/** `keys` maps question id → correct choice ids, in the order questions were asked. */
export function scoreQuiz(questionIds: string[], keys: Record<string, string[]>, answers: Answers): QuizScore {
  const results = questionIds.map((id) => {
    const chosen = answers[id] ?? [];
    const key = keys[id] ?? [];
    // A question with no key cannot be answered right; it still counts, so the total never shrinks.
    return { id, chosen, key, correct: key.length > 0 && sameChoices(chosen, key) };
  });
  const correct = results.filter((r) => r.correct).length;
  const total = results.length;
  return { correct, total, percent: total === 0 ? 0 : Math.round((100 * correct) / total), results };
}
