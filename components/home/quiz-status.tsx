'use client';
import { useQuizHydrated } from '@/components/quiz/use-quiz-hydrated';
import { lessonQuizKey, useQuizStore } from '@/lib/quiz/store';

/** The best score of the lesson's short quiz ("Kiểm tra nhanh") on this device, once it was handed in. */
export function QuizStatus({ quizId }: { quizId: string }) {
  const hydrated = useQuizHydrated();
  const best = useQuizStore((state) => state.best[lessonQuizKey(quizId)]);
  if (!hydrated || !best) return null;
  return (
    <span className="status-pill status-pill--score">
      Kiểm tra nhanh: {best.correct}/{best.total}
    </span>
  );
}
