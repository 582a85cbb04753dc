// From the /share/ hash to what the page shows: a checked payload with its exercise, or one message.
import type { Exercise } from '@/lib/content/exercise';
import { selectedItems } from '@/lib/dockerfile/grade';
import type { Rubric } from '@/lib/dockerfile/rubric';
import { decodeShareHash } from '@/lib/share/share-link';
import type { SharePayload } from '@/lib/share/share-payload';
import { getExercise } from '@/content/docker/exercises';

export type ShareLinkState =
  | { status: 'reading' }
  | { status: 'error'; message: string }
  | { status: 'ready'; payload: SharePayload; exercise: Exercise };

export function readShareLink(hash: string): ShareLinkState {
  const decoded = decodeShareHash(hash);
  if (!decoded.ok) return { status: 'error', message: decoded.error };
  const { payload } = decoded;
  const exercise = getExercise(payload.exercise);
  if (!exercise || exercise.chapter !== payload.chapter) {
    return {
      status: 'error',
      message: `Liên kết nhắc đến bài tập “${payload.exercise}” của chương “${payload.chapter}”, nhưng khoá học không có bài này (liên kết cũ hoặc gõ sai).`,
    };
  }
  if (payload.rubric && gradesNothing(payload.rubric)) {
    return { status: 'error', message: 'Liên kết không hợp lệ: bảng tiêu chí trong liên kết không chấm mục nào, nên mọi Dockerfile đều sẽ được 100%.' };
  }
  return { status: 'ready', payload, exercise };
}

/** No requirement and no automatically checked item: the grader would score any Dockerfile 100%. */
function gradesNothing(rubric: Rubric): boolean {
  return rubric.requirements.length === 0 && selectedItems(rubric).every(({ item }) => item.check.kind === 'manual');
}
