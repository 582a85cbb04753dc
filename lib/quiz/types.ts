// Shapes of quiz questions and answers. Plain data: lesson quizzes (content/docker/quizzes) are typed
// with these and validated by `schema.ts` in tests; no zod here, so client components stay small.

export interface Choice {
  /** Stable within its question: `a`, `b`, … */
  id: string;
  /** Vietnamese text shown beside the radio or checkbox. */
  text: string;
}

interface QuestionBase {
  /** Unique across the chapter: `q3-2`. */
  id: string;
  /** The question, in Vietnamese. */
  prompt: string;
  /** Why the correct answer is correct, in Vietnamese, faithful to the lesson. */
  explanation: string;
  /** Heading id in the lesson that teaches it (`{/*id*\/}` in the MDX). */
  anchor: string;
}

/** One correct choice (radio buttons). */
export interface SingleQuestion extends QuestionBase {
  kind: 'single';
  choices: Choice[];
  answer: string;
}

/** Every correct choice, and only those (checkboxes). */
export interface MultipleQuestion extends QuestionBase {
  kind: 'multiple';
  choices: Choice[];
  answers: string[];
}

/** A choice that names an analyzer rule: it is correct exactly when that rule fires on the Dockerfile. */
export interface RuleChoice extends Choice {
  rule: string;
}

/** "Which problems does this Dockerfile have?" The key is what the real analyzer reports. */
export interface FindingsQuestion extends QuestionBase {
  kind: 'dockerfile-findings';
  dockerfile: string;
  choices: RuleChoice[];
}

/**
 * "After this file changes, which line is the first to lose its cache?" Choices are the Dockerfile's
 * instruction lines; the key comes from the layer-cache model. Snippets keep one instruction per line.
 */
export interface CacheQuestion extends QuestionBase {
  kind: 'dockerfile-cache';
  dockerfile: string;
  /** The context file the learner edits, e.g. `src/model.py`. */
  changedFile: string;
}

export type QuizQuestion = SingleQuestion | MultipleQuestion | FindingsQuestion | CacheQuestion;

export type QuestionKind = QuizQuestion['kind'];

/** A lesson's short quiz: `<Quiz id="q3" />`. */
export interface LessonQuiz {
  id: string;
  question: number;
  questions: QuizQuestion[];
}

/** A question ready for the UI: where it is taught, resolved on the server from the lesson. */
export interface QuizItem {
  question: QuizQuestion;
  /** `q3` */
  quizId: string;
  /** "Câu 3" */
  lessonLabel: string;
  /** `/docker/<slug>/#<anchor>` */
  sectionHref: string;
  /** The heading's text, for the review link. */
  sectionTitle: string;
}

/** Choice ids the learner picked, by question id. */
export type Answers = Record<string, string[]>;
