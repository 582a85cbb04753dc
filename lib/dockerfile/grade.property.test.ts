// Property tests of grading and of the layer-cache view: whatever the learner's Dockerfile, graded in
// the exercise's build context, every item of every exercise is judged by its own logic (never by the grader's error net), with a reason
// and lines inside the text, and every change the view offers can be simulated.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { exercises } from '../../content/docker/exercises';
import { exerciseContextFiles, exerciseContextTexts } from '../content/exercise';
import { anyText, editedChapterDockerfile, editedCopyOf, fragment, realisticDockerfile } from './arbitraries';
import { analyzeAndGrade } from './grade';
import { changesFor, simulateLayerCache } from './layer-cache';

/** The exercises' starters and reference solutions, as a learner's edits leave them. */
const editedExerciseDockerfile = editedCopyOf(exercises.flatMap((exercise) => [exercise.files[0]!.content, exercise.solution.dockerfile]));
const learnerText = fc.oneof(anyText, realisticDockerfile, editedChapterDockerfile, editedExerciseDockerfile);
const dockerignore = fc.option(fc.oneof(fc.constantFrom('.git\n.env\nmodels/\n', '*\n!src/\n', '**/*.pkl\n', '!\n[\n\\\n'), fc.array(fragment, { maxLength: 10 }).map((parts) => parts.join(''))), { nil: undefined });
/** Messages of the grader's error nets (grade.ts): an item judged by them hides a grading bug. */
const GRADER_ERROR = /Trình chấm gặp lỗi|Trình phân tích gặp lỗi|lỗi của trình chấm/;

function lineCount(text: string): number {
  return text.split(/\r\n|\r|\n/).length;
}

describe('grading any Dockerfile', () => {
  it('judges every item of every exercise by its own logic, with a reason and lines inside the text', () => {
    fc.assert(
      // Picked by id, so that a counterexample prints the id rather than the whole exercise.
      fc.property(learnerText, fc.constantFrom(...exercises.keys()), dockerignore, (text, index, ignore) => {
        const exercise = exercises[index]!;
        const context = { rubric: exercise.rubric, contextFiles: exerciseContextFiles(exercise), contextTexts: exerciseContextTexts(exercise), ...(ignore === undefined ? {} : { dockerignore: ignore }) };
        const { grade } = analyzeAndGrade(text, context);
        expect(grade.passed).toBeLessThanOrEqual(grade.graded);
        expect(grade.score).toBeGreaterThanOrEqual(0);
        expect(grade.score).toBeLessThanOrEqual(100);
        const lines = lineCount(text);
        for (const item of grade.items) {
          expect(item.why, `${exercise.id} ${item.id}\n${text.slice(0, 2_000)}`).not.toMatch(GRADER_ERROR);
          expect(item.why.trim(), item.id).not.toBe('');
          for (const line of item.lines) expect(line >= 1 && line <= lines, `${item.id} line ${line} of ${lines}`).toBe(true);
        }
      }),
      { numRuns: 300 },
    );
  });

  it('simulates every change the layer-cache view offers, one step per instruction', () => {
    fc.assert(
      fc.property(learnerText, dockerignore, (text, ignore) => {
        const { analysis } = analyzeAndGrade(text, { rubric: { checklists: [], requirements: [] } });
        if (!analysis) throw new Error('the analyzer failed');
        const instructions = analysis.ast.stages.reduce((sum, stage) => sum + stage.instructions.length, 0);
        for (const { change } of changesFor(analysis, ['requirements.txt', 'src/model.py', 'models/model.pkl', '.env'])) {
          const steps = simulateLayerCache(analysis, { change, ...(ignore === undefined ? {} : { dockerignore: ignore }) });
          expect(steps).toHaveLength(instructions);
          for (const step of steps) expect(step.reason.trim()).not.toBe('');
        }
      }),
      { numRuns: 200 },
    );
  });
});
