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
  // Arrow keys move between tabs, Home and End to the first and the last, as in any tablist.
  function onTabKey(event: KeyboardEvent<HTMLButtonElement>, index: number) {
    const to =
      event.key === 'ArrowRight' ? (index + 1) % files.length
      : event.key === 'ArrowLeft' ? (index - 1 + files.length) % files.length
      : event.key === 'Home' ? 0
      : event.key === 'End' ? files.length - 1
      : -1;
    const next = files[to];
    if (!next) return;
    // Home and End would otherwise scroll the page as well.
    event.preventDefault();
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
          {file.readOnly ? (
            <span className="file-tab-readonly">
              {/* On a phone the lock stands in for the words, which stay in the tab's name (globals.css). */}
              <svg className="file-tab-lock" viewBox="0 0 16 16" width="12" height="12" aria-hidden="true">
                <rect x="3" y="7" width="10" height="7.5" rx="1.5" fill="currentColor" />
                <path d="M5.25 7V5a2.75 2.75 0 0 1 5.5 0v2" fill="none" stroke="currentColor" strokeWidth="1.6" />
              </svg>
              <span className="file-tab-readonly-text"> (chỉ đọc)</span>
            </span>
          ) : null}
        </button>
      ))}
    </div>
  );
}
