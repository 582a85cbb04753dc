// On a phone the page's HTML is painted long before its JS runs, so the exercise preview's frame
// cannot wait for useEditorMetrics to learn the panel's width: a small inline script, right after
// the preview, gives it the soft-wrapped height first. The wrapping is worked out at build time for
// every column the file can wrap at; in the page there is only the column to find.
import { EDITOR_FONT, editorGutter, heightForRows, wrappedRows, type EditorGutter } from './editor-height';

/** The frame's height at every wrapping column from 1 to the widest line's, where nothing wraps any more. */
export interface HeightsByColumn {
  /** Each height once, less the `prefix` and `suffix` they all share (all but the number of pixels). */
  heights: string[];
  prefix: string;
  suffix: string;
  /** At column `c`, `heights[atColumn[c - 1]]`; past the end, the last one. */
  atColumn: number[];
}

export function heightsByColumn(text: string): HeightsByColumn {
  const lines = text.split('\n').map((line) => line.replace(/\r$/, ''));
  const heights: string[] = [];
  const atColumn: number[] = [];
  for (let column = 1; ; column++) {
    const height = heightForRows(lines.reduce((sum, line) => sum + wrappedRows(line, column), 0));
    if (!heights.includes(height)) heights.push(height);
    atColumn.push(heights.indexOf(height));
    if (height === heightForRows(lines.length)) break;
  }
  const first = heights[0] ?? '';
  let prefix = first.length;
  let suffix = first.length;
  for (const height of heights) while (!height.startsWith(first.slice(0, prefix))) prefix--;
  for (const height of heights) while (prefix + suffix > height.length || !height.endsWith(first.slice(first.length - suffix))) suffix--;
  return {
    heights: heights.map((height) => height.slice(prefix, height.length - suffix)),
    prefix: first.slice(0, prefix),
    suffix: first.slice(first.length - suffix),
    atColumn,
  };
}

/**
 * Runs in the page, from its source text, before the page's JS: it may use nothing but its arguments.
 * Finds the column as `wrappingColumn` does, with the character width as `measureEditorCharPx` reads it.
 */
function sizePreviewFrame(script: Element | null, font: string, gutter: EditorGutter, table: HeightsByColumn) {
  const island = script && script.previousElementSibling;
  const panel = island && island.querySelector('.code-workspace-panel--preview');
  const context = document.createElement('canvas').getContext('2d');
  if (!(panel instanceof HTMLElement) || !context) return;
  context.font = font;
  const charPx = Math.round(context.measureText('n'.repeat(256)).width) / 256;
  const widthPx = panel.getBoundingClientRect().width;
  const column = Math.max(1, Math.floor((widthPx - Math.round(gutter.lineNumberChars * charPx) - gutter.fixedPx) / charPx));
  const height = table.heights[table.atColumn[Math.min(column, table.atColumn.length) - 1] ?? 0];
  if (height !== undefined) panel.style.setProperty('--editor-height', table.prefix + height + table.suffix);
}

/** The inline script that sizes the preview of `code`, placed right after its island. */
export function previewHeightScript(code: string): string {
  const lineCount = code.split('\n').length;
  const args = [EDITOR_FONT, editorGutter(lineCount), heightsByColumn(code)].map((arg) => JSON.stringify(arg)).join(',');
  return `(${sizePreviewFrame.toString()})(document.currentScript,${args})`;
}
