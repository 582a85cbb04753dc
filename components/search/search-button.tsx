'use client';
// The header's search button and shortcuts. The dialog, MiniSearch and the index load only on first use,
// so this is all the search code a page ships up front.
import { lazy, Suspense, useCallback, useEffect, useRef, useState } from 'react';
import { isSearchShortcut } from './search-shortcut';

const loadDialog = () => import('./search-dialog');
/** The dialog alone (e.g. for a page that opens search itself); loaded on first render. */
export const SearchDialog = lazy(loadDialog);

export function SearchButton() {
  const [open, setOpen] = useState(false);
  const returnFocus = useRef<HTMLElement | null>(null);
  const button = useRef<HTMLButtonElement>(null);
  const restorePending = useRef(false);

  const show = useCallback(() => {
    const active = document.activeElement;
    returnFocus.current = active instanceof HTMLElement && active !== document.body ? active : button.current;
    setOpen(true);
  }, []);

  const close = useCallback((restoreFocus: boolean) => {
    restorePending.current = restoreFocus;
    setOpen(false);
  }, []);

  // Focus can only return once the modal dialog is gone: while it is open the page behind is inert.
  useEffect(() => {
    if (open || !restorePending.current) return;
    restorePending.current = false;
    returnFocus.current?.focus();
  }, [open]);

  useEffect(() => {
    function onKeyDown(event: KeyboardEvent) {
      if (!isSearchShortcut(event)) return;
      event.preventDefault();
      show();
    }
    window.addEventListener('keydown', onKeyDown);
    return () => window.removeEventListener('keydown', onKeyDown);
  }, [show]);

  return (
    <>
      <button
        ref={button}
        type="button"
        className="search-button"
        aria-haspopup="dialog"
        aria-label="Tìm kiếm"
        aria-keyshortcuts="Control+K /"
        title="Tìm kiếm (Ctrl+K hoặc /)"
        onClick={show}
        onPointerEnter={() => void loadDialog()}
        onFocus={() => void loadDialog()}
      >
        <svg viewBox="0 0 24 24" width="18" height="18" aria-hidden="true">
          <circle cx="11" cy="11" r="6.5" fill="none" stroke="currentColor" strokeWidth="2" />
          <path d="m16 16 4.5 4.5" stroke="currentColor" strokeWidth="2" strokeLinecap="round" />
        </svg>
        <span className="search-button__label">Tìm kiếm</span>
      </button>
      {open ? (
        <Suspense fallback={null}>
          <SearchDialog onClose={close} />
        </Suspense>
      ) : null}
    </>
  );
}
