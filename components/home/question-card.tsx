import Link from 'next/link';
import { lessonHref, lessonKey, questionLabel } from '@/components/lesson/lesson-links';
import type { LessonMeta } from '@/lib/content/lessons.server';
import { ExerciseStatus } from './exercise-status';
import { LessonReadStatus } from './lesson-status';
import { QuizStatus } from './quiz-status';

export function QuestionCard({ lesson }: { lesson: LessonMeta }) {
  return (
    <li className="question-card">
      <span className="question-card__number" aria-hidden="true">
        {lesson.question}
      </span>
      <h4 className="question-card__title">
        <Link href={lessonHref(lesson)}>
          <span className="visually-hidden">{questionLabel(lesson)}. </span>
          {lesson.title}
        </Link>
      </h4>
      <p className="question-card__summary">{lesson.summary}</p>
      <div className="question-card__status">
        <LessonReadStatus lessonKey={lessonKey(lesson)} />
        <ExerciseStatus exerciseId={`q${lesson.question}`} />
        <QuizStatus quizId={`q${lesson.question}`} />
      </div>
    </li>
  );
}
