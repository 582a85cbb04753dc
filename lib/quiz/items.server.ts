import 'server-only';
// Quiz questions joined with where they are taught: the lesson and the heading each one links to.
// Runs at build time; an anchor that names no heading of its lesson fails the build.
import { allQuestions, getQuiz } from '@/content/docker/quizzes';
import { getLesson, getLessons } from '@/lib/content/lessons.server';
import { lessonUrl, CHAPTER_SLUG, LESSON_SLUGS } from '@/lib/dockerfile/lessons';
import type { QuizItem, QuizQuestion } from './types';

export interface QuizLesson {
  quizId: string;
  question: number;
  title: string;
  questionCount: number;
}

function itemOf(quizId: string, questionNumber: number, question: QuizQuestion): QuizItem {
  const lesson = getLesson(CHAPTER_SLUG, LESSON_SLUGS[questionNumber] ?? '');
  const heading = lesson?.headings.find((h) => h.id === question.anchor);
  if (!lesson || !heading) throw new Error(`quiz ${question.id}: no heading #${question.anchor} in lesson ${questionNumber}`);
  return { question, quizId, lessonLabel: `Câu ${questionNumber}`, sectionHref: lessonUrl(questionNumber, question.anchor), sectionTitle: heading.text };
}

export function lessonQuizItems(quizId: string): QuizItem[] | null {
  const quiz = getQuiz(quizId);
  return quiz ? quiz.questions.map((question) => itemOf(quiz.id, quiz.question, question)) : null;
}

export function allQuizItems(): QuizItem[] {
  return allQuestions().map(({ quizId, question }) => itemOf(quizId, Number(quizId.slice(1)), question));
}

export function quizLessons(): QuizLesson[] {
  const lessons = getLessons(CHAPTER_SLUG);
  return lessons.flatMap((lesson) => {
    const quiz = getQuiz(`q${lesson.question}`);
    return quiz ? [{ quizId: quiz.id, question: lesson.question, title: lesson.title, questionCount: quiz.questions.length }] : [];
  });
}
