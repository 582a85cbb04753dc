'use client';
// The practice loop of one exercise: edit → findings as you type → grade → hints → solution.
// Loaded lazily by the island, together with the analyzer; Monaco comes later still (code-workspace).
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { exerciseContextFiles, exerciseContextTexts, type Exercise } from '@/lib/content/exercise';
import { applyFix } from '@/lib/dockerfile/fix';
import type { Rubric } from '@/lib/dockerfile/rubric';
import type { Fix } from '@/lib/dockerfile/types';
import type { AnalysisView } from '@/lib/progress/schema';
import { useProgress } from '@/lib/store';
import { CodeWorkspace } from '@/components/editor/code-workspace';
import { FindingsList, FindingsPreview } from '@/components/editor/findings-list';
import { LayerCachePreview } from '@/components/editor/layer-cache-steps';
import { LayerCacheView } from '@/components/editor/layer-cache-view';
import { safeAnalyze } from '@/components/editor/safe-analyze';
import { useAnalysis } from '@/components/editor/use-analysis';
import type { WorkspaceFile } from '@/components/editor/workspace-file';
import { Heading, Subsections } from '@/components/layout/heading-level';
import { SendResultButton, ShareAssignmentButton } from '@/components/share';
import { analysisView, showsLayerCache } from './analysis-view';
import { BestScore } from './best-score';
import { GradePanel } from './grade-panel';
import { Hints } from './hints';
import { safeGrade } from './safe-grade';
import { SaveStateLabel } from './save-state';
import { SolutionView } from './solution-view';
import { analyzedDockerignore, exerciseAnalyzeOptions, readOnlyFiles, starterDraft, type Draft } from './starter';
import { UndoToast, type UndoToastState } from './undo-toast';
import { useAutosave } from './use-autosave';
import { SAVED_ELSEWHERE, useSavesElsewhere } from './use-saves-elsewhere';

/** An instructor's assignment: its own saved progress, and the rubric a result link carries back. */
export interface AssignmentContext {
  /** Progress id of this assignment (see assignmentProgressKey), never the exercise's own id. */
  progressKey: string;
  /** The link's rubric, when the instructor narrowed it. */
  rubric?: Rubric;
}

export interface ExerciseWorkspaceProps {
  /** The exercise; on an assignment page its Dockerfile and .dockerignore are the link's files. */
  exercise: Exercise;
  assignment?: AssignmentContext;
  /** Set when focus was on what this workspace replaces: the editor takes it (see CodeWorkspace). */
  focusOnMount?: boolean;
  /** What the starter's analysis draws, worked out at build time: shown, while the code is the starter, until the first analysis. */
  starterView?: AnalysisView;
  onReady?(): void;
}

