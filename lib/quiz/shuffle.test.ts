import { describe, expect, it } from 'vitest';
import { newSeed, pickQuestions, seededRandom, shuffle } from './shuffle';

const pool = ['q1', 'q2', 'q3'].flatMap((quizId) => [1, 2, 3, 4, 5].map((n) => ({ quizId, id: `${quizId}-${n}` })));

describe('seeded shuffling', () => {
  it('repeats the same sequence for the same seed, and differs for another', () => {
    const a = seededRandom(42);
    const b = seededRandom(42);
    const first = [a(), a(), a()];
    expect([b(), b(), b()]).toEqual(first);
    expect(first.every((x) => x >= 0 && x < 1)).toBe(true);
    const c = seededRandom(43);
    expect([c(), c(), c()]).not.toEqual(first);
  });

  it('shuffles into a permutation without touching the input', () => {
    const items = [1, 2, 3, 4, 5, 6, 7, 8];
    const result = shuffle(items, seededRandom(7));
    expect([...result].sort()).toEqual(items);
    expect(result).not.toEqual(items);
    expect(items).toEqual([1, 2, 3, 4, 5, 6, 7, 8]);
  });

  it('makes seeds from the injected random source', () => {
    expect(newSeed(() => 0)).toBe(0);
    expect(newSeed(() => 0.5)).toBe(2147483648);
    expect(newSeed(() => 0.9999999999)).toBeLessThanOrEqual(4294967295);
  });
});

describe('pickQuestions', () => {
  it('is deterministic: a reload with the saved seed asks the same questions in the same order', () => {
    const options = { lessons: ['q1', 'q2', 'q3'], count: 7, seed: 123 };
    expect(pickQuestions(pool, options)).toEqual(pickQuestions(pool, options));
    expect(pickQuestions(pool, { ...options, seed: 124 })).not.toEqual(pickQuestions(pool, options));
  });

  it('draws only from chosen lessons, without repeats, and mixes lessons', () => {
    const ids = pickQuestions(pool, { lessons: ['q1', 'q3'], count: 6, seed: 5 });
    expect(ids).toHaveLength(6);
    expect(new Set(ids).size).toBe(6);
    expect(ids.every((id) => id.startsWith('q1-') || id.startsWith('q3-'))).toBe(true);
    // Lessons take turns, so each chosen lesson gives 3 of the 6.
    expect(ids.filter((id) => id.startsWith('q1-'))).toHaveLength(3);
  });

  it('caps the count at the pool and honours a restriction to some ids', () => {
    expect(pickQuestions(pool, { lessons: ['q2'], count: 50, seed: 1 })).toHaveLength(5);
    expect(pickQuestions(pool, { lessons: ['q1', 'q2'], count: 10, seed: 1, only: ['q2-4', 'q1-1', 'q3-1'] }).sort()).toEqual(['q1-1', 'q2-4']);
    expect(pickQuestions(pool, { lessons: [], count: 5, seed: 1 })).toEqual([]);
  });
});
