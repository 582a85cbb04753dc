// The editor is as tall as its file, between room to type and a share of the screen: a 3-line
// starter does not sit in an empty 28rem box, and a long file scrolls inside the frame.
// Before Monaco has loaded, the frame's height is worked out as Monaco will measure it (same font,
// gutter and soft wrapping), so the text under the editor does not jump when Monaco takes over.
import type { editor } from 'monaco-editor/editor';

const FONT_PX = 14;
// Monaco's default per system (Menlo on macOS, Consolas on Windows, Droid Sans Mono on Linux), in one stack.
const FONT_FAMILY = "Menlo, Monaco, Consolas, 'Droid Sans Mono', monospace";
/**
 * The CSS font of the editor's text before the site's code font is known (the height script runs
 * before the page's styles apply): as wide as that font, so the rows come out the same.
 */
export const EDITOR_FONT = `${FONT_PX}px ${FONT_FAMILY}`;
/** The page's variables naming the code font's families, one per subset (components/layout/fonts.ts). */
const CODE_FONT_VARIABLES = ['--font-jetbrains-mono-latin', '--font-jetbrains-mono-latin-ext', '--font-jetbrains-mono-vietnamese'];
/** One letter of each subset: asking for it loads that subset's file (each is fetched on demand). */
export const CODE_FONT_SAMPLE = 'aĀễ';

/** The code font's family names as the page defines them; none outside a browser or without the variables. */
export function codeFontFamilies(): string[] {
  if (typeof document === 'undefined') return [];
  const style = getComputedStyle(document.documentElement);
  return CODE_FONT_VARIABLES.map((name) => style.getPropertyValue(name).trim()).filter((family) => family !== '');
}

/**
 * The editor's font stack: the site's code font first, then the system's. Linux's monospace
 * (DejaVu Sans Mono) lacks ễ, ẫ, ổ…, which Chromium then draws as ê˜ in a learner's comments.
 */
export function editorFontFamily(): string {
  return [...codeFontFamilies(), FONT_FAMILY].join(', ');
}
/** Fixed rather than Monaco's default ratio, which is taller on macOS than elsewhere. */
const LINE_PX = 19;
const TAB_SIZE = 4;
const LINE_NUMBERS_MIN_CHARS = 5;
const LINE_DECORATIONS_PX = 10;
/** Monaco adds it to the line decorations while folding is on. */
const FOLDING_PX = 16;
const VERTICAL_SCROLLBAR_PX = 14;

/**
 * Every Monaco option the height depends on: the editor is given these, the estimate assumes them.
 * The font family too, which is read from the page (editorFontFamily).
 */
export const EDITOR_LAYOUT_OPTIONS = {
  fontSize: FONT_PX,
  lineHeight: LINE_PX,
  tabSize: TAB_SIZE,
  wordWrap: 'on',
  wrappingIndent: 'none',
  wrappingStrategy: 'simple',
  glyphMargin: false,
  lineNumbersMinChars: LINE_NUMBERS_MIN_CHARS,
  lineDecorationsWidth: LINE_DECORATIONS_PX,
  folding: true,
  minimap: { enabled: false },
  scrollbar: { verticalScrollbarSize: VERTICAL_SCROLLBAR_PX },
  scrollBeyondLastLine: false,
} satisfies editor.IStandaloneEditorConstructionOptions;

/** Lines of empty room under the last one, so there is always somewhere to type. */
const SLACK_LINES = 2;

/** CSS height for an editor whose content is `contentPx` tall. */
export function editorHeight(contentPx: number): string {
  return `clamp(12rem, ${Math.ceil(contentPx) + SLACK_LINES * LINE_PX}px, min(60vh, 28rem))`;
}

/** The editor's width and the width of one character of its font, in CSS pixels. */
export interface EditorMetrics {
  widthPx: number;
  charPx: number;
}

/** The same before Monaco has measured anything: its rows, soft-wrapped lines included once the width is known. */
export function estimatedEditorHeight(text: string, metrics: EditorMetrics | null): string {
  const lines = text.split('\n');
  if (!metrics) return heightForRows(lines.length);
  const column = wrappingColumn(metrics, lines.length);
  return heightForRows(lines.reduce((sum, line) => sum + wrappedRows(line.replace(/\r$/, ''), column), 0));
}

