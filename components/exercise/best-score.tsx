// The best grade and the completion, shown on the preview and in the open workspace alike, so a
// reload that opens the editor at once (the exercise already in view) still shows them.
import type { ExerciseProgress } from '@/lib/progress/schema';

export function BestScore({ saved }: { saved: ExerciseProgress | undefined }) {
  if (saved?.bestScore === undefined) return null;
  return (
    <span className="exercise-best">
      Điểm cao nhất: {saved.bestScore}%{saved.completedAt ? ' · Đã hoàn thành' : ''}
    </span>
  );
}
