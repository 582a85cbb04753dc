// Short, stable fingerprints of what a share link carries: a progress key per assignment, and a
// code per rubric that an instructor can compare by eye between the assignment they sent and the
// results that come back (a link is editable; a rubric cut down shows up as another code).
import type { Rubric } from '@/lib/dockerfile/rubric';

/** FNV-1a, 32 bits, as 8 hex digits: enough to tell a handful of links apart, and synchronous. */
export function fnv1a(text: string): string {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193);
  }
  return (hash >>> 0).toString(16).padStart(8, '0');
}

/** A value as JSON with object keys sorted and undefined fields left out: equal rubrics, equal text. */
export function canonicalJson(value: unknown): string {
  return JSON.stringify(value, (_key, inner: unknown) =>
    inner && typeof inner === 'object' && !Array.isArray(inner)
      ? Object.fromEntries(
          Object.entries(inner)
            .filter(([, v]) => v !== undefined)
            .sort(([x], [y]) => (x < y ? -1 : x > y ? 1 : 0)),
        )
      : inner,
  );
}

/** `3F9A-1C2B`: the rubric's code, the same for the same rubric whatever the order of its keys. */
export function rubricCode(exercise: string, rubric: Rubric): string {
  const hex = fnv1a(`${exercise}\n${canonicalJson(rubric)}`).toUpperCase();
  return `${hex.slice(0, 4)}-${hex.slice(4)}`;
}
