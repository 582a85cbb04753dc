'use client';
// A short-lived notice after a destructive action, with "Hoàn tác" to take it back.
import { useEffect, useRef } from 'react';

export interface UndoToastState {
  message: string;
  undo(): void;
  /** Changes on every new toast, so the timer restarts. */
  id: number;
  /** What had focus when the action was taken: focus returns there when the toast goes from under it. */
  origin?: HTMLElement | null;
}

export const UNDO_TOAST_MS = 12_000;

export function UndoToast({ toast, onClose }: { toast: UndoToastState | null; onClose(): void }) {
  const region = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (!toast) return;
    const timer = setTimeout(() => {
      const hadFocus = region.current?.contains(document.activeElement) ?? false;
      onClose();
      if (hadFocus) toast.origin?.focus();
    }, UNDO_TOAST_MS);
    return () => clearTimeout(timer);
  }, [toast, onClose]);
  return (
    <div ref={region} role="status" aria-live="polite" className="undo-toast-region">
      {toast ? (
        <p className="undo-toast">
          {toast.message}{' '}
          <button
            type="button"
            className="button button--small"
            onClick={() => {
              toast.undo();
              onClose();
              toast.origin?.focus(); // the button goes with the toast
            }}
          >
            Hoàn tác
          </button>
        </p>
      ) : null}
    </div>
  );
}
