'use client';
// The only module that imports Monaco. Loaded through `dynamic(…, { ssr: false })` (see
// lazy-dockerfile-editor.tsx) so ~1 MB of editor never enters a page's first-load JS.
// Monaco comes from node_modules (loader.config), never from a CDN: the course works offline.
// First: Monaco reads some of its labels while its modules load.
import './monaco-vi';
import { useEffect, useRef, useState } from 'react';
import Editor, { loader, type OnMount } from '@monaco-editor/react';
import * as monaco from 'monaco-editor/editor';
import 'monaco-editor/features/hover/register';
import 'monaco-editor/features/codeAction/register';
import 'monaco-editor/features/codicon/register';
import 'monaco-editor/features/gotoError/register';
import 'monaco-editor/features/find/register';
import 'monaco-editor/features/toggleTabFocusMode/register';
import 'monaco-editor/features/contextmenu/register';
import 'monaco-editor/features/clipboard/register';
import 'monaco-editor/features/comment/register';
import 'monaco-editor/features/bracketMatching/register';
import 'monaco-editor/features/wordOperations/register';
import 'monaco-editor/features/linesOperations/register';
import 'monaco-editor/features/multicursor/register';
import 'monaco-editor/features/cursorUndo/register';
import 'monaco-editor/features/indentation/register';
import 'monaco-editor/features/folding/register';
import 'monaco-editor/features/quickHelp/register';
import 'monaco-editor/languages/definitions/dockerfile/register';
import type { Finding } from '@/lib/dockerfile/types';
import { CODE_FONT_SAMPLE, codeFontFamilies, EDITOR_LAYOUT_OPTIONS, editorFontFamily, editorHeight, estimatedEditorHeight, type EditorMetrics } from './editor-height';
import { fitProblemPeekToMessage } from './marker-peek';
import { ANALYSIS_START_MARK, MARKERS_MEASURE } from './use-analysis';
import { useDarkMode } from './use-dark-mode';
import type { WorkspaceFile } from './workspace-file';

self.MonacoEnvironment = {
  getWorker: () => new Worker(new URL('monaco-editor/editor/editor.worker', import.meta.url), { type: 'module' }),
};
loader.config({ monaco });

/**
 * Asks for the code font's files (each subset comes on demand) and has Monaco measure again once
 * they are in: measured with the fallback's widths, the cursor drifts from the text it sits in.
 */
let codeFontLoad: Promise<void> | undefined;
function loadCodeFont(): Promise<void> {
  const size = `${EDITOR_LAYOUT_OPTIONS.fontSize}px`;
  codeFontLoad ??= Promise.all(codeFontFamilies().map((family) => document.fonts.load(`${size} ${family}`, CODE_FONT_SAMPLE)))
    .then(() => monaco.editor.remeasureFonts())
    // A font that cannot load leaves the fallback, which Monaco has measured already.
    .catch(() => undefined);
  return codeFontLoad;
}

export interface DockerfileEditorProps {
  /** Keeps models of different exercises apart (`q10`, `playground`). */
  scope: string;
  file: WorkspaceFile;
  /** The panel's measures, for the height the editor starts with before Monaco has measured its content. */
  metrics: EditorMetrics | null;
  /** Findings of the Dockerfile, computed from `analyzedSource`. */
  findings: readonly Finding[];
  analyzedSource: string;
  onChange(value: string): void;
  onGrade(): void;
  /** Move the cursor to a line (the nonce makes a repeated jump to the same line work). */
  reveal: { line: number; nonce: number } | null;
  /** Monaco is mounted; `focus` puts the keyboard in it (for a learner who tabbed in while it loaded). */
  onReady?(editor: { focus(): void }): void;
}

const SEVERITY: Record<Finding['severity'], monaco.MarkerSeverity> = {
  error: monaco.MarkerSeverity.Error,
  warning: monaco.MarkerSeverity.Warning,
  info: monaco.MarkerSeverity.Info,
};

const MARKER_OWNER = 'hocdocker';

/** Per model: the findings and the text they were computed from (stale findings offer no fix). */
const analyzedModels = new Map<string, { source: string; findings: readonly Finding[] }>();
let providersRegistered = false;

