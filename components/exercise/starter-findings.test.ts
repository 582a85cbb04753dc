import { describe, expect, it } from 'vitest';
import { exercises } from '@/content/docker/exercises';
import { safeAnalyze } from '@/components/editor/safe-analyze';
import { analyzedDockerignore, exerciseAnalyzeOptions, starterDraft } from './starter';
import { starterFindings } from './starter-findings';

describe('starterFindings', () => {
  it.each(exercises.map((exercise) => [exercise.id, exercise] as const))(
    '%s: the build-time findings are the ones the workspace first shows, and survive the trip to the browser',
    (_id, exercise) => {
      const findings = starterFindings(exercise);
      const draft = starterDraft(exercise);
      const live = safeAnalyze(draft.code, exerciseAnalyzeOptions(exercise, analyzedDockerignore(exercise, draft)));
      expect(live.ok && live.analysis.findings).toEqual(findings);
      expect(JSON.parse(JSON.stringify(findings))).toEqual(findings);
      expect(findings.length).toBeGreaterThan(0);
    },
  );
});
