// Export and import of progress as a JSON file, so a learner can move to another device or keep a backup.
import { validateState } from './load';
import { migrate } from './migrations';
import { parseBestScores, type QuizSavedState } from '@/lib/quiz/saved';
import { PROGRESS_VERSION, type ExerciseProgress, type ProgressSnapshot, type RevealedHelp } from './schema';

export const EXPORT_KIND = 'hocdocker-progress';
/** An exported file is a few hundred KB at most; refuse anything far larger before parsing it. */
export const MAX_IMPORT_BYTES = 5_000_000;

export const NOTICE_QUIZ_PART_BROKEN = 'Phần điểm trắc nghiệm trong tệp bị hỏng nên không được nhập; phần còn lại vẫn được nhập.';
export const NOTICE_QUIZ_SCORES_DROPPED = 'Một số điểm trắc nghiệm trong tệp bị hỏng nên đã bị bỏ; các điểm khác vẫn được nhập.';

/** The file holds the quiz best scores too (under `quiz`), kept in their own store on the device. */
export function exportProgress(snapshot: ProgressSnapshot, exportedAt: number, quizBest: QuizSavedState['best'] = {}): string {
  return JSON.stringify({ kind: EXPORT_KIND, version: PROGRESS_VERSION, exportedAt, ...snapshot, quiz: { best: quizBest } }, null, 2);
}

export type ImportResult =
  | { ok: true; snapshot: ProgressSnapshot; quizBest: QuizSavedState['best']; notices: string[] }
  | { ok: false; error: string };

export function importProgress(text: string): ImportResult {
  if (text.length > MAX_IMPORT_BYTES) return { ok: false, error: 'Tệp quá lớn: đây không phải tệp tiến độ xuất từ trang này.' };
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch {
    return { ok: false, error: 'Tệp không phải JSON hợp lệ: hãy chọn tệp đã tải về bằng nút "Xuất tiến độ".' };
  }
  if (typeof data !== 'object' || data === null || Array.isArray(data) || (data as { kind?: unknown }).kind !== EXPORT_KIND)
    return { ok: false, error: 'Tệp này không phải tệp tiến độ của khoá học.' };
  const { version, lessonsRead, exercises, revealed, preferences, quiz } = data as Record<string, unknown>;
  const migrated = migrate({ lessonsRead, exercises, revealed, preferences }, typeof version === 'number' ? version : 0);
  if (!migrated) return { ok: false, error: 'Tệp tiến độ thuộc một phiên bản không nhận ra.' };
  const { snapshot, notices } = validateState(migrated);
  const { quizBest, notice } = importQuizScores(quiz);
  return { ok: true, snapshot, quizBest, notices: notice ? [...notices, notice] : notices };
}

/** A file exported before quiz scores were: no `quiz`, nothing to say. */
function importQuizScores(quiz: unknown): { quizBest: QuizSavedState['best']; notice: string | null } {
  if (quiz === undefined) return { quizBest: {}, notice: null };
  if (typeof quiz !== 'object' || quiz === null || Array.isArray(quiz)) return { quizBest: {}, notice: NOTICE_QUIZ_PART_BROKEN };
  const { best, dropped } = parseBestScores((quiz as { best?: unknown }).best ?? {});
  if (!dropped) return { quizBest: best, notice: null };
  return { quizBest: best, notice: Object.keys(best).length > 0 ? NOTICE_QUIZ_SCORES_DROPPED : NOTICE_QUIZ_PART_BROKEN };
}

/** Imported progress is added to what is here: per exercise the best result wins, never a loss. */
export function mergeProgress(here: ProgressSnapshot, incoming: ProgressSnapshot): ProgressSnapshot {
  const lessonsRead = { ...here.lessonsRead };
  for (const [key, at] of Object.entries(incoming.lessonsRead)) lessonsRead[key] = Math.min(at, lessonsRead[key] ?? at);
  const exercises = { ...here.exercises };
  for (const [id, theirs] of Object.entries(incoming.exercises)) {
    const ours = exercises[id];
    if (!ours) {
      exercises[id] = theirs;
      continue;
    }
    const newer = newerSave(ours, theirs);
    const best = Math.max(ours.bestScore ?? -1, theirs.bestScore ?? -1);
    const completed = [ours.completedAt, theirs.completedAt].filter((t): t is number => t !== undefined);
    const graded = [ours.lastGraded, theirs.lastGraded].filter((g) => g !== undefined).sort((a, b) => b.at - a.at)[0];
    exercises[id] = {
      ...newer,
      ...(graded ? { lastGraded: graded } : {}),
      ...(best >= 0 ? { bestScore: best } : {}),
      ...(completed.length > 0 ? { completedAt: Math.min(...completed) } : {}),
    };
  }
  const revealed = { ...here.revealed };
  for (const [id, theirs] of Object.entries(incoming.revealed)) revealed[id] = mergeHelp(revealed[id], theirs);
  return { lessonsRead, exercises, revealed, preferences: here.preferences };
}

/**
 * The later save of two; two saves in the same millisecond (two tabs) are ordered by their text, so
 * that both tabs keep the same one rather than each its own, writing it back over the other's forever.
 */
function newerSave(ours: ExerciseProgress, theirs: ExerciseProgress): ExerciseProgress {
  const [a, b] = [ours.savedAt ?? 0, theirs.savedAt ?? 0];
  if (a !== b) return b > a ? theirs : ours;
  const [x, y] = [`${ours.code}\u0000${ours.dockerignore ?? ''}`, `${theirs.code}\u0000${theirs.dockerignore ?? ''}`];
  return y > x ? theirs : ours;
}

/** Help opened on either side stays open: the more hints, and the solution if either opened it. */
function mergeHelp(ours: RevealedHelp | undefined, theirs: RevealedHelp): RevealedHelp {
  const hints = Math.max(ours?.hints ?? 0, theirs.hints ?? 0);
  return { ...(hints > 0 ? { hints } : {}), ...(ours?.solution || theirs.solution ? { solution: true as const } : {}) };
}

/** Same lessons read, exercises and help shown, whatever the key order (preferences are a tab's own). */
export function sameProgress(a: ProgressSnapshot, b: ProgressSnapshot): boolean {
  return stableJson([a.lessonsRead, a.exercises, a.revealed]) === stableJson([b.lessonsRead, b.exercises, b.revealed]);
}

function stableJson(value: unknown): string {
  return JSON.stringify(value, (_key, inner: unknown) =>
    inner && typeof inner === 'object' && !Array.isArray(inner)
      ? Object.fromEntries(Object.entries(inner).sort(([x], [y]) => (x < y ? -1 : x > y ? 1 : 0)))
      : inner,
  );
}