function absolute(url: string): string {
  return new URL(url, window.location.origin).toString();
}

function touches(finding: Finding, range: monaco.IRange): boolean {
  return finding.line <= range.endLineNumber && finding.endLine >= range.startLineNumber;
}

function currentFindings(model: monaco.editor.ITextModel): readonly Finding[] {
  const entry = analyzedModels.get(model.uri.toString());
  return entry && entry.source === model.getValue() ? entry.findings : [];
}

/** Hover links and quick fixes, once per page: providers are global to the language. */
function registerProviders() {
  if (providersRegistered) return;
  providersRegistered = true;
  monaco.languages.registerHoverProvider('dockerfile', {
    provideHover(model, position) {
      const here = currentFindings(model).filter(
        (f) =>
          touches(f, { startLineNumber: position.lineNumber, endLineNumber: position.lineNumber, startColumn: 1, endColumn: 1 }) &&
          (f.line < position.lineNumber || f.column <= position.column) &&
          (f.endLine > position.lineNumber || f.endColumn >= position.column),
      );
      if (here.length === 0) return null;
      return {
        contents: here.map((f) => ({
          value: `**${f.rule}** — [Giải thích quy tắc](${absolute(f.docsUrl)}) · [Đọc phần bài học](${absolute(f.lessonUrl)})`,
        })),
      };
    },
  });
  monaco.languages.registerCodeActionProvider(
    'dockerfile',
    {
      provideCodeActions(model, range, context) {
        const actions = currentFindings(model)
          .filter((f) => f.fix && touches(f, range))
          .map((f) => ({
            title: f.fix?.title ?? '',
            kind: 'quickfix',
            isPreferred: true,
            diagnostics: context.markers.filter((m) => m.startLineNumber === f.line && markerRule(m) === f.rule),
            edit: {
              edits: (f.fix?.edits ?? []).map((edit) => ({
                resource: model.uri,
                versionId: model.getVersionId(),
                textEdit: {
                  range: new monaco.Range(edit.range.line, edit.range.column, edit.range.endLine, edit.range.endColumn),
                  text: edit.text,
                },
              })),
            },
          }));
        return { actions, dispose() {} };
      },
    },
    { providedCodeActionKinds: ['quickfix'] },
  );
}

function markerRule(marker: monaco.editor.IMarkerData): string {
  return typeof marker.code === 'string' ? marker.code : (marker.code?.value ?? '');
}

function modelPath(scope: string, path: string): string {
  return `file:///${encodeURIComponent(scope)}/${path.replace(/^\.?\//, '')}`;
}

