import { describe, expect, it } from 'vitest';
import { NOTICE_QUIZ_RESET, QUIZ_STATE_VERSION, emptyQuizState, loadQuizState, type QuizSavedState } from './saved';

const valid: QuizSavedState = {
  best: { 'lesson:q3': { percent: 80, correct: 4, total: 5, at: 1 }, 'mixed:q1,q2:10': { percent: 100, correct: 10, total: 10, at: 2 } },
  session: { seed: 99, lessons: ['q1', 'q2'], count: 10, minutes: 5, startedAt: 3, answers: { 'q1-1': ['b'] } },
};
const envelope = (state: unknown, version: unknown = QUIZ_STATE_VERSION) => JSON.stringify({ state, version });

describe('loadQuizState', () => {
  it('reads nothing as an empty state, silently', () => {
    expect(loadQuizState(null)).toEqual({ state: emptyQuizState(), notice: null });
  });

  it('keeps a valid save as it is', () => {
    expect(loadQuizState(envelope(valid))).toEqual({ state: valid, notice: null });
  });

  it.each([
    ['not JSON', '{oops'],
    ['a foreign version', envelope(valid, 7)],
    ['a score above 100', envelope({ ...valid, best: { 'lesson:q1': { percent: 140, correct: 7, total: 5, at: 1 } } })],
    ['a seed that is not a number', envelope({ ...valid, session: { ...valid.session, seed: 'abc' } })],
    ['markup in an id', envelope({ ...valid, session: { ...valid.session, answers: { '<img>': ['a'] } } })],
    ['an unknown field', envelope({ ...valid, extra: true })],
  ])('resets only itself, with a Vietnamese notice, on %s', (_what, raw) => {
    expect(loadQuizState(raw)).toEqual({ state: emptyQuizState(), notice: NOTICE_QUIZ_RESET });
    expect(NOTICE_QUIZ_RESET).toContain('Tiến độ bài học và bài tập vẫn giữ nguyên');
  });
});
