import { describe, expect, it } from 'vitest';
import { EXERCISE_ID } from '@/lib/progress/schema';
import { assignmentProgressKey } from './assignment-key';

const base = { exercise: 'q10', files: { Dockerfile: 'FROM python:3.11-slim\n' } };

describe('assignmentProgressKey', () => {
  it('is a valid progress id, distinct from the exercise id', () => {
    const key = assignmentProgressKey(base);
    expect(key).toMatch(EXERCISE_ID);
    expect(key).not.toBe('q10');
    expect(assignmentProgressKey({ ...base, exercise: 'a'.repeat(60) })).toMatch(EXERCISE_ID);
  });

  it('is stable for the same link and differs when the assignment differs', () => {
    expect(assignmentProgressKey({ ...base })).toBe(assignmentProgressKey(base));
    expect(assignmentProgressKey({ ...base, files: { Dockerfile: 'FROM ubuntu:24.04\n' } })).not.toBe(assignmentProgressKey(base));
    expect(assignmentProgressKey({ ...base, note: 'Làm trước thứ Sáu' })).not.toBe(assignmentProgressKey(base));
    expect(assignmentProgressKey({ ...base, files: { ...base.files, '.dockerignore': '.env\n' } })).not.toBe(assignmentProgressKey(base));
  });
});
