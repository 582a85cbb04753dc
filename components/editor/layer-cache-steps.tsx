'use client';
// The layer-cache view's drawing: the change picker, the summary and one row per instruction. Without
// handlers (the exercise preview, before the analyzer has loaded) the same boxes, their controls disabled.
import { useId } from 'react';
import type { ShownLayerCache } from '@/lib/progress/schema';

export interface LayerCacheStepsProps extends ShownLayerCache {
  chosen: number;
  handlers: { onChoose(index: number): void; onJump(line: number): void } | null;
}

export function LayerCacheSteps({ choices, steps, chosen, handlers }: LayerCacheStepsProps) {
  const selectId = useId();
  if (choices.length === 0) return <p>Chưa có lệnh nào để mô phỏng cache.</p>;
  const disabled = handlers === null;
  const rebuilt = steps.filter((s) => s.status === 'rebuilt').length;
  return (
    <section className="layer-cache" aria-label="Mô phỏng layer cache" data-testid="layer-cache">
      <label htmlFor={selectId}>Nếu tôi… </label>
      <select id={selectId} value={chosen} disabled={disabled} onChange={(event) => handlers?.onChoose(Number(event.target.value))}>
        {choices.map((label, index) => (
          <option key={label} value={index}>
            {label}
          </option>
        ))}
      </select>
      <p className="layer-cache-summary" aria-live="polite">
        {rebuilt === 0 ? 'Mọi lớp dùng cache.' : `${steps.length - rebuilt} lớp dùng cache, ${rebuilt} lớp build lại.`}
      </p>
      <ol className="layer-steps">
        {steps.map((step) => (
          <li key={`${step.line}:${step.keyword}`} className={`layer-${step.status}`} data-status={step.status}>
            <button type="button" className="layer-line" disabled={disabled} onClick={() => handlers?.onJump(step.line)} aria-label={`Tới dòng ${step.line}`}>
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

/** Before the workspace is there: what the first analysis will draw, nothing to pick or jump to yet. */
export function LayerCachePreview({ layerCache }: { layerCache: ShownLayerCache }) {
  const chosen = layerCache.chosen !== undefined && layerCache.chosen < layerCache.choices.length ? layerCache.chosen : 0;
  return <LayerCacheSteps {...layerCache} chosen={chosen} handlers={null} />;
}
