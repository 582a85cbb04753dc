// The saved quiz results: best scores and the mixed quiz in progress. Parsed with zod on load; a
// broken or foreign save resets only the quiz results (never the learner's exercise progress) and
// says so in Vietnamese.
import { z } from 'zod';

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

export const mixedSessionSchema = z.strictObject({
  seed: z.number().int().min(0).max(4294967295),
  lessons: z.array(id).min(1).max(50),
  count: z.number().int().min(1).max(500),
  minutes: z.number().int().min(0).max(60),
  startedAt: timestamp,
  only: z.array(id).max(500).optional(),
  answers: z.record(id, z.array(id).max(20)),
  submittedAt: timestamp.optional(),
});

export const quizStateSchema = z.strictObject({
  best: z.record(z.string().regex(/^[\w:,-]{1,200}$/), bestScoreSchema),
  session: mixedSessionSchema.nullable(),
});

export type BestScore = z.infer<typeof bestScoreSchema>;
export type MixedSession = z.infer<typeof mixedSessionSchema>;
export type QuizSavedState = z.infer<typeof quizStateSchema>;

export function emptyQuizState(): QuizSavedState {
  return { best: {}, session: null };
}

/** Reads the `{ state, version }` envelope zustand persist writes. Never throws. */
export function loadQuizState(raw: string | null): { state: QuizSavedState; notice: string | null } {
  if (raw === null || raw === '') return { state: emptyQuizState(), notice: null };
  try {
    const envelope = z.strictObject({ state: z.unknown(), version: z.literal(QUIZ_STATE_VERSION) }).parse(JSON.parse(raw));
    return { state: quizStateSchema.parse(envelope.state), notice: null };
  } catch {
    return { state: emptyQuizState(), notice: NOTICE_QUIZ_RESET };
  }
}
