// What the workspace draws from an analysis (the findings; question 8's layer-cache steps), as plain
// data: worked out for the starter by the lesson's server component at build time, and kept with saved
// code, so the preview draws what the first live analysis will. Apart from starter.ts: this one imports
// the analyzer, which must stay out of the lesson's first-load JS.
import { exerciseContextFiles, type Exercise } from '@/lib/content/exercise';
import type { Analysis } from '@/lib/dockerfile';
import type { AnalysisView } from '@/lib/progress/schema';
import { firstLayerCache } from '@/components/editor/layer-cache-simulation';
import { safeAnalyze } from '@/components/editor/safe-analyze';
import { analyzedDockerignore, exerciseAnalyzeOptions, starterDraft } from './starter';

/** Question 8 is about the layer cache: its workspace shows the simulation under the findings. */
export function showsLayerCache(exercise: Exercise): boolean {
  return exercise.question === 8;
}

export function analysisView(exercise: Exercise, analysis: Analysis, dockerignore: string | undefined): AnalysisView {
  return {
    findings: analysis.findings.map(({ rule, severity, messageId, message, line, column, docsUrl, fix }) => ({
      rule,
      severity,
      messageId,
      message,
      line,
      column,
      docsUrl,
      ...(fix ? { fix: { title: fix.title } } : {}),
    })),
    ...(showsLayerCache(exercise) ? { layerCache: firstLayerCache(analysis, exerciseContextFiles(exercise), dockerignore, exercise.layerCacheChange) } : {}),
  };
}

/** The starter's view, as the workspace's first analysis draws it; no findings if the analyzer fails on it. */
export function starterView(exercise: Exercise): AnalysisView {
  const draft = starterDraft(exercise);
  const dockerignore = analyzedDockerignore(exercise, draft);
  const result = safeAnalyze(draft.code, exerciseAnalyzeOptions(exercise, dockerignore));
  return result.ok ? analysisView(exercise, result.analysis, dockerignore) : { findings: [] };
}
