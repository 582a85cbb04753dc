'use client';
// Accessibility mode: a plain textarea that screen readers and every keyboard know, same grading.
import { useEffect, useRef } from 'react';
import type { WorkspaceFile } from './workspace-file';

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
      rows={Math.min(Math.max(file.value.split('\n').length + 1, 8), 30)}
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
