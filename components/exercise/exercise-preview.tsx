'use client';
// The exercise before its workspace has loaded, drawn in the workspace's own boxes: the toolbar, the
// code at the height Monaco will take, the actions, the findings and layer cache its analysis drew
// (the starter's from the build, saved code's from the learner's last visit), hints, solution and share. Swapping in the workspace then moves nothing on the page. Its controls
// are disabled until then, but for "Mở trình soạn thảo" (over the code) and the file tabs, which open
// the workspace too, and the accessibility toggle.
// Mirrors ExerciseWorkspace and CodeWorkspace: a change to their layout belongs here too
// (e2e/layout-shift.spec.ts fails otherwise).
import { lazy, Suspense, useId, useRef, type CSSProperties, type Ref } from 'react';
import type { Exercise } from '@/lib/content/exercise';
import type { AnalysisView, ExerciseProgress, RevealedHelp } from '@/lib/progress/schema';
import { useProgress } from '@/lib/store';
import { estimatedEditorHeight } from '@/components/editor/editor-height';
import { FileTabs } from '@/components/editor/file-tabs';
import { FindingsPreview } from '@/components/editor/findings-list';
import { LayerCachePreview } from '@/components/editor/layer-cache-steps';
import { useEditorMetrics } from '@/components/editor/use-editor-metrics';
import { Heading, Subsections } from '@/components/layout/heading-level';
import { BestScore } from './best-score';
import { Hints } from './hints';
import { readOnlyFiles, starterDraft } from './starter';

// Only for a learner who opened the solution before: out of every other visit's first-load JS.
const SolutionView = lazy(() => import('./solution-view').then((module) => ({ default: module.SolutionView })));

export interface ExercisePreviewProps {
  exercise: Exercise;
  /** The Dockerfile shown: the saved one, else the starter. */
  code: string;
  /** Saved progress, once read. */
  saved: ExerciseProgress | undefined;
  /** The hints shown and the solution opened on an earlier visit, once read. */
  revealed: RevealedHelp | undefined;
  /** What the analysis of `code` draws, when known without the analyzer (from the build, or saved with the code). */
  view: AnalysisView | null;
  /** An assignment page has no "Chia sẻ cho học viên". */
  isAssignment: boolean;
  loadFailed: boolean;
  onOpen(): void;
  rootRef: Ref<HTMLDivElement>;
}

export function ExercisePreview({ exercise, code, saved, revealed, view, isAssignment, loadFailed, onOpen, rootRef }: ExercisePreviewProps) {
  const plain = useProgress((state) => state.preferences.plainEditor);
  const setPreferences = useProgress((state) => state.setPreferences);
  const panel = useRef<HTMLDivElement>(null);
  const metrics = useEditorMetrics(panel, true);
  const baseId = useId();
  const gradedOnce = saved?.lastGraded !== undefined;
  // The workspace's tabs, in its order.
  const files = [
    { path: 'Dockerfile', readOnly: false },
    { path: '.dockerignore', readOnly: false },
    ...readOnlyFiles(exercise).map((f) => ({ path: f.path, readOnly: true })),
  ];

  return (
    <div ref={rootRef} className="exercise-workspace">
      <div className="code-workspace" data-editor-ready="false">
        <div className="code-workspace-bar">
          {/* A tab opens the workspace, on the Dockerfile. */}
          <FileTabs files={files} activePath="Dockerfile" baseId={baseId} onSelect={onOpen} />
          <div className="code-workspace-tools">
            <button type="button" className="shortcuts-open" disabled>
              Phím tắt
            </button>
            <label className="plain-editor-toggle">
              <input type="checkbox" checked={plain} onChange={(event) => setPreferences({ plainEditor: event.target.checked })} />{' '}
              Chế độ trợ năng (ô nhập văn bản thường)
            </label>
          </div>
        </div>
        <div
          ref={panel}
          id={`${baseId}-panel`}
          role="tabpanel"
          aria-labelledby={`${baseId}-tab-Dockerfile`}
          className="code-workspace-panel code-workspace-panel--preview"
          style={{ '--editor-height': estimatedEditorHeight(code, metrics) } as CSSProperties}
        >
          {/* Focusable: a long Dockerfile scrolls inside the frame. */}
          <pre className="exercise-preview-code" aria-label="Dockerfile (xem trước, chỉ đọc)" tabIndex={0}>
            <code>{code}</code>
          </pre>
          <button type="button" className="button button--primary exercise-open" onClick={onOpen}>
            Mở trình soạn thảo
          </button>
        </div>
        {plain ? (
          <p className="editor-hint">Nhấn Ctrl+Enter trong ô để chấm điểm.</p>
        ) : (
          <p className="editor-hint">
            Nhấn <kbd>Ctrl</kbd>+<kbd>M</kbd> để Tab rời khỏi trình soạn thảo · <kbd>Ctrl</kbd>+<kbd>Enter</kbd> để chấm điểm
          </p>
        )}
      </div>
      {loadFailed ? (
        <p role="alert" className="analysis-error">
          Không tải được trình soạn thảo (mất kết nối?). Bấm “Mở trình soạn thảo” để thử lại.
        </p>
      ) : null}

      <div className="exercise-actions">
        <button type="button" className="button button--primary grade-button" disabled>
          Chấm điểm
        </button>
        <span className="save-state save-state--saved">Đã lưu</span>
        <BestScore saved={saved} />
        <button type="button" className="button button--small" disabled>
          Về mã khởi đầu
        </button>
        <button type="button" className="button button--small" disabled>
          Khôi phục bản đã chấm gần nhất
        </button>
      </div>

      <Heading className="feedback-heading">Phát hiện của trình phân tích</Heading>
      <Subsections>{view ? <FindingsPreview findings={view.findings} /> : null}</Subsections>

      {view?.layerCache ? (
        <>
          <Heading className="feedback-heading">Layer cache: điều gì build lại?</Heading>
          <LayerCachePreview layerCache={view.layerCache} />
        </>
      ) : null}

      <Hints hints={exercise.hints} shown={revealed?.hints ?? 0} />

      <div className="solution">
        {gradedOnce && revealed?.solution ? (
          <Suspense fallback={null}>
            <SolutionView draft={{ code, dockerignore: saved?.dockerignore ?? starterDraft(exercise).dockerignore }} solution={exercise.solution} />
          </Suspense>
        ) : (
          <button type="button" className="button" disabled>
            Xem lời giải
          </button>
        )}
        {gradedOnce ? null : <p className="solution-locked">Lời giải mở sau lần chấm điểm đầu tiên.</p>}
      </div>

      <div className="exercise-share">
        <div>
          <button type="button" disabled>
            Gửi kết quả
          </button>
        </div>
        {isAssignment ? null : (
          <div>
            <button type="button" disabled>
              Chia sẻ cho học viên
            </button>
          </div>
        )}
      </div>
    </div>
  );
}
