'use client';
import { useProgress } from '@/lib/store';

/**
 * The slot for a lesson's exercise progress on the course page. Shows the best graded score so far;
 * the practice feature may enrich it (completed, attempts) from `useProgress(s => s.exercises)`.
 */
export function ExerciseStatus({ exerciseId }: { exerciseId: string }) {
  const bestScore = useProgress((state) => state.exercises[exerciseId]?.bestScore);
  if (bestScore === undefined) return null;
  return <span className="status-pill status-pill--score">Bài tập: {bestScore}%</span>;
}
