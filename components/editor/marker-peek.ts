// F8's problem peek (Monaco's marker navigation widget) wraps each finding to its width (globals.css),
// but Monaco gives it one row per line of the message, however many rows the words wrap to: the rest
// was cut off. This gives the peek the rows its wrapped message takes. It reaches into monaco-editor's
// privates (the marker controller's `_widget`, its `computeRequiredHeight` and `_relayout`), which
// e2e/editor-widgets.spec.ts checks on every upgrade.
import * as monaco from 'monaco-editor/editor';

interface ProblemPeek {
  computeRequiredHeight(): number;
  _relayout(): void;
}

/** Monaco's own cap on the rows of a message. */
const MAX_MESSAGE_ROWS = 17;
const fitted = new WeakSet<ProblemPeek>();

/** From now until the editor goes: every time the peek opens, moves or changes width. */
export function fitProblemPeekToMessage(editor: monaco.editor.IStandaloneCodeEditor): void {
  let frame = 0;
  const fitSoon = () => {
    cancelAnimationFrame(frame);
    // After Monaco has laid the peek out at its width (and outside its own view-zone change).
    frame = requestAnimationFrame(() => fit(editor));
  };
  editor.onDidContentSizeChange(fitSoon);
  editor.onDidLayoutChange(fitSoon);
  editor.onDidDispose(() => cancelAnimationFrame(frame));
}

function fit(editor: monaco.editor.IStandaloneCodeEditor): void {
  const peek = editor.getContribution<monaco.editor.IEditorContribution & { _widget?: ProblemPeek }>('editor.contrib.markerController')?._widget;
  if (!peek || typeof peek.computeRequiredHeight !== 'function' || typeof peek._relayout !== 'function') return;
  if (!fitted.has(peek)) {
    fitted.add(peek);
    const counted = peek.computeRequiredHeight.bind(peek);
    peek.computeRequiredHeight = () => {
      const linesByMonaco = counted();
      const body = editor.getDomNode()?.querySelector<HTMLElement>('.marker-widget .descriptioncontainer');
      if (!body || body.clientWidth === 0) return linesByMonaco;
      const lineHeight = editor.getOption(monaco.editor.EditorOption.lineHeight);
      const padding = parseFloat(getComputedStyle(body).paddingTop) || 0;
      const rows = Math.ceil((body.scrollHeight - padding - 1) / lineHeight);
      // Monaco's count is 3 (title and frame) + the message's lines: the same 3 + the rows they wrap to.
      return Math.max(linesByMonaco, 3 + Math.min(MAX_MESSAGE_ROWS, rows));
    };
  }
  peek._relayout();
}
