'use client';
// Quiz results on this device: best score per lesson quiz and per mixed-quiz setting, the mixed
// quiz in progress (its seed, so a reload asks the same questions in the same order) and each lesson
// quiz's answers not handed in yet. Kept apart from lib/store.ts: a broken quiz save resets only
// itself. zod loads lazily, off the first-load path.
import { create } from 'zustand';
import { persist, type PersistStorage, type StorageValue } from 'zustand/middleware';
import { browserStorage, keepBackup, NOTICE_BACKUP_KEPT } from '@/lib/browser-storage';
import type { BestScore, MixedSession, QuizSavedState } from './saved';
import type { Answers } from './types';

export type { BestScore, MixedSession } from './saved';

export const QUIZ_STORAGE_KEY = 'hocdocker-quiz';
/** The last save that could not be read whole, kept as it was (as lib/store.ts keeps progress's). */
export const QUIZ_BACKUP_KEY = 'hocdocker-quiz-backup';
const VERSION = 1; // mirrors QUIZ_STATE_VERSION in saved.ts (kept literal so zod stays out of this chunk)

export interface QuizState extends QuizSavedState {
  /** Vietnamese notices about a save that could not be kept (not persisted). */
  notices: string[];
  /** Raises the best score of `key` (`lesson:q3`, `mixed:q1,q2:10`). */
  recordScore(key: string, score: { correct: number; total: number }, at?: number): void;
  startSession(session: Omit<MixedSession, 'answers' | 'submittedAt'>): void;
  answer(questionId: string, choices: string[]): void;
  submitSession(at: number): void;
  clearSession(): void;
  /** A lesson quiz's answer, kept until it is handed in or retried. */
  answerLessonQuiz(quizId: string, questionId: string, choices: string[]): void;
  clearLessonQuiz(quizId: string): void;
  /** Replaces every best score (an import, after merging with these). */
  replaceBestScores(best: QuizSavedState['best']): void;
  dismissNotice(notice: string): void;
}

let pendingNotice: string | null = null;
/** Nothing is written before the saved results are read: an early click would save defaults over them. */
let savedResultsRead = false;
let changedBeforeRead = false;
/** Set while this tab takes in the results another tab saved: they are in storage already. */
let adoptingOtherTab = false;

const quizStorage: PersistStorage<QuizSavedState> = {
  async getItem(name) {
    // The validator comes with what follows other tabs' saves: neither is in first-load JS. Loaded
    // even with nothing saved yet, as another tab may save first.
    const { loadQuizState, followOtherTabs } = await import('./sync');
    followOtherTabs();
    const storage = browserStorage();
    const raw = storage?.getItem(name) ?? null;
    if (raw === null) return null;
    const { state, notice } = loadQuizState(raw);
    pendingNotice = notice && keepBackup(storage, QUIZ_BACKUP_KEY, raw) ? `${notice} ${NOTICE_BACKUP_KEPT}` : notice;
    return { state, version: VERSION };
  },
  setItem(name, value: StorageValue<QuizSavedState>) {
    if (adoptingOtherTab) return;
    if (!savedResultsRead) {
      changedBeforeRead = true;
      return;
    }
    try {
      browserStorage()?.setItem(name, JSON.stringify(value));
    } catch {
      const notice = 'Không lưu được kết quả trắc nghiệm: bộ nhớ của trình duyệt đã đầy hoặc bị chặn.';
      if (!useQuizStore.getState().notices.includes(notice)) useQuizStore.setState((s) => ({ notices: [...s.notices, notice] }));
    }
  },
  removeItem(name) {
    browserStorage()?.removeItem(name);
  },
};

export const useQuizStore = create<QuizState>()(
  persist(
    (set) => ({
      best: {},
      session: null,
      drafts: {},
      notices: [],
      recordScore: (key, { correct, total }, at = Date.now()) =>
        set((state) => {
          if (total <= 0) return state;
          const percent = Math.round((100 * correct) / total);
          const old = state.best[key];
          if (old && old.percent >= percent) return state;
          const best: BestScore = { percent, correct, total, at };
          return { best: { ...state.best, [key]: best } };
        }),
      startSession: (session) => set({ session: { ...session, answers: {} } }),
      answer: (questionId, choices) =>
        set((state) => {
          if (!state.session || state.session.submittedAt !== undefined) return state;
          const answers: Answers = { ...state.session.answers, [questionId]: choices };
          return { session: { ...state.session, answers } };
        }),
      submitSession: (at) =>
        set((state) => (!state.session || state.session.submittedAt !== undefined ? state : { session: { ...state.session, submittedAt: at } })),
      clearSession: () => set({ session: null }),
      answerLessonQuiz: (quizId, questionId, choices) =>
        set((state) => ({ drafts: { ...state.drafts, [quizId]: { ...state.drafts[quizId], [questionId]: choices } } })),
      clearLessonQuiz: (quizId) =>
        set((state) => {
          if (!(quizId in state.drafts)) return state;
          const { [quizId]: _handedIn, ...drafts } = state.drafts;
          return { drafts };
        }),
      replaceBestScores: (best) => set({ best }),
      dismissNotice: (notice) => set((state) => ({ notices: state.notices.filter((n) => n !== notice) })),
    }),
    {
      name: QUIZ_STORAGE_KEY,
      version: VERSION,
      storage: quizStorage,
      skipHydration: true,
      partialize: (state) => ({ best: state.best, session: state.session, drafts: state.drafts }),
      // Answers given while the saved results were being read are kept over the saved ones.
      merge: (persisted, current) => {
        const saved = (persisted ?? {}) as Partial<QuizSavedState>;
        const drafts = { ...saved.drafts };
        for (const [quizId, answers] of Object.entries(current.drafts)) drafts[quizId] = { ...drafts[quizId], ...answers };
        return { ...current, ...saved, drafts };
      },
      onRehydrateStorage: () => () => {
        savedResultsRead = true;
        if (changedBeforeRead) {
          changedBeforeRead = false;
          useQuizStore.setState({}); // writes what was answered early, now together with the saved results
        }
        const notice = pendingNotice;
        pendingNotice = null;
        if (notice) useQuizStore.setState((state) => (state.notices.includes(notice) ? state : { notices: [...state.notices, notice] }));
      },
    },
  ),
);

/** Takes in results another tab has saved already (see sync.ts), without writing them again. */
export function takeInSavedElsewhere(saved: QuizSavedState): void {
  adoptingOtherTab = true;
  try {
    useQuizStore.setState(saved);
  } finally {
    adoptingOtherTab = false;
  }
}

let rehydrating: Promise<void> | null = null;

/** Reads the saved results once, after hydration (server HTML and first render stay equal). */
export function rehydrateQuizStore(): void {
  void quizStoreLoaded();
}

/** Resolves once the saved results are in the store (read now if no component has asked yet). */
export function quizStoreLoaded(): Promise<void> {
  // Several components of a page ask at once (the course page: one a lesson): one read answers them all.
  if (useQuizStore.persist.hasHydrated()) return Promise.resolve();
  rehydrating ??= Promise.resolve(useQuizStore.persist.rehydrate()).finally(() => {
    rehydrating = null;
  });
  return rehydrating;
}

export function lessonQuizKey(quizId: string): string {
  return `lesson:${quizId}`;
}

export function mixedQuizKey(lessons: string[], count: number): string {
  return `mixed:${[...lessons].sort((a, b) => a.localeCompare(b, 'en', { numeric: true })).join(',')}:${count}`;
}
