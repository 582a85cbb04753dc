import { beforeEach, describe, expect, it } from 'vitest';
import { lessonQuizKey, mixedQuizKey, useQuizStore } from './store';

const session = { seed: 1, lessons: ['q1'], count: 5, minutes: 0, startedAt: 10 };

describe('quiz store', () => {
  beforeEach(() => useQuizStore.setState({ best: {}, session: null, notices: [] }));

  it('keeps the best score only', () => {
    const { recordScore } = useQuizStore.getState();
    recordScore('lesson:q1', { correct: 3, total: 5 }, 1);
    recordScore('lesson:q1', { correct: 2, total: 5 }, 2);
    expect(useQuizStore.getState().best['lesson:q1']).toEqual({ percent: 60, correct: 3, total: 5, at: 1 });
    recordScore('lesson:q1', { correct: 5, total: 5 }, 3);
    expect(useQuizStore.getState().best['lesson:q1']?.percent).toBe(100);
    recordScore('lesson:q2', { correct: 0, total: 0 }, 4);
    expect(useQuizStore.getState().best['lesson:q2']).toBeUndefined();
  });

  it('records answers while a session runs and freezes them once submitted', () => {
    const store = useQuizStore.getState();
    store.startSession(session);
    useQuizStore.getState().answer('q1-1', ['b']);
    useQuizStore.getState().submitSession(20);
    useQuizStore.getState().answer('q1-1', ['a']);
    useQuizStore.getState().submitSession(30);
    expect(useQuizStore.getState().session).toEqual({ ...session, answers: { 'q1-1': ['b'] }, submittedAt: 20 });
    useQuizStore.getState().clearSession();
    expect(useQuizStore.getState().session).toBeNull();
  });

  it('names results by lesson, and mixed results by lesson set and count (order-free)', () => {
    expect(lessonQuizKey('q3')).toBe('lesson:q3');
    expect(mixedQuizKey(['q10', 'q2', 'q1'], 10)).toBe('mixed:q1,q2,q10:10');
  });
});