export function DockerfileEditor({ scope, file, metrics, findings, analyzedSource, onChange, onGrade, reveal, onReady }: DockerfileEditorProps) {
  const dark = useDarkMode();
  const editorRef = useRef<monaco.editor.IStandaloneCodeEditor | null>(null);
  const onGradeRef = useRef(onGrade);
  // Bumped when the editor mounts or shows another model: markers computed before then must be applied.
  const [modelVersion, setModelVersion] = useState(0);
  const [height, setHeight] = useState(() => estimatedEditorHeight(file.value, metrics));
  const dockerfileUri = modelPath(scope, 'Dockerfile');
  // Read once: reading the page's style on every render (each keystroke) would be wasted work.
  const [fontFamily] = useState(editorFontFamily);
  /**
   * The texts this editor last sent up (the newest 20), set in the same update as the parent's.
   * @monaco-editor/react writes any `value` that differs from the model into it, in an effect that
   * runs after the paint: keystrokes typed in between were overwritten by the older text ("FROM
   * python" came out "FM pthon"). The learner's own text coming back is not passed down; any other
   * value is a change from outside (reset, restore, undo, a link), and is, and what was sent before
   * it can no longer come back.
   */
  const [sent, setSent] = useState<{ path: string; values: readonly string[] }>({ path: file.path, values: [] });
  const echo = sent.path === file.path && sent.values.includes(file.value);
  if (!echo && sent.values.length > 0) setSent({ path: file.path, values: [] });

  useEffect(() => {
    onGradeRef.current = onGrade;
  }, [onGrade]);

  useEffect(() => {
    analyzedModels.set(dockerfileUri, { source: analyzedSource, findings });
    const model = monaco.editor.getModel(monaco.Uri.parse(dockerfileUri));
    if (!model) return;
    // Markers only for the text they describe: a stale set would point at the wrong columns.
    if (model.getValue() !== analyzedSource) return;
    monaco.editor.setModelMarkers(
      model,
      MARKER_OWNER,
      findings.map((f) => ({
        severity: SEVERITY[f.severity],
        message: f.message,
        source: 'hocdocker',
        code: { value: f.rule, target: monaco.Uri.parse(absolute(f.docsUrl)) },
        startLineNumber: f.line,
        startColumn: f.column,
        endLineNumber: f.endLine,
        endColumn: f.endColumn,
      })),
    );
    if (performance.getEntriesByName(ANALYSIS_START_MARK).length > 0) {
      performance.measure(MARKERS_MEASURE, ANALYSIS_START_MARK);
      performance.clearMarks(ANALYSIS_START_MARK);
    }
  }, [dockerfileUri, findings, analyzedSource, file.path, modelVersion]);

  useEffect(() => {
    const editor = editorRef.current;
    if (!editor || !reveal) return;
    editor.revealLineInCenter(reveal.line);
    editor.setPosition({ lineNumber: reveal.line, column: 1 });
    editor.focus();
  }, [reveal]);

  useEffect(() => () => void analyzedModels.delete(dockerfileUri), [dockerfileUri]);

  const handleMount: OnMount = (editor) => {
    editorRef.current = editor;
    void loadCodeFont();
    registerProviders();
    setModelVersion((v) => v + 1);
    editor.onDidChangeModel(() => setModelVersion((v) => v + 1));
    // Wrapped lines count too: Monaco's own measure, on every edit, resize and file switch.
    // @monaco-editor/react creates the editor in a hidden (0 px wide) container, where every line wraps:
    // lay it out at its real width first, or a frame shows it at its tallest.
    editor.layout();
    setHeight(editorHeight(editor.getContentHeight()));
    editor.onDidContentSizeChange((event) => {
      if (event.contentHeightChanged) setHeight(editorHeight(event.contentHeight));
    });
    fitProblemPeekToMessage(editor);
    editor.addAction({
      id: 'hocdocker.grade',
      label: 'Chấm điểm',
      keybindings: [monaco.KeyMod.CtrlCmd | monaco.KeyCode.Enter],
      run: () => onGradeRef.current(),
    });
    onReady?.({ focus: () => editor.focus() });
  };

  return (
    <Editor
      height={height}
      path={modelPath(scope, file.path)}
      language={file.language}
      value={echo ? undefined : file.value}
      theme={dark ? 'vs-dark' : 'vs'}
      loading={<p className="editor-loading">Đang tải trình soạn thảo…</p>}
      onMount={handleMount}
      // Monaco puts its context menu beside the editor, not in it: the class hands that menu the
      // theme's colours (as `.monaco-editor` does its own widgets), or it shows with no background.
      className="monaco-component"
      onChange={(value) => {
        if (file.readOnly) return;
        setSent((last) => ({ path: file.path, values: [...(last.path === file.path ? last.values.slice(-19) : []), value ?? ''] }));
        onChange(value ?? '');
      }}
      options={{
        ...EDITOR_LAYOUT_OPTIONS,
        fontFamily,
        ariaLabel: file.path === 'Dockerfile' ? 'Trình soạn thảo Dockerfile' : `Trình soạn thảo ${file.path}${file.readOnly ? ' (chỉ đọc)' : ''}`,
        readOnly: file.readOnly,
        readOnlyMessage: { value: 'Tệp ngữ cảnh chỉ để đọc: hãy sửa Dockerfile hoặc .dockerignore.' },
        renderValidationDecorations: 'on',
        automaticLayout: true,
        fixedOverflowWidgets: true,
        lightbulb: { enabled: monaco.editor.ShowLightbulbIconMode.OnCode },
      }}
    />
  );
}
