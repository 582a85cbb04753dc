'use client';
// The lesson page's exercise, kept tiny for first load: a read-only preview of the code and a button.
// The workspace (analyzer, grading) and then Monaco load when the exercise nears the viewport,
// or at once on click.
import { useEffect, useRef, useState } from 'react';
import dynamic from 'next/dynamic';
import type { Exercise } from '@/lib/content/exercise';
import { useProgress } from '@/lib/store';
import { useHydrated } from '@/components/progress/use-hydrated';
import { BestScore } from './best-score';
import type { AssignmentContext } from './exercise-workspace';

const loadWorkspace = () => import('./exercise-workspace');
const ExerciseWorkspace = dynamic(() => loadWorkspace().then((m) => m.ExerciseWorkspace), {
  ssr: false,
  loading: () => <p className="editor-loading">Đang tải trình soạn thảo…</p>,
});

/** How early (before the exercise scrolls into view) the editor starts loading. */
const NEAR_VIEWPORT = '600px 0px';

export interface ExerciseIslandProps {
  exercise: Exercise;
  /** The Dockerfile shown in the preview until there is saved code. */
  starter: string;
  /** Set on an assignment page: separate progress, result links with the link's rubric. */
  assignment?: AssignmentContext;
}

export function ExerciseIsland({ exercise, starter, assignment }: ExerciseIslandProps) {
  const hydrated = useHydrated();
  const saved = useProgress((state) => state.exercises[assignment?.progressKey ?? exercise.id]);
  const [open, setOpen] = useState(false);
  const root = useRef<HTMLDivElement>(null);

  useEffect(() => {
    if (open || !root.current) return;
    const observer = new IntersectionObserver(
      (entries) => {
        if (entries.some((entry) => entry.isIntersecting)) setOpen(true);
      },
      { rootMargin: NEAR_VIEWPORT },
    );
    observer.observe(root.current);
    return () => observer.disconnect();
  }, [open]);

  const code = hydrated && saved ? saved.code : starter;
  return (
    <div ref={root} className="exercise-island" data-exercise-state={open && hydrated ? 'open' : 'preview'}>
      {open && hydrated ? (
        <ExerciseWorkspace exercise={exercise} {...(assignment ? { assignment } : {})} />
      ) : (
        <div className="exercise-preview">
          <pre className="exercise-preview-code" aria-label="Dockerfile (xem trước, chỉ đọc)">
            <code>{code}</code>
          </pre>
          <button type="button" onClick={() => setOpen(true)}>
            Mở trình soạn thảo
          </button>
          {hydrated ? <BestScore saved={saved} /> : null}
        </div>
      )}
    </div>
  );
}
