import { describe, expect, it } from 'vitest';
import { compressToEncodedURIComponent } from 'lz-string';
import { encodeShareHash } from '@/lib/share/share-link';
import type { SharePayload } from '@/lib/share/share-payload';
import { exercises } from '@/content/docker/exercises';
import { assignedExercise } from './assignment-view';
import { readShareLink } from './read-share-link';
import { sameRubric } from './same-rubric';
import { narrowRubric } from './share-assignment-button';
import { selectedItems } from '@/lib/dockerfile/grade';

const exercise = exercises[0]!;
const payload: SharePayload = {
  v: 1,
  kind: 'assignment',
  chapter: exercise.chapter,
  exercise: exercise.id,
  files: { Dockerfile: 'FROM python:3.11-slim\n', '.dockerignore': '.git\n' },
  rubric: { checklists: [], requirements: [{ id: 'base-image', params: { match: 'python' } }] },
};

function hashOf(value: SharePayload): string {
  const result = encodeShareHash(value);
  if (!result.ok) throw new Error(result.error);
  return result.hash;
}

describe('readShareLink', () => {
  it('pairs a valid link with its exercise', () => {
    const state = readShareLink(hashOf(payload));
    expect(state).toMatchObject({ status: 'ready', exercise: { id: exercise.id }, payload: { kind: 'assignment' } });
  });

  it('names an exercise the course does not have', () => {
    expect(readShareLink(hashOf({ ...payload, exercise: 'q99' }))).toEqual({ status: 'error', message: expect.stringMatching(/bài tập “q99” của chương “docker”/) });
    expect(readShareLink(hashOf({ ...payload, chapter: 'kubernetes' }))).toMatchObject({ status: 'error' });
  });

  it('refuses a rubric that grades nothing: any Dockerfile would score 100%', () => {
    const state = readShareLink(hashOf({ ...payload, kind: 'result', rubric: { checklists: [], requirements: [] } }));
    expect(state).toEqual({ status: 'error', message: expect.stringMatching(/không chấm mục nào/) });
    const manualOnly = exercises.flatMap((e) => selectedItems(e.rubric)).find(({ item }) => item.check.kind === 'manual')!;
    const onlyManual = { checklists: [manualOnly.checklist.id], items: [manualOnly.item.id], requirements: [] };
    expect(readShareLink(hashOf({ ...payload, rubric: onlyManual }))).toMatchObject({ status: 'error' });
  });

  it('passes the codec error through', () => {
    expect(readShareLink(`#${compressToEncodedURIComponent('{"v":3}')}`)).toEqual({ status: 'error', message: expect.stringMatching(/phiên bản 3/) });
  });
});

describe('assignedExercise', () => {
  it('replaces the starter files and the rubric, keeps the context files', () => {
    const assigned = assignedExercise(exercise, payload);
    expect(assigned.files.find((f) => f.path === 'Dockerfile')?.content).toBe('FROM python:3.11-slim\n');
    expect(assigned.files.find((f) => f.path === '.dockerignore')?.content).toBe('.git\n');
    expect(assigned.files.filter((f) => f.path === '.dockerignore')).toHaveLength(1);
    const context = exercise.files.filter((f) => f.readOnly);
    for (const file of context) expect(assigned.files).toContainEqual(file);
    expect(assigned.rubric).toEqual(payload.rubric);
    expect(assigned.id).toBe(exercise.id);
  });

  it("keeps the exercise's rubric when the link has none", () => {
    expect(assignedExercise(exercise, { ...payload, rubric: undefined }).rubric).toBe(exercise.rubric);
  });
});

describe('sameRubric', () => {
  it('ignores key order and absent keys, not content', () => {
    expect(sameRubric({ checklists: ['a'], requirements: [] }, { requirements: [], checklists: ['a'], items: undefined })).toBe(true);
    expect(sameRubric({ checklists: ['a'], requirements: [] }, { checklists: ['a'], items: ['x'], requirements: [] })).toBe(false);
  });
});

describe('narrowRubric', () => {
  const rubric = exercises.find((e) => e.rubric.checklists.length > 0)!.rubric;
  const all = selectedItems(rubric).map(({ item }) => item.id);

  it('keeps the rubric as it is when every item is picked', () => {
    expect(narrowRubric(rubric, new Set(all))).toBe(rubric);
  });

  it('grades only the picked items, and the narrowed rubric travels in a link', () => {
    const narrowed = narrowRubric(rubric, new Set(all.slice(0, 1)));
    expect(selectedItems(narrowed).map(({ item }) => item.id)).toEqual(all.slice(0, 1));
    expect(encodeShareHash({ ...payload, rubric: narrowed }).ok).toBe(true);
  });
});
