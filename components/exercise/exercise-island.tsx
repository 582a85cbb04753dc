'use client';
// The lesson page's exercise, kept tiny for first load: a read-only preview of the code and a button.
// The workspace (analyzer, grading) and then Monaco load when the exercise nears the viewport,
// or at once on click. Focus on the preview goes on into the editor when the preview gives way.
import { useCallback, useEffect, useRef, useState } from 'react';
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
  const [focusEditor, setFocusEditor] = useState(false);
  const root = useRef<HTMLDivElement>(null);
  const preview = useRef<HTMLDivElement>(null);

  // Unmounting the focused button drops focus to <body>: a learner focused there (Tab scrolls the
  // button near the viewport, which swaps it) is handed on to the editor instead.
  const openWorkspace = useCallback(() => {
    if (preview.current?.contains(document.activeElement)) setFocusEditor(true);
    setOpen(true);
  }, []);

  useEffect(() => {
    if (open || !root.current) return;
    let cancelled = false;
    const observer = new IntersectionObserver(
      (entries) => {
        if (!entries.some((entry) => entry.isIntersecting)) return;
        observer.disconnect();
        // The preview, and focus on its button, stays until the workspace's code is here; on a failed
        // load the workspace shows the error itself.
        const show = () => {
          if (!cancelled) openWorkspace();
        };
        loadWorkspace().then(show, show);
      },
      { rootMargin: NEAR_VIEWPORT },
    );
    observer.observe(root.current);
    return () => {
      cancelled = true;
      observer.disconnect();
    };
  }, [open, openWorkspace]);

  const code = hydrated && saved ? saved.code : starter;
  return (
    <div ref={root} className="exercise-island" data-exercise-state={open && hydrated ? 'open' : 'preview'}>
      {open && hydrated ? (
        <ExerciseWorkspace exercise={exercise} focusOnMount={focusEditor} {...(assignment ? { assignment } : {})} />
      ) : (
        <div ref={preview} className="exercise-preview">
          <pre className="exercise-preview-code" aria-label="Dockerfile (xem trước, chỉ đọc)">
            <code>{code}</code>
          </pre>
          <button type="button" className="button button--primary" onClick={openWorkspace}>
            Mở trình soạn thảo
          </button>
          {hydrated ? <BestScore saved={saved} /> : null}
        </div>
      )}
    </div>
  );
}