/** The frame's height for so many rows of text, soft-wrapped ones included. */
export function heightForRows(rows: number): string {
  return editorHeight(rows * LINE_PX);
}

/** What Monaco takes from the panel's width before the text: the line numbers, in characters, and the rest in pixels. */
export interface EditorGutter {
  lineNumberChars: number;
  /** Line decorations and folding left of the text, the vertical scrollbar and 2px for the cursor right of it. */
  fixedPx: number;
}

export function editorGutter(lineCount: number): EditorGutter {
  return {
    lineNumberChars: Math.max(LINE_NUMBERS_MIN_CHARS, String(lineCount).length),
    fixedPx: LINE_DECORATIONS_PX + FOLDING_PX + VERTICAL_SCROLLBAR_PX + 2,
  };
}

/** Monaco's wrapping column: the width right of the gutter, less the vertical scrollbar and 2px for the cursor. */
export function wrappingColumn({ widthPx, charPx }: EditorMetrics, lineCount: number): number {
  const { lineNumberChars, fixedPx } = editorGutter(lineCount);
  // The same sum as the pre-paint script's (editor-height-script.ts), so both round alike.
  return Math.max(1, Math.floor((widthPx - Math.round(lineNumberChars * charPx) - fixedPx) / charPx));
}

// Monaco's default wordWrapBreakBeforeCharacters and wordWrapBreakAfterCharacters, their ASCII part.
const BREAK_BEFORE = '([{+';
const BREAK_AFTER = ' \t})]?|/&.,;';

type BreakClass = 'none' | 'before' | 'after';

function breakClass(char: string): BreakClass {
  return BREAK_BEFORE.includes(char) ? 'before' : BREAK_AFTER.includes(char) ? 'after' : 'none';
}

/** Monaco's rule: after a run of break-after characters, before a run of break-before ones, never before a space. */
function canBreak(previous: BreakClass, char: string, current: BreakClass): boolean {
  return char !== ' ' && ((previous === 'after' && current !== 'after') || (previous !== 'before' && current === 'before'));
}

/**
 * How many rows Monaco's soft wrap makes of one line at `column` columns: a port of its monospace
 * line-breaks computer. Every character but a tab takes one column; Dockerfiles are ASCII code and
 * Latin-script comments, not full-width CJK.
 */
export function wrappedRows(line: string, column: number): number {
  if (line.length <= 1) return 1;
  const width = (char: string, visible: number) => (char === '\t' ? TAB_SIZE - (visible % TAB_SIZE) : 1);
  let rows = 1;
  let rowStart = 0;
  let rowEnd = column;
  let breakOffset = 0;
  let breakVisible = 0;
  let visible = width(line.charAt(0), 0);
  let previous = breakClass(line.charAt(0));
  for (let i = 1; i < line.length; i++) {
    const char = line.charAt(i);
    const current = breakClass(char);
    const charWidth = width(char, visible);
    if (canBreak(previous, char, current)) {
      breakOffset = i;
      breakVisible = visible;
    }
    visible += charWidth;
    if (visible > rowEnd) {
      // No break opportunity, or one so far back that the next row could not hold the rest: cut here.
      if (breakOffset === 0 || visible - breakVisible > column) {
        breakOffset = i;
        breakVisible = visible - charWidth;
      }
      if (breakOffset > rowStart) {
        rows++;
        rowStart = breakOffset;
        rowEnd = breakVisible + column;
        breakOffset = 0;
      }
    }
    previous = current;
  }
  return rows;
}

/** The width of one character of the editor's font, read as Monaco reads it (a run of 256, in whole pixels). */
export function measureEditorCharPx(): number | null {
  const context = document.createElement('canvas').getContext('2d');
  if (!context) return null;
  context.font = `${FONT_PX}px ${editorFontFamily()}`;
  return Math.round(context.measureText('n'.repeat(256)).width) / 256;
}
