import { describe, expect, it } from 'vitest';
import { exercises } from '@/content/docker/exercises';
import { analysisViewSchema } from '@/lib/progress/schema';
import { cacheChoices, cacheSteps } from '@/components/editor/layer-cache-simulation';
import { safeAnalyze } from '@/components/editor/safe-analyze';
import { exerciseContextFiles } from '@/lib/content/exercise';
import { showsLayerCache, starterView } from './analysis-view';
import { analyzedDockerignore, exerciseAnalyzeOptions, starterDraft } from './starter';

describe('starterView', () => {
  it.each(exercises.map((exercise) => [exercise.id, exercise] as const))(
    '%s: what the build draws is what the workspace first draws, and it survives the trip to the browser and back from storage',
    (_id, exercise) => {
      const view = starterView(exercise);
      const draft = starterDraft(exercise);
      const dockerignore = analyzedDockerignore(exercise, draft);
      const live = safeAnalyze(draft.code, exerciseAnalyzeOptions(exercise, dockerignore));
      if (!live.ok) throw new Error(live.message);

      expect(view.findings.length).toBeGreaterThan(0);
      expect(view.findings.map((f) => [f.rule, f.severity, f.line, f.column, f.message, f.docsUrl, f.fix?.title])).toEqual(
        live.analysis.findings.map((f) => [f.rule, f.severity, f.line, f.column, f.message, f.docsUrl, f.fix?.title]),
      );
      if (showsLayerCache(exercise)) {
        const choices = cacheChoices(live.analysis, exerciseContextFiles(exercise));
        const steps = cacheSteps(live.analysis, choices[0], exerciseContextFiles(exercise), dockerignore);
        expect(view.layerCache?.choices).toEqual(choices.map((c) => c.label));
        expect(view.layerCache?.steps.map((s) => `${s.line} ${s.keyword} ${s.status}`)).toEqual(steps.map((s) => `${s.line} ${s.keyword} ${s.status}`));
        expect(view.layerCache?.steps.length).toBeGreaterThan(0);
      } else {
        expect(view.layerCache).toBeUndefined();
      }
      expect(JSON.parse(JSON.stringify(view))).toEqual(view);
      expect(analysisViewSchema.parse(view)).toEqual(view);
    },
  );
});
