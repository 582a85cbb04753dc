'use client';
// Up to three hints, revealed one at a time ("Gợi ý 1/3").
import { useState } from 'react';

export function Hints({ hints }: { hints: readonly string[] }) {
  const [shown, setShown] = useState(0);
  if (hints.length === 0) return null;
  return (
    <div className="hints">
      <ol className="hint-list">
        {hints.slice(0, shown).map((hint, index) => (
          <li key={index}>
            <strong>
              Gợi ý {index + 1}/{hints.length}:
            </strong>{' '}
            {hint}
          </li>
        ))}
      </ol>
      {shown < hints.length ? (
        <button type="button" className="button" onClick={() => setShown(shown + 1)}>
          Xem gợi ý {shown + 1}/{hints.length}
        </button>
      ) : null}
    </div>
  );
}
