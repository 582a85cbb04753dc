'use client';
// Up to three hints, revealed one at a time ("Gợi ý 1/3"). How many are shown is the learner's saved
// progress (the caller's), so a reload shows the same; without onReveal (the preview), the button waits.
import { useEffect, useRef } from 'react';

export function Hints({ hints, shown, onReveal }: { hints: readonly string[]; shown: number; onReveal?(count: number): void }) {
  const lastHint = useRef<HTMLLIElement>(null);
  // Set by a click here: hints restored on a visit are shown, not focused.
  const revealedHere = useRef(false);
  const visible = Math.min(shown, hints.length);
  const allShown = visible >= hints.length;
  // The button goes away with the last hint: focus moves to that hint instead of falling to the page.
  useEffect(() => {
    if (allShown && revealedHere.current) lastHint.current?.focus();
  }, [allShown]);
  if (hints.length === 0) return null;
  return (
    <div className="hints">
      <ol className="hint-list" aria-live="polite">
        {hints.slice(0, visible).map((hint, index) => (
          <li key={index} ref={index === hints.length - 1 ? lastHint : undefined} tabIndex={index === hints.length - 1 ? -1 : undefined}>
            <strong>
              Gợi ý {index + 1}/{hints.length}:
            </strong>{' '}
            {hint}
          </li>
        ))}
      </ol>
      {allShown ? null : (
        <button
          type="button"
          className="button"
          disabled={!onReveal}
          onClick={() => {
            revealedHere.current = true;
            onReveal?.(visible + 1);
          }}
        >
          Xem gợi ý {visible + 1}/{hints.length}
        </button>
      )}
    </div>
  );
}
