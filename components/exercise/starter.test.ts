import { describe, expect, it } from 'vitest';
import { exercises } from '@/content/docker/exercises';
import { analyzedDockerignore } from './starter';

describe('analyzedDockerignore', () => {
  const [withIgnore, withoutIgnore] = [exercises.find((e) => e.files.some((f) => f.path === '.dockerignore')), exercises.find((e) => !e.files.some((f) => f.path === '.dockerignore'))];

  it("is the tab's text when the exercise has a .dockerignore, even empty", () => {
    expect(withIgnore && analyzedDockerignore(withIgnore, { code: '', dockerignore: '' })).toBe('');
  });

  it('is no file when the exercise has none and the tab is empty', () => {
    expect(withoutIgnore && analyzedDockerignore(withoutIgnore, { code: '', dockerignore: '' })).toBeUndefined();
    expect(withoutIgnore && analyzedDockerignore(withoutIgnore, { code: '', dockerignore: 'data/' })).toBe('data/');
  });
});
