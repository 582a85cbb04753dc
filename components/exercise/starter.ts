// What an exercise opens with: its starter files and the analyzer options its workspace uses. A plain
// module without the analyzer: the lesson's preview imports it, and it is in every lesson's first load.
import type { Exercise } from '@/lib/content/exercise';
import type { AnalyzeOptions } from '@/lib/dockerfile/types';

export interface Draft {
  code: string;
  dockerignore: string;
}

export function sameDraft(a: Draft, b: Draft): boolean {
  return a.code === b.code && a.dockerignore === b.dockerignore;
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
