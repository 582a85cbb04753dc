// The workspace's file tabs (Dockerfile, .dockerignore, the exercise's read-only files). Shared by
// CodeWorkspace and the exercise preview, which must draw the same row before the editor loads.
import type { KeyboardEvent } from 'react';

export interface FileTab {
  path: string;
  readOnly: boolean;
}

export interface FileTabsProps {
  files: readonly FileTab[];
  activePath: string;
  /** Prefix of the tab ids (`${baseId}-tab-${path}`) and of the panel's (`${baseId}-panel`). */
  baseId: string;
  onSelect(path: string): void;
}

export function FileTabs({ files, activePath, baseId, onSelect }: FileTabsProps) {
  // Arrow keys move between tabs, as in any tablist.
  function onTabKey(event: KeyboardEvent<HTMLButtonElement>, index: number) {
    const step = event.key === 'ArrowRight' ? 1 : event.key === 'ArrowLeft' ? -1 : 0;
    if (step === 0) return;
    const next = files[(index + step + files.length) % files.length];
    if (!next) return;
    onSelect(next.path);
    document.getElementById(`${baseId}-tab-${next.path}`)?.focus();
  }

  return (
    <div role="tablist" aria-label="Tệp của bài" className="file-tabs">
      {files.map((file, index) => (
        <button
          key={file.path}
          id={`${baseId}-tab-${file.path}`}
          type="button"
          role="tab"
          className={file.readOnly ? 'file-tab file-tab--readonly' : 'file-tab'}
          aria-selected={file.path === activePath}
          aria-controls={`${baseId}-panel`}
          tabIndex={file.path === activePath ? 0 : -1}
          onClick={() => onSelect(file.path)}
          onKeyDown={(event) => onTabKey(event, index)}
        >
          {file.path}
          {file.readOnly ? <span className="file-tab-readonly"> (chỉ đọc)</span> : null}
        </button>
      ))}
    </div>
  );
}
