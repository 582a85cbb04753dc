// The saved quiz results: best scores, the mixed quiz in progress and lesson quizzes' unsent answers. Parsed with zod on load; a
// broken or foreign save resets only the quiz results (never the learner's exercise progress) and
// says so in Vietnamese.
import { z } from 'zod';
import type { Answers } from './types';

/** Bump when the saved shape changes (and teach `loadQuizState` to migrate the old one). */
export const QUIZ_STATE_VERSION = 1;

export const NOTICE_QUIZ_RESET = 'Kết quả trắc nghiệm đã lưu bị hỏng hoặc thuộc phiên bản lạ nên đã được đặt lại. Tiến độ bài học và bài tập vẫn giữ nguyên.';

const timestamp = z.number().int().nonnegative();
const id = z.string().regex(/^[\w-]{1,40}$/);

export const bestScoreSchema = z.strictObject({
  percent: z.number().int().min(0).max(100),
  correct: z.number().int().nonnegative(),
  total: z.number().int().positive(),
  at: timestamp,
});

/** Choice ids picked, by question id. */
const answersSchema = z.record(id, z.array(id).max(20));

export const mixedSessionSchema = z.strictObject({
  seed: z.number().int().min(0).max(4294967295),
  lessons: z.array(id).min(1).max(50),
  count: z.number().int().min(1).max(500),
  minutes: z.number().int().min(0).max(60),
  startedAt: timestamp,
  only: z.array(id).max(500).optional(),
  answers: answersSchema,
  submittedAt: timestamp.optional(),
});

const bestKey = z.string().regex(/^[\w:,-]{1,200}$/);

export const quizStateSchema = z.strictObject({
  best: z.record(bestKey, bestScoreSchema),
  session: mixedSessionSchema.nullable(),
  /** A lesson quiz's answers not handed in yet, by quiz id (`q3`); absent from saves made before it existed. */
  drafts: z.record(id, answersSchema),
});

export type BestScore = z.infer<typeof bestScoreSchema>;
export type MixedSession = z.infer<typeof mixedSessionSchema>;
export type QuizSavedState = z.infer<typeof quizStateSchema>;

export function emptyQuizState(): QuizSavedState {
  return { best: {}, session: null, drafts: {} };
}

export const NOTICE_SCORES_DROPPED = 'Một số điểm trắc nghiệm đã lưu bị hỏng nên đã bị bỏ; các điểm khác vẫn giữ nguyên.';
export const NOTICE_DRAFTS_DROPPED = 'Câu trả lời đang làm dở của một số bài kiểm tra nhanh bị hỏng nên đã bị bỏ; các điểm đã lưu vẫn giữ nguyên.';
export const NOTICE_SESSION_RESET = 'Bài trắc nghiệm tổng hợp đang làm dở bị hỏng nên đã được đặt lại; các điểm đã lưu vẫn giữ nguyên.';

const envelopeSchema = z.strictObject({ state: z.record(z.string(), z.unknown()), version: z.literal(QUIZ_STATE_VERSION) });

/**
 * Reads the `{ state, version }` envelope zustand persist writes. Never throws. A broken score, a
 * broken quiz in progress or a broken lesson-quiz draft is dropped alone: the rest of the save is kept.
 */
export function loadQuizState(raw: string | null): { state: QuizSavedState; notice: string | null } {
  if (raw === null || raw === '') return { state: emptyQuizState(), notice: null };
  let saved: Record<string, unknown>;
  try {
    saved = envelopeSchema.parse(JSON.parse(raw)).state;
  } catch {
    return { state: emptyQuizState(), notice: NOTICE_QUIZ_RESET };
  }
  const notices: string[] = [];

  const { best, dropped } = parseBestScores(saved.best ?? {});
  if (dropped) notices.push(NOTICE_SCORES_DROPPED);

  const session = mixedSessionSchema.nullable().safeParse(saved.session ?? null);
  if (!session.success) notices.push(NOTICE_SESSION_RESET);

  const drafts: QuizSavedState['drafts'] = {};
  const savedDrafts = z.record(z.string(), z.unknown()).safeParse(saved.drafts ?? {});
  let draftsDropped = !savedDrafts.success;
  for (const [quizId, answers] of Object.entries(savedDrafts.data ?? {})) {
    const parsed = answersSchema.safeParse(answers);
    if (id.safeParse(quizId).success && parsed.success) drafts[quizId] = parsed.data;
    else draftsDropped = true;
  }
  if (draftsDropped) notices.push(NOTICE_DRAFTS_DROPPED);

  return { state: { best, session: session.success ? session.data : null, drafts }, notice: notices.length > 0 ? notices.join(' ') : null };
}

/** Best scores from storage or an imported file: each score that does not parse is dropped alone. */
export function parseBestScores(value: unknown): { best: QuizSavedState['best']; dropped: boolean } {
  const best: QuizSavedState['best'] = {};
  const scores = z.record(z.string(), z.unknown()).safeParse(value);
  let dropped = !scores.success;
  for (const [key, score] of Object.entries(scores.data ?? {})) {
    const parsed = bestScoreSchema.safeParse(score);
    if (bestKey.safeParse(key).success && parsed.success) best[key] = parsed.data;
    else dropped = true;
  }
  return { best, dropped };
}

/** `here` with each score of `other` that is strictly better: a merge never lowers a best score. */
export function mergeBestScores(here: QuizSavedState['best'], other: QuizSavedState['best']): QuizSavedState['best'] {
  const best = { ...here };
  for (const [key, score] of Object.entries(other)) {
    const kept = best[key];
    if (!kept || score.percent > kept.percent) best[key] = score;
  }
  return best;
}

/**
 * Lesson-quiz answers once another tab has saved `theirs`. Their quizzes are kept (a quiz they handed
 * in is gone from them, so it goes here too), each with the answers only this tab has given yet (no
 * answer is ever removed alone); where both tabs answered a question, theirs is the newer save.
 */
export function mergeDrafts(here: QuizSavedState['drafts'], theirs: QuizSavedState['drafts']): QuizSavedState['drafts'] {
  const drafts: QuizSavedState['drafts'] = {};
  for (const [quizId, answers] of Object.entries(theirs)) drafts[quizId] = joinAnswers(here[quizId], answers);
  return drafts;
}

/**
 * `theirs`, then the answers only `here` has, in that order. The tab that adopts a save writes back
 * what differs from it as text: the same answers given in another order (`{a, b}` here, `{b, a}` there)
 * made each tab write back to the other, forever, and a quiz handed in meanwhile came back to life.
 */
function joinAnswers(here: Answers | undefined, theirs: Answers): Answers {
  const joined = { ...theirs };
  for (const [question, choices] of Object.entries(here ?? {})) if (!Object.hasOwn(joined, question)) joined[question] = choices;
  return joined;
}

/**
 * The mixed quiz in progress once another tab has saved `theirs`: one a device, as a reload would find
 * it. The same quiz (same seed, same start) gathers both tabs' answers and is handed in when either
 * handed it in; otherwise theirs is the newer save (started, or left, there).
 */
export function mergeSession(here: MixedSession | null, theirs: MixedSession | null): MixedSession | null {
  if (!here || !theirs || here.seed !== theirs.seed || here.startedAt !== theirs.startedAt) return theirs;
  // Handed in: the answers of the tab that handed it in are the ones graded, not any given after.
  // Handed in in both, theirs is kept, as theirs is kept for an answer both gave: the tabs agree at once.
  if (theirs.submittedAt !== undefined) return theirs;
  if (here.submittedAt !== undefined) return here;
  return { ...theirs, answers: joinAnswers(here.answers, theirs.answers) };
}
