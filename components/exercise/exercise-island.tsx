'use client';
// The lesson page's exercise, kept small for first load: a read-only preview drawn in the workspace's
// layout (ExercisePreview). The workspace (analyzer, grading) and then Monaco load when the exercise
// nears the viewport, or at once on click. Focus on the preview goes on into the editor when the
// preview gives way.
import { useCallback, useEffect, useRef, useState, type ComponentType } from 'react';
import type { Exercise } from '@/lib/content/exercise';
import type { AnalysisView } from '@/lib/progress/schema';
import { useProgress } from '@/lib/store';
import { useHydrated } from '@/components/progress/use-hydrated';
import { NEAR_VIEWPORT } from '@/components/layout/near-viewport';
import { ExercisePreview } from './exercise-preview';
import type { AssignmentContext, ExerciseWorkspaceProps } from './exercise-workspace';

const loadWorkspace = () => import('./exercise-workspace');

export interface ExerciseIslandProps {
  exercise: Exercise;
  /** The Dockerfile shown in the preview until there is saved code. */
  starter: string;
  /** What the starter's analysis draws, worked out at build time (lesson pages; an assignment's code is only known in the browser). */
  starterView?: AnalysisView;
  /** Set on an assignment page: separate progress, result links with the link's rubric. */
  assignment?: AssignmentContext;
}

export function ExerciseIsland({ exercise, starter, starterView, assignment }: ExerciseIslandProps) {
  const hydrated = useHydrated();
  const saved = useProgress((state) => state.exercises[assignment?.progressKey ?? exercise.id]);
  const revealed = useProgress((state) => state.revealed[assignment?.progressKey ?? exercise.id]);
  // The workspace component once its code is here. It is rendered directly, never through a
  // Suspense fallback: a fallback between preview and workspace held nothing focusable, and a Tab
  // pressed then skipped the whole exercise.
  const [workspace, setWorkspace] = useState<{ Component: ComponentType<ExerciseWorkspaceProps>; focusEditor: boolean } | null>(null);
  const [loadFailed, setLoadFailed] = useState(false);
  const root = useRef<HTMLDivElement>(null);
  const preview = useRef<HTMLDivElement>(null);
  const loading = useRef(false);

  // The preview, and focus on its button, stays until the workspace's code is here. Unmounting the
  // focused button would drop focus to <body>: a learner focused there then (Tab scrolls the button
  // near the viewport, which starts the load) is handed on to the editor instead.
  const openWorkspace = useCallback(() => {
    if (loading.current) return;
    loading.current = true;
    setLoadFailed(false);
    loadWorkspace().then(
      (module) => setWorkspace({ Component: module.ExerciseWorkspace, focusEditor: Boolean(preview.current?.contains(document.activeElement)) }),
      () => {
        loading.current = false;
        setLoadFailed(true);
      },
    );
  }, []);

  useEffect(() => {
    if (workspace || !root.current) return;
    const observer = new IntersectionObserver(
      (entries) => {
        if (!entries.some((entry) => entry.isIntersecting)) return;
        observer.disconnect();
        openWorkspace();
      },
      { rootMargin: NEAR_VIEWPORT },
    );
    observer.observe(root.current);
    return () => observer.disconnect();
  }, [workspace, openWorkspace]);

  const code = hydrated && saved ? saved.code : starter;
  // Saved code comes with what its last analysis drew; code that is the starter's, with the build's.
  const view = (hydrated ? saved?.view : undefined) ?? (code === starter ? starterView : undefined);
  const open = workspace !== null && hydrated;
  return (
    <div ref={root} className="exercise-island" data-exercise-state={open ? 'open' : 'preview'}>
      {open ? (
        <workspace.Component
          exercise={exercise}
          focusOnMount={workspace.focusEditor}
          {...(starterView ? { starterView } : {})}
          {...(assignment ? { assignment } : {})}
        />
      ) : (
        <ExercisePreview
          exercise={exercise}
          code={code}
          saved={hydrated ? saved : undefined}
          revealed={hydrated ? revealed : undefined}
          view={view ?? null}
          isAssignment={assignment !== undefined}
          loadFailed={loadFailed}
          onOpen={openWorkspace}
          rootRef={preview}
        />
      )}
    </div>
  );
}
