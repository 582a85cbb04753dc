import { describe, expect, it } from 'vitest';
import { sameChoices, scoreQuiz } from './score';

describe('scoreQuiz', () => {
  const keys = { a: ['b'], b: ['a', 'c'], c: ['d'] };

  it('gives one point per question answered exactly', () => {
    const score = scoreQuiz(['a', 'b', 'c'], keys, { a: ['b'], b: ['c', 'a'], c: ['a'] });
    expect(score).toMatchObject({ correct: 2, total: 3, percent: 67 });
    expect(score.results.map((r) => r.correct)).toEqual([true, true, false]);
  });

  it('is all or nothing for several correct choices', () => {
    expect(scoreQuiz(['b'], keys, { b: ['a'] }).correct).toBe(0); // one missing
    expect(scoreQuiz(['b'], keys, { b: ['a', 'c', 'd'] }).correct).toBe(0); // one too many
  });

  it('counts unanswered questions and questions without a key as wrong, never dropping them', () => {
    const score = scoreQuiz(['a', 'x'], keys, { x: [] });
    expect(score).toMatchObject({ correct: 0, total: 2, percent: 0 });
    expect(score.results[0]).toEqual({ id: 'a', chosen: [], key: ['b'], correct: false });
  });

  it('keeps the order questions were asked in', () => {
    expect(scoreQuiz(['c', 'a'], keys, {}).results.map((r) => r.id)).toEqual(['c', 'a']);
  });

  it('scores an empty quiz as 0 %', () => {
    expect(scoreQuiz([], keys, {})).toEqual({ correct: 0, total: 0, percent: 0, results: [] });
  });

  it('compares choices as sets', () => {
    expect(sameChoices(['a', 'b'], ['b', 'a'])).toBe(true);
    expect(sameChoices(['a', 'a'], ['a'])).toBe(true);
    expect(sameChoices(['a'], ['a', 'b'])).toBe(false);
  });
});
