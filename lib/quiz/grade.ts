// Grades a submitted quiz: keys (the analyzer for Dockerfile items) then the score. Loaded lazily
// by the UI on "Nộp bài", so the analyzer never weighs on a page's first load.
import { answerKeys, type QuestionKey } from './answer-key';
import { scoreQuiz, type QuizScore } from './score';
import type { Answers, QuizQuestion } from './types';

export interface GradedQuiz {
  keys: Record<string, QuestionKey>;
  score: QuizScore;
}

export function gradeQuiz(questions: QuizQuestion[], answers: Answers): GradedQuiz {
  const keys = answerKeys(questions);
  const correct = Object.fromEntries(Object.entries(keys).map(([id, key]) => [id, key.correct]));
  return { keys, score: scoreQuiz(questions.map((q) => q.id), correct, answers) };
}
