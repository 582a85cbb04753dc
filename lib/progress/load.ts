// Turns whatever is saved (or imported) into a valid snapshot. A broken part is reset alone and
// named in a Vietnamese notice; the rest of the learner's progress is kept. Never throws.
import { migrate } from './migrations';
import {
  EXERCISE_ID,
  LESSON_KEY,
  PROGRESS_VERSION,
  emptySnapshot,
  exerciseProgressSchema,
  preferencesSchema,
  revealedHelpSchema,
  type ProgressSnapshot,
  type RevealedHelp,
} from './schema';

export interface LoadResult {
  snapshot: ProgressSnapshot;
  /** Vietnamese notices about what was reset; empty when everything loaded. */
  notices: string[];
}

export const NOTICE_UNREADABLE = 'Dữ liệu tiến độ đã lưu bị hỏng nên đã được đặt lại.';
export { NOTICE_BACKUP_KEPT } from '@/lib/browser-storage';
export const NOTICE_VERSION = 'Dữ liệu tiến độ đã lưu thuộc một phiên bản không nhận ra nên đã được đặt lại.';

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Validates a migrated state part by part. */
export function validateState(state: Record<string, unknown>): LoadResult {
  const snapshot = emptySnapshot();
  const notices: string[] = [];

  const lessons = state.lessonsRead;
  if (lessons !== undefined) {
    let dropped = !isRecord(lessons);
    if (isRecord(lessons)) {
      for (const [key, at] of Object.entries(lessons)) {
        if (LESSON_KEY.test(key) && typeof at === 'number' && Number.isFinite(at) && at >= 0) snapshot.lessonsRead[key] = at;
        else dropped = true;
      }
    }
    if (dropped) notices.push('Một phần danh sách bài đã đọc bị hỏng nên đã được đặt lại.');
  }

  const exercises = state.exercises;
  if (exercises !== undefined) {
    const broken: string[] = [];
    if (!isRecord(exercises)) broken.push('*');
    else {
      for (const [id, saved] of Object.entries(exercises)) {
        const parsed = exerciseProgressSchema.safeParse(saved);
        if (EXERCISE_ID.test(id) && parsed.success) snapshot.exercises[id] = parsed.data;
        else broken.push(id);
      }
    }
    if (broken.includes('*')) notices.push('Tiến độ bài tập đã lưu bị hỏng nên đã được đặt lại.');
    else if (broken.length > 0)
      notices.push(`Tiến độ đã lưu của ${broken.length === 1 ? 'bài tập' : 'các bài tập'} ${broken.map(safeLabel).join(', ')} bị hỏng nên đã được đặt lại; các bài khác vẫn giữ nguyên.`);
  }

  // Help shown is a view, not work: a broken entry or field is dropped without a notice.
  const revealed = state.revealed;
  if (isRecord(revealed)) {
    for (const [id, help] of Object.entries(revealed)) {
      const parsed = revealedHelpSchema.safeParse(help);
      const kept = parsed.success ? definedHelp(parsed.data) : null;
      if (EXERCISE_ID.test(id) && kept) snapshot.revealed[id] = kept;
    }
  }

  if (state.preferences !== undefined) {
    const parsed = preferencesSchema.safeParse(state.preferences);
    if (parsed.success) snapshot.preferences = parsed.data;
    else notices.push('Tuỳ chọn trình soạn thảo đã lưu bị hỏng nên đã về mặc định.');
  }

  return { snapshot, notices };
}

/** Loads the `{ state, version }` envelope zustand persist writes. `raw` is the stored string. */
export function loadProgress(raw: string | null): LoadResult {
  if (raw === null || raw === '') return { snapshot: emptySnapshot(), notices: [] };
  let envelope: unknown;
  try {
    envelope = JSON.parse(raw);
  } catch {
    return { snapshot: emptySnapshot(), notices: [NOTICE_UNREADABLE] };
  }
  if (!isRecord(envelope) || !isRecord(envelope.state)) return { snapshot: emptySnapshot(), notices: [NOTICE_UNREADABLE] };
  const version = typeof envelope.version === 'number' ? envelope.version : 0;
  const migrated = migrate(envelope.state, version);
  if (!migrated) return { snapshot: emptySnapshot(), notices: [NOTICE_VERSION] };
  return validateState(migrated);
}

/** The envelope to store. */
export function serializeProgress(snapshot: ProgressSnapshot): string {
  return JSON.stringify({ state: snapshot, version: PROGRESS_VERSION });
}

/** The fields that parsed, or null when none did. */
function definedHelp({ hints, solution }: RevealedHelp): RevealedHelp | null {
  if (hints === undefined && solution === undefined) return null;
  return { ...(hints === undefined ? {} : { hints }), ...(solution === undefined ? {} : { solution }) };
}

// Ids come from storage: show only harmless characters, never markup.
function safeLabel(id: string): string {
  const clean = id.replace(/[^\w-]/g, '').slice(0, 20);
  return clean === '' ? '(không tên)' : clean;
}
