'use client';
// Question 8, interactively: pick a change and see each instruction cached or rebuilt, with the reason.
// Computed by the analyzer's layer-cache model from the current Dockerfile, never written per exercise.
import { useMemo, useState } from 'react';
import type { Analysis } from '@/lib/dockerfile';
import type { ChangeChoice } from '@/lib/dockerfile/layer-cache';
import { cacheChoices, cacheSteps, initialChoice } from './layer-cache-simulation';
import { LayerCacheSteps } from './layer-cache-steps';

export function LayerCacheView({
  analysis,
  dockerignore,
  contextFiles,
  initialChange,
  onJump,
}: {
  analysis: Analysis;
  dockerignore: string | undefined;
  contextFiles: string[];
  /** The context file whose change the view opens on, until the learner picks another (the exercise's question). */
  initialChange?: string;
  onJump(line: number): void;
}) {
  const choices = useMemo(() => cacheChoices(analysis, contextFiles), [analysis, contextFiles]);
  // Kept by what it changes, not by position: editing the Dockerfile reorders the choices.
  const [chosen, setChosen] = useState<string | null>(null);
  const picked = choices.findIndex((c) => changeKey(c) === chosen);
  const index = picked >= 0 ? picked : initialChoice(choices, initialChange);
  const choice = choices[index];
  const steps = useMemo(() => cacheSteps(analysis, choice, contextFiles, dockerignore), [analysis, choice, contextFiles, dockerignore]);
  const labels = useMemo(() => choices.map((c) => c.label), [choices]);
  const onChoose = (next: number) => {
    const picked = choices[next];
    if (picked) setChosen(changeKey(picked));
  };
  return <LayerCacheSteps choices={labels} steps={steps} chosen={index} handlers={{ onChoose, onJump }} />;
}

function changeKey({ change }: ChangeChoice): string {
  if (change.kind === 'file') return `file:${change.path}`;
  if (change.kind === 'arg') return `arg:${change.name}`;
  return `base-image:${change.image ?? ''}`;
}