export function ExerciseWorkspace({ exercise, assignment, focusOnMount = false, starterView, onReady }: ExerciseWorkspaceProps) {
  const progressKey = assignment?.progressKey ?? exercise.id;
  const saved = useProgress((state) => state.exercises[progressKey]);
  const recordGrade = useProgress((state) => state.recordGrade);
  const revealed = useProgress((state) => state.revealed[progressKey]);
  // An assignment shows the exercise's own reference solution: opened on the lesson, it was seen here too.
  const solutionSeen = useProgress((state) => state.revealed[progressKey]?.solution === true || state.revealed[exercise.id]?.solution === true);
  const revealHints = useProgress((state) => state.revealHints);
  const openSolution = useProgress((state) => state.openSolution);
  const keepAnalysisView = useProgress((state) => state.keepAnalysisView);
  const starter = useMemo(() => starterDraft(exercise), [exercise]);
  // The saved files as the workspace opens them: no saved .dockerignore is the starter's.
  const savedDraft = useMemo(
    () => (saved ? { code: saved.code, dockerignore: saved.dockerignore ?? starter.dockerignore } : null),
    [saved, starter.dockerignore],
  );
  const [draft, setDraft] = useState<Draft>(() => savedDraft ?? starter);
  const draftIsSaved = savedDraft !== null && draft.code === savedDraft.code && draft.dockerignore === savedDraft.dockerignore;
  const [activePath, setActivePath] = useState('Dockerfile');
  const [reveal, setReveal] = useState<{ line: number; nonce: number } | null>(null);
  // Graded here, or in another tab of the site on the same exercise.
  const [gradedHere, setGradedHere] = useState(false);
  const gradedOnce = gradedHere || saved?.lastGraded !== undefined;
  // Set when the solution opens on this visit's click: focus goes to it then, not when a reload shows it open.
  const [solutionOpenedHere, setSolutionOpenedHere] = useState(false);
  const showSolution = gradedOnce && (solutionOpenedHere || revealed?.solution === true);
  const [toast, setToast] = useState<UndoToastState | null>(null);
  const [announcement, setAnnouncement] = useState('');
  const toastId = useRef(0);

  const dockerignore = analyzedDockerignore(exercise, draft);
  const analyzeOptions = useMemo(() => exerciseAnalyzeOptions(exercise, dockerignore), [exercise, dockerignore]);
  const result = useAnalysis(draft.code, analyzeOptions);
  const analysis = result?.ok ? result.analysis : null;
  // What the preview drew (the starter's from the build, saved code's from the last visit) stays in
  // place until the first analysis draws the same.
  const earlierView =
    result !== null
      ? undefined
      : saved?.view && draftIsSaved
        ? saved.view
        : draft.code === starter.code && draft.dockerignore === starter.dockerignore
          ? starterView
          : undefined;
  // The build context: graded (a COPY may misspell one of its files) and simulated by the layer-cache view.
  const contextFiles = useMemo(() => exerciseContextFiles(exercise), [exercise]);
  const contextTexts = useMemo(() => exerciseContextTexts(exercise), [exercise]);
  const grade = useMemo(
    () => (analysis ? safeGrade(analysis, exercise.rubric, analyzeOptions.dockerignore, contextFiles, contextTexts) : null),
    [analysis, exercise.rubric, analyzeOptions.dockerignore, contextFiles, contextTexts],
  );
  const saveState = useAutosave(progressKey, draft.code, dockerignore);

  // The saved files' analysis is kept with them, for the preview of the learner's next visit.
  const savedFiles = draftIsSaved && saved ? saved : null;
  useEffect(() => {
    if (!savedFiles || !result?.ok || result.source !== savedFiles.code) return;
    const view = analysisView(exercise, result.analysis, dockerignore);
    keepAnalysisView(progressKey, { code: savedFiles.code, ...(savedFiles.dockerignore === undefined ? {} : { dockerignore: savedFiles.dockerignore }) }, view);
  }, [savedFiles, result, dockerignore, exercise, progressKey, keepAnalysisView]);

  const files: WorkspaceFile[] = [
    { path: 'Dockerfile', value: draft.code, language: 'dockerfile', readOnly: false },
    { path: '.dockerignore', value: draft.dockerignore, language: 'plaintext', readOnly: false },
    ...readOnlyFiles(exercise).map((f) => ({ path: f.path, value: f.content, language: f.language, readOnly: true })),
  ];

  const jump = useCallback((line: number) => {
    setActivePath('Dockerfile');
    setReveal((old) => ({ line, nonce: (old?.nonce ?? 0) + 1 }));
  }, []);

  // Grades the text as it is at this instant (not the debounced analysis) and records the attempt.
  const gradeNow = useCallback(() => {
    const fresh = safeAnalyze(draft.code, analyzeOptions);
    const now = fresh.ok ? safeGrade(fresh.analysis, exercise.rubric, dockerignore, contextFiles, contextTexts) : null;
    if (!now) {
      setAnnouncement(fresh.ok ? 'Không chấm được bài này.' : fresh.message);
      return;
    }
    recordGrade(progressKey, { code: draft.code, ...(dockerignore === undefined ? {} : { dockerignore }) }, now.score);
    setGradedHere(true);
    // A live region speaks only when its text changes: a trailing no-break space, every other time,
    // makes a second grading with the same result heard too.
    setAnnouncement((previous) => {
      const said = `Đã chấm: ${now.passed}/${now.graded} mục đạt (${now.score}%).`;
      return previous === said ? `${said}\u00a0` : said;
    });
  }, [draft.code, dockerignore, analyzeOptions, progressKey, exercise.rubric, contextFiles, contextTexts, recordGrade]);

  const showReplaced = useCallback((previous: Draft, next: Draft, message: string) => {
    setDraft(next);
    toastId.current += 1;
    const origin = document.activeElement instanceof HTMLElement ? document.activeElement : null;
    setToast({ id: toastId.current, message, undo: () => setDraft(previous), origin });
  }, []);

  // Another tab saved this exercise: its editor takes that up, with "Hoàn tác" for what was shown here.
  const endUndoOfSavesElsewhere = useSavesElsewhere(progressKey, starter, draft, (before, saved) => showReplaced(before, saved, SAVED_ELSEWHERE));

  const replaceDraft = useCallback(
    (previous: Draft, next: Draft, message: string) => {
      endUndoOfSavesElsewhere();
      showReplaced(previous, next, message);
    },
    [endUndoOfSavesElsewhere, showReplaced],
  );

  function applyQuickFix(fix: Fix) {
    setDraft((d) => ({ ...d, code: applyFix(d.code, fix) }));
  }

  const closeToast = useCallback(() => {
    endUndoOfSavesElsewhere();
    setToast(null);
  }, [endUndoOfSavesElsewhere]);
  const lastGraded = saved?.lastGraded;

  return (
    <div className="exercise-workspace">
      <CodeWorkspace
        scope={progressKey}
        files={files}
        onChange={(path, value) =>
          setDraft((d) => (path === 'Dockerfile' ? { ...d, code: value } : path === '.dockerignore' ? { ...d, dockerignore: value } : d))
        }
        findings={analysis?.findings ?? []}
        analyzedSource={result?.source ?? ''}
        onGrade={gradeNow}
        reveal={reveal}
        activePath={activePath}
        onActivePathChange={setActivePath}
        focusOnMount={focusOnMount}
        {...(onReady ? { onReady } : {})}
      />

      <div className="exercise-actions">
        <button type="button" className="button button--primary grade-button" onClick={gradeNow}>
          Chấm điểm
        </button>
        <SaveStateLabel state={saveState} />
        <BestScore saved={saved} />
        <button type="button" className="button button--small" onClick={() => replaceDraft(draft, starter, 'Đã về mã khởi đầu.')}>
          Về mã khởi đầu
        </button>
        <button
          type="button"
          className="button button--small"
          disabled={!lastGraded}
          onClick={() =>
            lastGraded &&
            replaceDraft(
              draft,
              { code: lastGraded.code, dockerignore: lastGraded.dockerignore ?? starter.dockerignore },
              'Đã khôi phục bản đã chấm gần nhất.',
            )
          }
        >
          Khôi phục bản đã chấm gần nhất
        </button>
      </div>
      <UndoToast toast={toast} onClose={closeToast} />
      <p className="visually-hidden" role="status" aria-live="polite" data-testid="grade-announcement">
        {announcement}
      </p>

      {result && !result.ok ? <p role="alert" className="analysis-error">{result.message}</p> : null}
      {gradedOnce && grade ? <GradePanel grade={grade} onJump={jump} /> : null}

      <Heading className="feedback-heading">Phát hiện của trình phân tích</Heading>
      <Subsections>
        {analysis ? (
          <FindingsList findings={analysis.findings} onFix={applyQuickFix} onJump={jump} />
        ) : earlierView ? (
          <FindingsPreview findings={earlierView.findings} />
        ) : null}
      </Subsections>

      {showsLayerCache(exercise) && (analysis || earlierView?.layerCache) ? (
        <>
          <Heading className="feedback-heading">Layer cache: điều gì build lại?</Heading>
          {analysis ? (
            <LayerCacheView
              analysis={analysis}
              dockerignore={dockerignore}
              contextFiles={contextFiles}
              initialChange={exercise.layerCacheChange}
              onJump={jump}
            />
          ) : earlierView?.layerCache ? (
            <LayerCachePreview layerCache={earlierView.layerCache} />
          ) : null}
        </>
      ) : null}

      <Hints hints={exercise.hints} shown={revealed?.hints ?? 0} onReveal={(count) => revealHints(progressKey, count)} />

      <div className="solution">
        {showSolution ? (
          <SolutionView draft={draft} solution={exercise.solution} focusOnMount={solutionOpenedHere} />
        ) : (
          <button
            type="button"
            className="button"
            disabled={!gradedOnce}
            onClick={() => {
              setSolutionOpenedHere(true);
              openSolution(progressKey);
            }}
          >
            Xem lời giải
          </button>
        )}
        {!gradedOnce ? <p className="solution-locked">Lời giải mở sau lần chấm điểm đầu tiên.</p> : null}
      </div>

      {/* Both links are built from the code in the editor now, not from the last save. */}
      <div className="exercise-share">
        <SendResultButton
          exercise={exercise}
          code={draft.code}
          {...(dockerignore === undefined ? {} : { dockerignore })}
          {...(assignment?.rubric ? { rubric: assignment.rubric } : {})}
          solutionSeen={solutionSeen}
        />
        {assignment ? null : <ShareAssignmentButton exercise={exercise} code={draft.code} {...(dockerignore === undefined ? {} : { dockerignore })} />}
      </div>
    </div>
  );
}
