import { describe, expect, it } from 'vitest';
import { getExercise } from '@/content/docker/exercises';
import { canonicalJson, fnv1a, rubricCode } from './fingerprint';

const rubric = getExercise('q10')!.rubric;

describe('rubricCode', () => {
  it('is two groups of four hex digits', () => {
    expect(rubricCode('q10', rubric)).toMatch(/^[0-9A-F]{4}-[0-9A-F]{4}$/);
  });

  it('is the same for the same rubric whatever the order of its keys, or an undefined field', () => {
    const withUndefined = { ...rubric, ...(rubric.items === undefined ? { items: undefined } : { enable: rubric.enable }) };
    const reordered = Object.fromEntries(Object.entries(withUndefined).reverse()) as unknown as typeof rubric;
    expect(rubricCode('q10', reordered)).toBe(rubricCode('q10', rubric));
  });

  it('changes when an item is left out, a requirement differs, or the exercise differs', () => {
    const code = rubricCode('q10', rubric);
    expect(rubricCode('q10', { ...rubric, requirements: rubric.requirements.slice(1) })).not.toBe(code);
    expect(rubricCode('q10', { ...rubric, items: ['q10-non-root'] })).not.toBe(code);
    expect(rubricCode('q9', rubric)).not.toBe(code);
  });
});

describe('fnv1a and canonicalJson', () => {
  it('hash as FNV-1a does (the empty string is the offset basis)', () => {
    expect(fnv1a('')).toBe('811c9dc5');
    expect(fnv1a('a')).toBe('e40c292c');
  });

  it('sort keys at every depth and keep array order', () => {
    expect(canonicalJson({ b: 1, a: { d: [2, 1], c: undefined } })).toBe('{"a":{"d":[2,1]},"b":1}');
  });
});
