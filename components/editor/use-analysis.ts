'use client';
// Re-analyses the Dockerfile as the learner types, debounced, on the main thread (the analyzer is
// built for per-keystroke use). The analyzer module is imported lazily, after the page is interactive.
import { useEffect, useState } from 'react';
import type { AnalyzeOptions } from '@/lib/dockerfile/types';
import type { SafeAnalysis } from './safe-analyze';

export const ANALYSIS_DELAY_MS = 150;
/** Performance marks: analysis start, and markers applied (measured from the start). */
export const ANALYSIS_START_MARK = 'hocdocker-analysis-start';
export const MARKERS_MEASURE = 'hocdocker-markers';

type Analyzer = typeof import('./safe-analyze');
let analyzerModule: Promise<Analyzer> | null = null;
export function loadAnalyzer(): Promise<Analyzer> {
  analyzerModule ??= import('./safe-analyze');
  return analyzerModule;
}

export function useAnalysis(source: string, options: AnalyzeOptions & { allRules?: boolean }, delay = ANALYSIS_DELAY_MS): SafeAnalysis | null {
  const [result, setResult] = useState<SafeAnalysis | null>(null);
  const optionsKey = JSON.stringify(options);

  useEffect(() => {
    let cancelled = false;
    const timer = setTimeout(
      () => {
        void loadAnalyzer().then(({ safeAnalyze }) => {
          if (cancelled) return;
          performance.mark(ANALYSIS_START_MARK); // read by scripts/bench-editor.mjs
          setResult(safeAnalyze(source, JSON.parse(optionsKey) as AnalyzeOptions));
        });
      },
      // The first analysis runs at once; later ones wait for a pause in typing.
      result === null ? 0 : delay,
    );
    return () => {
      cancelled = true;
      clearTimeout(timer);
    };
    // eslint-disable-next-line react-hooks/exhaustive-deps -- `result` only picks the first delay
  }, [source, optionsKey, delay]);

  return result;
}
