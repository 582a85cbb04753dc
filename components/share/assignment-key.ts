// An assignment's own progress key: its saved code and grade never mix with the lesson's exercise,
// and two different links for the same exercise keep separate work.
import { fnv1a } from '@/lib/share/fingerprint';
import type { SharePayload } from '@/lib/share/share-payload';

/** `assignment-q10-1a2b3c4d`: a valid progress id (lowercase, digits, dashes) derived from what the link assigns. */
export function assignmentProgressKey(payload: Pick<SharePayload, 'exercise' | 'files' | 'rubric' | 'note'>): string {
  const assigned = JSON.stringify([payload.exercise, payload.files.Dockerfile, payload.files['.dockerignore'] ?? null, payload.rubric ?? null, payload.note ?? null]);
  // The id stays within the store's 41 characters whatever the exercise id's length.
  return `assignment-${payload.exercise.slice(0, 20)}-${fnv1a(assigned)}`;
}
