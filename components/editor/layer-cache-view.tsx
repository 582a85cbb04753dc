'use client';
// Question 8, interactively: pick a change and see each instruction cached or rebuilt, with the reason.
// Computed by the analyzer's layer-cache model from the current Dockerfile, never written per exercise.
import { useMemo, useState } from 'react';
import type { Analysis } from '@/lib/dockerfile';
import { cacheChoices, cacheSteps } from './layer-cache-simulation';
import { LayerCacheSteps } from './layer-cache-steps';

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
  const choices = useMemo(() => cacheChoices(analysis, contextFiles), [analysis, contextFiles]);
  const [chosen, setChosen] = useState(0);
  const index = Math.max(0, Math.min(chosen, choices.length - 1));
  const choice = choices[index];
  const steps = useMemo(() => cacheSteps(analysis, choice, contextFiles, dockerignore), [analysis, choice, contextFiles, dockerignore]);
  const labels = useMemo(() => choices.map((c) => c.label), [choices]);
  return <LayerCacheSteps choices={labels} steps={steps} chosen={index} handlers={{ onChoose: setChosen, onJump }} />;
}
