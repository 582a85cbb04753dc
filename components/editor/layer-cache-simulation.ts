// The layer-cache model's answers for the view, never throwing: a Dockerfile the model cannot follow
// shows no simulation. A plain module: the lesson's server component draws the starter's at build time.
import type { Analysis } from '@/lib/dockerfile';
import { changesFor, simulateLayerCache, type ChangeChoice, type LayerStep } from '@/lib/dockerfile/layer-cache';
import type { ShownLayerCache } from '@/lib/progress/schema';

export function cacheChoices(analysis: Analysis, contextFiles: string[]): ChangeChoice[] {
  try {
    return changesFor(analysis, contextFiles);
  } catch {
    return [];
  }
}

export function cacheSteps(analysis: Analysis, choice: ChangeChoice | undefined, contextFiles: string[], dockerignore: string | undefined): LayerStep[] {
  if (!choice) return [];
  try {
    return simulateLayerCache(analysis, { change: choice.change, contextFiles, ...(dockerignore === undefined ? {} : { dockerignore }) });
  } catch {
    return [];
  }
}

/** The view before the learner picks anything: the changes offered, and what the first one rebuilds. */
export function firstLayerCache(analysis: Analysis, contextFiles: string[], dockerignore: string | undefined): ShownLayerCache {
  const choices = cacheChoices(analysis, contextFiles);
  const steps = cacheSteps(analysis, choices[0], contextFiles, dockerignore);
  return {
    choices: choices.map((choice) => choice.label),
    steps: steps.map(({ line, keyword, status, reason }) => ({ line, keyword, status, reason })),
  };
}
