// The chapter's lesson quizzes, one per question, in question order: `<Quiz id="q3" />`.
import type { LessonQuiz, QuizQuestion } from '@/lib/quiz/types';
import { q1 } from './q1';
import { q2 } from './q2';
import { q3 } from './q3';
import { q4 } from './q4';
import { q5 } from './q5';
import { q6 } from './q6';
import { q7 } from './q7';
import { q8 } from './q8';
import { q9 } from './q9';
import { q10 } from './q10';

export const quizzes: LessonQuiz[] = [q1, q2, q3, q4, q5, q6, q7, q8, q9, q10];

const byId = new Map(quizzes.map((quiz) => [quiz.id, quiz]));

export function getQuiz(id: string): LessonQuiz | undefined {
  return byId.get(id);
}

export function allQuestions(): { quizId: string; question: QuizQuestion }[] {
  return quizzes.flatMap((quiz) => quiz.questions.map((question) => ({ quizId: quiz.id, question })));
}
