'use client';
// A short-lived notice after a destructive action, with "Hoàn tác" to take it back.
import { useEffect } from 'react';

export interface UndoToastState {
  message: string;
  undo(): void;
  /** Changes on every new toast, so the timer restarts. */
  id: number;
}

export const UNDO_TOAST_MS = 12_000;

export function UndoToast({ toast, onClose }: { toast: UndoToastState | null; onClose(): void }) {
  useEffect(() => {
    if (!toast) return;
    const timer = setTimeout(onClose, UNDO_TOAST_MS);
    return () => clearTimeout(timer);
  }, [toast, onClose]);
  return (
    <div role="status" aria-live="polite" className="undo-toast-region">
      {toast ? (
        <p className="undo-toast">
          {toast.message}{' '}
          <button
            type="button"
            className="button button--small"
            onClick={() => {
              toast.undo();
              onClose();
            }}
          >
            Hoàn tác
          </button>
        </p>
      ) : null}
    </div>
  );
}
