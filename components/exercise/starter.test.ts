import { describe, expect, it } from 'vitest';
import { exercises } from '@/content/docker/exercises';
import { safeAnalyze } from '@/components/editor/safe-analyze';
import { analyzedDockerignore, exerciseAnalyzeOptions, starterDraft, starterFindings } from './starter';

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

describe('analyzedDockerignore', () => {
  const [withIgnore, withoutIgnore] = [exercises.find((e) => e.files.some((f) => f.path === '.dockerignore')), exercises.find((e) => !e.files.some((f) => f.path === '.dockerignore'))];

  it("is the tab's text when the exercise has a .dockerignore, even empty", () => {
    expect(withIgnore && analyzedDockerignore(withIgnore, { code: '', dockerignore: '' })).toBe('');
  });

  it('is no file when the exercise has none and the tab is empty', () => {
    expect(withoutIgnore && analyzedDockerignore(withoutIgnore, { code: '', dockerignore: '' })).toBeUndefined();
    expect(withoutIgnore && analyzedDockerignore(withoutIgnore, { code: '', dockerignore: 'data/' })).toBe('data/');
  });
});
