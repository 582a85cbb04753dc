'use client';
// Question 8, interactively: pick a change and see each instruction cached or rebuilt, with the reason.
// Computed by the analyzer's layer-cache model from the current Dockerfile, never written per exercise.
import { useId, useMemo, useState } from 'react';
import type { Analysis } from '@/lib/dockerfile';
import { changesFor, simulateLayerCache, type LayerStep } from '@/lib/dockerfile/layer-cache';

export function LayerCacheView({
  analysis,
  dockerignore,
  contextFiles,
  onJump,
}: {
  analysis: Analysis;
  dockerignore: string | undefined;
  contextFiles: string[];
  onJump(line: number): void;
}) {
  const selectId = useId();
  const choices = useMemo(() => {
    try {
      return changesFor(analysis, contextFiles);
    } catch {
      return [];
    }
  }, [analysis, contextFiles]);
  const [chosen, setChosen] = useState(0);
  const choice = choices[Math.min(chosen, choices.length - 1)];
  const steps: LayerStep[] = useMemo(() => {
    if (!choice) return [];
    try {
      return simulateLayerCache(analysis, { change: choice.change, contextFiles, ...(dockerignore === undefined ? {} : { dockerignore }) });
    } catch {
      return [];
    }
  }, [analysis, choice, contextFiles, dockerignore]);

  if (!choice) return <p>Chưa có lệnh nào để mô phỏng cache.</p>;
  const rebuilt = steps.filter((s) => s.status === 'rebuilt').length;
  return (
    <section className="layer-cache" aria-label="Mô phỏng layer cache" data-testid="layer-cache">
      <label htmlFor={selectId}>Nếu tôi… </label>
      <select id={selectId} value={Math.min(chosen, choices.length - 1)} onChange={(event) => setChosen(Number(event.target.value))}>
        {choices.map((c, index) => (
          <option key={c.label} value={index}>
            {c.label}
          </option>
        ))}
      </select>
      <p className="layer-cache-summary" aria-live="polite">
        {rebuilt === 0 ? 'Mọi lớp dùng cache.' : `${steps.length - rebuilt} lớp dùng cache, ${rebuilt} lớp build lại.`}
      </p>
      <ol className="layer-steps">
        {steps.map((step) => (
          <li key={`${step.line}:${step.keyword}`} className={`layer-${step.status}`} data-status={step.status}>
            <button type="button" className="layer-line" onClick={() => onJump(step.line)} aria-label={`Tới dòng ${step.line}`}>
              Dòng {step.line}
            </button>{' '}
            <strong>{step.keyword}</strong>{' '}
            <span className="layer-status">{step.status === 'cached' ? '✓ dùng cache' : '↻ build lại'}</span>
            <span className="layer-reason"> — {step.reason}</span>
          </li>
        ))}
      </ol>
    </section>
  );
}
