// What an exercise opens with: its starter files, the analyzer options its workspace uses, and the
// findings of that starter. A plain module: the lesson's server component computes the findings at
// build time with the same options the workspace passes, so the preview shows what the first live
// analysis will show.
import type { Exercise } from '@/lib/content/exercise';
import type { AnalyzeOptions, Finding } from '@/lib/dockerfile/types';
import { safeAnalyze } from '@/components/editor/safe-analyze';

export interface Draft {
  code: string;
  dockerignore: string;
}

export function starterDraft(exercise: Exercise): Draft {
  return {
    code: exercise.files.find((f) => f.path === 'Dockerfile')?.content ?? '',
    dockerignore: exercise.files.find((f) => f.path === '.dockerignore')?.content ?? '',
  };
}

/** The exercise's other files, shown read-only after the Dockerfile and .dockerignore tabs. */
export function readOnlyFiles(exercise: Exercise): Exercise['files'] {
  return exercise.files.filter((f) => f.path !== 'Dockerfile' && f.path !== '.dockerignore');
}

/** The .dockerignore the analyzer sees: without one in the exercise, an empty tab means "no file", as in a real build context. */
export function analyzedDockerignore(exercise: Exercise, draft: Draft): string | undefined {
  const hasIgnoreFile = exercise.files.some((f) => f.path === '.dockerignore');
  return hasIgnoreFile || draft.dockerignore !== '' ? draft.dockerignore : undefined;
}

export function exerciseAnalyzeOptions(exercise: Exercise, dockerignore: string | undefined): AnalyzeOptions {
  return { ...(dockerignore === undefined ? {} : { dockerignore }), ...(exercise.rubric.enable ? { enable: exercise.rubric.enable } : {}) };
}

/** The starter's findings, as the workspace's first analysis gives them; none if the analyzer fails on it. */
export function starterFindings(exercise: Exercise): Finding[] {
  const draft = starterDraft(exercise);
  const result = safeAnalyze(draft.code, exerciseAnalyzeOptions(exercise, analyzedDockerignore(exercise, draft)));
  return result.ok ? result.analysis.findings : [];
}
