// An assignment's own progress key: its saved code and grade never mix with the lesson's exercise,
// and two different links for the same exercise keep separate work.
import type { SharePayload } from '@/lib/share/share-payload';

/** FNV-1a, 32 bits: enough to tell a learner's few assignment links apart, and synchronous. */
function fnv1a(text: string): string {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193);
  }
  return (hash >>> 0).toString(16).padStart(8, '0');
}

/** `assignment-q10-1a2b3c4d`: a valid progress id (lowercase, digits, dashes) derived from what the link assigns. */
export function assignmentProgressKey(payload: Pick<SharePayload, 'exercise' | 'files' | 'rubric' | 'note'>): string {
  const assigned = JSON.stringify([payload.exercise, payload.files.Dockerfile, payload.files['.dockerignore'] ?? null, payload.rubric ?? null, payload.note ?? null]);
  // The id stays within the store's 41 characters whatever the exercise id's length.
  return `assignment-${payload.exercise.slice(0, 20)}-${fnv1a(assigned)}`;
}
