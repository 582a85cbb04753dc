'use client';
// File tabs + the editor (Monaco, or a plain textarea in accessibility mode) + keyboard help.
// Shared by the exercise island and the playground.
import { useId, useLayoutEffect, useRef, useState, type CSSProperties } from 'react';
import type { Finding } from '@/lib/dockerfile/types';
import { useProgress } from '@/lib/store';
import { estimatedEditorHeight } from './editor-height';
import { FileTabs } from './file-tabs';
import { LazyDockerfileEditor } from './lazy-dockerfile-editor';
import { PlainEditor } from './plain-editor';
import { ShortcutsDialog } from './shortcuts-dialog';
import { useEditorMetrics } from './use-editor-metrics';
import type { WorkspaceFile } from './workspace-file';

export interface CodeWorkspaceProps {
  scope: string;
  files: WorkspaceFile[];
  onChange(path: string, value: string): void;
  findings: readonly Finding[];
  analyzedSource: string;
  onGrade(): void;
  /** What Ctrl+Enter (`onGrade`) does, said after "để": the playground grades nothing. */
  gradeActionLabel?: string;
  reveal: { line: number; nonce: number } | null;
  /** Tab to show; the workspace switches to the Dockerfile on its own when a line is revealed. */
  activePath: string;
  onActivePathChange(path: string): void;
  /** Take focus when mounted, if it is nowhere else: what this workspace replaced held it. */
  focusOnMount?: boolean;
  onReady?(): void;
}

export function CodeWorkspace(props: CodeWorkspaceProps) {
  const { scope, files, onChange, findings, analyzedSource, onGrade, reveal, activePath, onActivePathChange, focusOnMount, onReady } = props;
  const gradeActionLabel = props.gradeActionLabel ?? 'chấm điểm';
  const plain = useProgress((state) => state.preferences.plainEditor);
  const setPreferences = useProgress((state) => state.setPreferences);
  const [readyOnce, setReadyOnce] = useState(false);
  const panel = useRef<HTMLDivElement>(null);
  const baseId = useId();
  const loadingMonaco = !plain && !readyOnce;
  // The loading notice holds the height Monaco will take, soft-wrapped lines included.
  const metrics = useEditorMetrics(panel, loadingMonaco);

  // In the commit that mounts the panel, before any key press can move focus from <body>; a learner
  // who has moved on keeps their place. The loading panel passes focus on to Monaco (onReady below).
  useLayoutEffect(() => {
    const focusIsLost = document.activeElement === null || document.activeElement === document.body;
    if (!focusOnMount || !focusIsLost) return;
    (plain ? panel.current?.querySelector('textarea') : panel.current)?.focus();
  }, [focusOnMount, plain]);

  const active = files.find((f) => f.path === activePath) ?? files[0];
  if (!active) return null;

  return (
    <div className="code-workspace" data-editor-ready={plain || readyOnce ? 'true' : 'false'}>
      <div className="code-workspace-bar">
        <FileTabs files={files} activePath={active.path} baseId={baseId} onSelect={onActivePathChange} />
        <div className="code-workspace-tools">
          <ShortcutsDialog gradeActionLabel={gradeActionLabel} />
          <label className="plain-editor-toggle">
            <input type="checkbox" checked={plain} onChange={(event) => setPreferences({ plainEditor: event.target.checked })} />{' '}
            Chế độ trợ năng (ô nhập văn bản thường)
          </label>
        </div>
      </div>
      {/* While Monaco loads, the panel itself takes Tab focus; once the editor is ready it inherits that focus,
          so a keyboard learner who arrived early is not skipped past the editor. */}
      <div
        ref={panel}
        id={`${baseId}-panel`}
        role="tabpanel"
        aria-labelledby={`${baseId}-tab-${active.path}`}
        aria-busy={loadingMonaco}
        tabIndex={loadingMonaco ? 0 : undefined}
        className="code-workspace-panel"
        // The loading notice holds the editor's place at the height Monaco will take (globals.css); worked out
        // only while it shows, not on every keystroke's render of a file that may be megabytes.
        style={loadingMonaco ? ({ '--editor-height': estimatedEditorHeight(active.value, metrics) } as CSSProperties) : undefined}
      >
        {plain ? (
          <PlainEditor file={active} onChange={(value) => onChange(active.path, value)} onGrade={onGrade} reveal={reveal} />
        ) : (
          <LazyDockerfileEditor
            scope={scope}
            file={active}
            metrics={metrics}
            findings={findings}
            analyzedSource={analyzedSource}
            onChange={(value) => onChange(active.path, value)}
            onGrade={onGrade}
            reveal={reveal}
            onReady={(editor) => {
              if (panel.current && document.activeElement === panel.current) editor.focus();
              setReadyOnce(true);
              onReady?.();
            }}
          />
        )}
      </div>
      {plain ? (
        <p className="editor-hint">Nhấn Ctrl+Enter trong ô để {gradeActionLabel}.</p>
      ) : (
        <p className="editor-hint">
          Nhấn <kbd>Ctrl</kbd>+<kbd>M</kbd> để Tab rời khỏi trình soạn thảo · <kbd>Ctrl</kbd>+<kbd>Enter</kbd> để {gradeActionLabel}
        </p>
      )}
    </div>
  );
}
