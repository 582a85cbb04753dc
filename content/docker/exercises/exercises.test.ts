import { describe, expect, it } from 'vitest';
import { getChecklist, getChecklistItem } from '@/lib/dockerfile/checklists';
import { analyze } from '@/lib/dockerfile/analyze';
import { analyzeAndGrade, requirementIds, selectedItems } from '@/lib/dockerfile/grade';
import { simulateLayerCache } from '@/lib/dockerfile/layer-cache';
import { requirementsById } from '@/lib/dockerfile/requirements';
import { rulesById } from '@/lib/dockerfile/rules';
import { exercises, getExercise } from './index';
import { exerciseContextFiles, exerciseContextTexts, type Exercise } from '@/lib/content/exercise';

function starter(exercise: Exercise) {
  const dockerfile = exercise.files.find((f) => f.path === 'Dockerfile')?.content ?? '';
  const dockerignore = exercise.files.find((f) => f.path === '.dockerignore')?.content;
  return analyzeAndGrade(dockerfile, { rubric: exercise.rubric, contextFiles: exerciseContextFiles(exercise), contextTexts: exerciseContextTexts(exercise), ...(dockerignore !== undefined ? { dockerignore } : {}) });
}

function solution(exercise: Exercise) {
  const { dockerfile, dockerignore } = exercise.solution;
  return analyzeAndGrade(dockerfile, { rubric: exercise.rubric, contextFiles: exerciseContextFiles(exercise), contextTexts: exerciseContextTexts(exercise), ...(dockerignore !== undefined ? { dockerignore } : {}) });
}

const cases = exercises.map((e) => [e.id, e] as const);

describe('exercises', () => {
  it('has one exercise per question, q1 to q10, found by id', () => {
    expect(exercises.map((e) => [e.id, e.question])).toEqual(Array.from({ length: 10 }, (_, i) => [`q${i + 1}`, i + 1]));
    expect(getExercise('q8')?.question).toBe(8);
    expect(getExercise('q11')).toBeUndefined();
  });

  it.each(cases)('%s is complete: prompt, Dockerfile first, at most three hints', (_id, exercise) => {
    expect(exercise.prompt.length).toBeGreaterThan(80);
    expect(exercise.files[0]).toMatchObject({ path: 'Dockerfile', readOnly: false });
    for (const file of exercise.files.slice(1)) expect(file.readOnly, file.path).toBe(file.path !== '.dockerignore');
    expect(exercise.hints.length).toBeGreaterThan(0);
    expect(exercise.hints.length).toBeLessThanOrEqual(3);
    expect(exercise.chapter).toBe('docker');
  });

  it.each(cases)('%s names only checklists, items, requirements and rules that exist', (_id, exercise) => {
    const { rubric } = exercise;
    for (const id of rubric.checklists) expect(getChecklist(id), id).toBeDefined();
    for (const id of rubric.items ?? []) expect(getChecklistItem(id), id).toBeDefined();
    for (const ref of rubric.requirements) expect(requirementsById.has(ref.id), ref.id).toBe(true);
    for (const id of rubric.enable ?? []) expect(rulesById.has(id), id).toBe(true);
    const itemIds = [...selectedItems(rubric).map(({ item }) => item.id), ...requirementIds(rubric.requirements).map(([id]) => id)];
    for (const id of exercise.starterFails) expect(itemIds, id).toContain(id);
  });

  it.each(cases)('%s starter fails exactly the items it declares', (_id, exercise) => {
    const { analysis, grade } = starter(exercise);
    expect(analysis?.ruleErrors).toEqual([]);
    const failing = grade.items.filter((i) => i.status === 'fail').map((i) => i.id);
    expect(failing.sort(), JSON.stringify(grade.items.filter((i) => i.status === 'fail').map((i) => `${i.id}: ${i.why}`), null, 1)).toEqual(
      [...exercise.starterFails].sort(),
    );
  });

  it.each(cases)('%s solution scores 100 with no warning or error finding', (_id, exercise) => {
    const { analysis, grade } = solution(exercise);
    expect(analysis?.ruleErrors).toEqual([]);
    const failing = grade.items.filter((i) => i.status === 'fail').map((i) => `${i.id}: ${i.why}`);
    expect(failing).toEqual([]);
    expect(grade.score).toBe(100);
    expect(grade.graded).toBeGreaterThan(0);
    const serious = (analysis?.findings ?? []).filter((f) => f.severity !== 'info').map((f) => `${f.line} ${f.rule}: ${f.message}`);
    expect(serious).toEqual([]);
  });

  it.each(cases)('%s opens the layer-cache view on a file it has, if it names one', (_id, exercise) => {
    if (exercise.layerCacheChange === undefined) return;
    expect(exercise.files.map((f) => f.path)).toContain(exercise.layerCacheChange);
    expect(exercise.prompt).toContain(exercise.layerCacheChange);
  });

  it('question 8 asks what editing src/model.py rebuilds: its layer-cache view opens on that change', () => {
    expect(getExercise('q8')?.layerCacheChange).toBe('src/model.py');
  });

  it.each(cases)('%s solution on python 3.8 stops the build: its requirements pin scikit-learn 1.5, which needs 3.9', (_id, exercise) => {
    const { grade } = solution({ ...exercise, solution: { ...exercise.solution, dockerfile: exercise.solution.dockerfile.replace(/python:3\.\d+-slim/g, 'python:3.8-slim') } });
    const builds = grade.items.find((i) => i.id === 'builds');
    expect(builds?.status).toBe('fail');
    expect(builds?.why).toContain('No matching distribution found for scikit-learn==1.5.2');
  });

  it('question 10 starter shows the secrets, root and world-writable findings', () => {
    const { analysis } = starter(getExercise('q10')!);
    const rules = new Set(analysis?.findings.map((f) => f.rule));
    for (const rule of ['no-secrets', 'non-root-user', 'no-world-writable']) expect(rules.has(rule), rule).toBe(true);
  });

  it('question 8: editing src/model.py rebuilds pip install in the starter, not in the solution', () => {
    const exercise = getExercise('q8')!;
    const pipStatus = (source: string, dockerignore?: string) => {
      const analysis = analyze(source);
      const pipLines = analysis.ast.instructions.filter((i) => i.keyword === 'RUN' && /pip install/.test(i.argsText)).map((i) => i.range.line);
      expect(pipLines.length).toBeGreaterThan(0);
      const steps = simulateLayerCache(analysis, { change: { kind: 'file', path: 'src/model.py' }, ...(dockerignore !== undefined ? { dockerignore } : {}) });
      return steps.filter((s) => pipLines.includes(s.line)).map((s) => s.status);
    };
    expect(pipStatus(exercise.files[0]!.content)).toEqual(['rebuilt']);
    expect(pipStatus(exercise.solution.dockerfile, exercise.solution.dockerignore)).toEqual(['cached']);
  });
});
