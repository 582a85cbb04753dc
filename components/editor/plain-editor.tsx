'use client';
// Accessibility mode: a plain textarea that screen readers and every keyboard know, same grading.
// As tall as Monaco would be for the same text (editorHeight: its content, two lines of room, between
// the same bounds), so switching modes does not move the page and a long file gets the same frame.
import { useEffect, useLayoutEffect, useRef, useState } from 'react';
import { EDITOR_LAYOUT_OPTIONS, editorHeight } from './editor-height';
import type { WorkspaceFile } from './workspace-file';

/** What decides where the text wraps and how tall its lines are, besides the width. */
const TEXT_STYLE = ['fontFamily', 'fontSize', 'fontWeight', 'fontStyle', 'letterSpacing', 'lineHeight', 'tabSize', 'whiteSpace', 'wordBreak', 'overflowWrap'] as const;

let mirror: HTMLTextAreaElement | null = null;

/**
 * The height of the textarea's text, wrapped at its width, without padding. Read from an unseen copy
 * (as react-textarea-autosize does): shrinking the real one to read it would move the page under it.
 */
function textContentPx(textarea: HTMLTextAreaElement): number {
  if (!mirror) {
    mirror = document.createElement('textarea');
    mirror.setAttribute('aria-hidden', 'true');
    mirror.tabIndex = -1;
    Object.assign(mirror.style, { position: 'absolute', top: '0', left: '-9999px', boxSizing: 'content-box', height: '0', padding: '0', border: '0', overflow: 'hidden', visibility: 'hidden' });
    document.body.append(mirror);
  }
  const style = getComputedStyle(textarea);
  for (const property of TEXT_STYLE) mirror.style[property] = style[property];
  // clientWidth leaves out the scrollbar a long file shows.
  mirror.style.width = `${textarea.clientWidth - parseFloat(style.paddingLeft) - parseFloat(style.paddingRight)}px`;
  mirror.value = textarea.value;
  return mirror.scrollHeight;
}

export function PlainEditor({
  file,
  onChange,
  onGrade,
  reveal,
}: {
  file: WorkspaceFile;
  onChange(value: string): void;
  onGrade(): void;
  reveal: { line: number; nonce: number } | null;
}) {
  const area = useRef<HTMLTextAreaElement>(null);
  const [contentPx, setContentPx] = useState<number | null>(null);

  // Measured before paint, again when the text changes and when the width does (wrapped lines).
  useLayoutEffect(() => {
    const textarea = area.current;
    if (!textarea) return;
    const measure = () => setContentPx(textContentPx(textarea));
    measure();
    const observer = new ResizeObserver(measure);
    observer.observe(textarea);
    return () => observer.disconnect();
  }, [file.value]);

  useEffect(() => {
    const textarea = area.current;
    if (!textarea || !reveal) return;
    const lines = textarea.value.split('\n');
    const offset = lines.slice(0, reveal.line - 1).reduce((sum, line) => sum + line.length + 1, 0);
    textarea.focus();
    textarea.setSelectionRange(offset, offset + (lines[reveal.line - 1]?.length ?? 0));
  }, [reveal]);

  return (
    <textarea
      ref={area}
      className="plain-editor"
      aria-label={file.path === 'Dockerfile' ? 'Trình soạn thảo Dockerfile' : `Trình soạn thảo ${file.path}`}
      value={file.value}
      readOnly={file.readOnly}
      spellCheck={false}
      autoCapitalize="off"
      autoComplete="off"
      // Monaco's line height, in proportion to the font size: at the default 14 px the same rows, larger with the reader's font.
      style={{
        lineHeight: EDITOR_LAYOUT_OPTIONS.lineHeight / EDITOR_LAYOUT_OPTIONS.fontSize,
        height: editorHeight(contentPx ?? 0),
      }}
      onChange={(event) => onChange(event.target.value)}
      onKeyDown={(event) => {
        if (event.key === 'Enter' && (event.ctrlKey || event.metaKey)) {
          event.preventDefault();
          onGrade();
        }
      }}
    />
  );
}
