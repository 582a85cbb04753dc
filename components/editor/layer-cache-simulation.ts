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

/** The change the view opens on: the edit of `changedFile` when the exercise asks about one and it is offered, else the first. */
export function initialChoice(choices: readonly ChangeChoice[], changedFile: string | undefined): number {
  if (changedFile === undefined) return 0;
  return Math.max(0, choices.findIndex(({ change }) => change.kind === 'file' && change.path === changedFile));
}

/** The view before the learner picks anything: the changes offered, and what the initial one rebuilds. */
export function firstLayerCache(analysis: Analysis, contextFiles: string[], dockerignore: string | undefined, changedFile?: string): ShownLayerCache {
  const choices = cacheChoices(analysis, contextFiles);
  const chosen = initialChoice(choices, changedFile);
  const steps = cacheSteps(analysis, choices[chosen], contextFiles, dockerignore);
  return {
    choices: choices.map((choice) => choice.label),
    chosen,
    steps: steps.map(({ line, keyword, status, reason }) => ({ line, keyword, status, reason })),
  };
}
