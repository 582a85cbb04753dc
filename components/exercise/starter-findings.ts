// The starter's findings, worked out by the lesson's server component at build time with the options
// the workspace passes, so the preview shows what the first live analysis will show. Apart from
// starter.ts: this one imports the analyzer, which must stay out of the lesson's first-load JS.
import type { Exercise } from '@/lib/content/exercise';
import type { Finding } from '@/lib/dockerfile/types';
import { safeAnalyze } from '@/components/editor/safe-analyze';
import { analyzedDockerignore, exerciseAnalyzeOptions, starterDraft } from './starter';

/** The starter's findings, as the workspace's first analysis gives them; none if the analyzer fails on it. */
export function starterFindings(exercise: Exercise): Finding[] {
  const draft = starterDraft(exercise);
  const result = safeAnalyze(draft.code, exerciseAnalyzeOptions(exercise, analyzedDockerignore(exercise, draft)));
  return result.ok ? result.analysis.findings : [];
}
