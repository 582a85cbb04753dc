import type { Rubric } from '@/lib/dockerfile/rubric';

/** Whether a link's rubric is the exercise's own (key order aside), so a custom one can be pointed out. */
export function sameRubric(a: Rubric, b: Rubric): boolean {
  return canonical(a) === canonical(b);
}

function canonical(value: unknown): string {
  return JSON.stringify(value, (_key, inner: unknown) =>
    inner && typeof inner === 'object' && !Array.isArray(inner)
      ? Object.fromEntries(Object.entries(inner).filter(([, v]) => v !== undefined).sort(([x], [y]) => x.localeCompare(y)))
      : inner,
  );
}
