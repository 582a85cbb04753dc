// The editor is as tall as its file, between room to type and a share of the screen: a 3-line
// starter does not sit in an empty 28rem box, and a long file scrolls inside the frame.

/** Monaco's line height at the editor's 14px font (Linux and Windows; macOS is a little taller). */
export const EDITOR_LINE_PX = 19;

/** Lines of empty room under the last one, so there is always somewhere to type. */
const SLACK_LINES = 2;

/** CSS height for an editor whose content is `contentPx` tall. */
export function editorHeight(contentPx: number): string {
  return `clamp(12rem, ${Math.ceil(contentPx) + SLACK_LINES * EDITOR_LINE_PX}px, min(60vh, 28rem))`;
}

/** The same before Monaco has measured anything: from the number of lines in the text. */
export function estimatedEditorHeight(text: string): string {
  return editorHeight(text.split('\n').length * EDITOR_LINE_PX);
}
