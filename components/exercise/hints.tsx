'use client';
// Up to three hints, revealed one at a time ("Gợi ý 1/3").
import { useEffect, useRef, useState } from 'react';

export function Hints({ hints }: { hints: readonly string[] }) {
  const [shown, setShown] = useState(0);
  const lastHint = useRef<HTMLLIElement>(null);
  const allShown = shown >= hints.length;
  // The button goes away with the last hint: focus moves to that hint instead of falling to the page.
  useEffect(() => {
    if (allShown && shown > 0) lastHint.current?.focus();
  }, [allShown, shown]);
  if (hints.length === 0) return null;
  return (
    <div className="hints">
      <ol className="hint-list" aria-live="polite">
        {hints.slice(0, shown).map((hint, index) => (
          <li key={index} ref={index === hints.length - 1 ? lastHint : undefined} tabIndex={index === hints.length - 1 ? -1 : undefined}>
            <strong>
              Gợi ý {index + 1}/{hints.length}:
            </strong>{' '}
            {hint}
          </li>
        ))}
      </ol>
      {allShown ? null : (
        <button type="button" className="button" onClick={() => setShown(shown + 1)}>
          Xem gợi ý {shown + 1}/{hints.length}
        </button>
      )}
    </div>
  );
}
