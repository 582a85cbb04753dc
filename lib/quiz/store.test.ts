import { beforeEach, describe, expect, it } from 'vitest';
import { NOTICE_QUIZ_RESET, NOTICE_SCORES_DROPPED, loadQuizState } from './saved';
import { QUIZ_BACKUP_KEY, QUIZ_STORAGE_KEY, lessonQuizKey, mixedQuizKey, useQuizStore } from './store';
import { adoptQuizSavedElsewhere } from './sync';

/** Puts a localStorage backed by `items` in place. */
function useStorage(items: Map<string, string>, setItem = (key: string, value: string) => void items.set(key, value)) {
  const memory = { getItem: (key: string) => items.get(key) ?? null, setItem, removeItem: (key: string) => void items.delete(key) };
  Object.defineProperty(globalThis, 'localStorage', { value: memory, configurable: true });
}

const session = { seed: 1, lessons: ['q1'], count: 5, minutes: 0, startedAt: 10 };

describe('quiz store', () => {
  beforeEach(() => useQuizStore.setState({ best: {}, session: null, drafts: {}, notices: [] }));

  it('keeps the best score only', () => {
    const { recordScore } = useQuizStore.getState();
    recordScore('lesson:q1', { correct: 3, total: 5 }, 1);
    recordScore('lesson:q1', { correct: 2, total: 5 }, 2);
    expect(useQuizStore.getState().best['lesson:q1']).toEqual({ percent: 60, correct: 3, total: 5, at: 1 });
    recordScore('lesson:q1', { correct: 5, total: 5 }, 3);
    expect(useQuizStore.getState().best['lesson:q1']?.percent).toBe(100);
    recordScore('lesson:q2', { correct: 0, total: 0 }, 4);
    expect(useQuizStore.getState().best['lesson:q2']).toBeUndefined();
  });

  it('records answers while a session runs and freezes them once submitted', () => {
    const store = useQuizStore.getState();
    store.startSession(session);
    useQuizStore.getState().answer('q1-1', ['b']);
    useQuizStore.getState().submitSession(20);
    useQuizStore.getState().answer('q1-1', ['a']);
    useQuizStore.getState().submitSession(30);
    expect(useQuizStore.getState().session).toEqual({ ...session, answers: { 'q1-1': ['b'] }, submittedAt: 20 });
    useQuizStore.getState().clearSession();
    expect(useQuizStore.getState().session).toBeNull();
  });

  it("keeps each lesson quiz's answers apart until that quiz is handed in", () => {
    const { answerLessonQuiz } = useQuizStore.getState();
    answerLessonQuiz('q2', 'q2-1', ['a']);
    answerLessonQuiz('q8', 'q8-1', ['b']);
    answerLessonQuiz('q2', 'q2-3', ['b', 'c']);
    answerLessonQuiz('q2', 'q2-1', ['d']);
    expect(useQuizStore.getState().drafts).toEqual({ q2: { 'q2-1': ['d'], 'q2-3': ['b', 'c'] }, q8: { 'q8-1': ['b'] } });
    useQuizStore.getState().clearLessonQuiz('q2');
    expect(useQuizStore.getState().drafts).toEqual({ q8: { 'q8-1': ['b'] } });
  });

  it('names results by lesson, and mixed results by lesson set and count (order-free)', () => {
    expect(lessonQuizKey('q3')).toBe('lesson:q3');
    expect(mixedQuizKey(['q10', 'q2', 'q1'], 10)).toBe('mixed:q1,q2,q10:10');
  });

  it('writes nothing before the saved results are read, then keeps both the early answer and the saved scores', async () => {
    const saved = JSON.stringify({ state: { best: { 'lesson:q1': { percent: 80, correct: 4, total: 5, at: 1 } }, session: null, drafts: { q2: { 'q2-1': ['a'] } } }, version: 1 });
    const items = new Map([[QUIZ_STORAGE_KEY, saved]]);
    const memory = { getItem: (key: string) => items.get(key) ?? null, setItem: (key: string, value: string) => void items.set(key, value), removeItem: (key: string) => void items.delete(key) };
    Object.defineProperty(globalThis, 'localStorage', { value: memory, configurable: true });
    useQuizStore.getState().answerLessonQuiz('q2', 'q2-2', ['c']);
    expect(items.get(QUIZ_STORAGE_KEY)).toBe(saved);
    await useQuizStore.persist.rehydrate();
    const written = JSON.parse(items.get(QUIZ_STORAGE_KEY) ?? '{}').state;
    expect(written.best['lesson:q1'].percent).toBe(80);
    expect(written.drafts).toEqual({ q2: { 'q2-1': ['a'], 'q2-2': ['c'] } });
  });

  it("takes in another tab's best scores, keeps the better of each, and writes back what only this tab had", async () => {
    const items = new Map<string, string>();
    const memory = { getItem: (key: string) => items.get(key) ?? null, setItem: (key: string, value: string) => void items.set(key, value), removeItem: (key: string) => void items.delete(key) };
    Object.defineProperty(globalThis, 'localStorage', { value: memory, configurable: true });
    await useQuizStore.persist.rehydrate();
    useQuizStore.getState().recordScore('lesson:q1', { correct: 4, total: 5 }, 1);
    useQuizStore.getState().recordScore('lesson:q3', { correct: 1, total: 5 }, 2);
    const otherTab = (best: Record<string, unknown>) => JSON.stringify({ state: { best, session: null }, version: 1 });

    const stale = otherTab({ 'lesson:q2': { percent: 100, correct: 5, total: 5, at: 3 }, 'lesson:q3': { percent: 60, correct: 3, total: 5, at: 3 } });
    items.set(QUIZ_STORAGE_KEY, stale);
    adoptQuizSavedElsewhere(stale);
    expect(Object.fromEntries(Object.entries(useQuizStore.getState().best).map(([key, score]) => [key, score.percent]))).toEqual({
      'lesson:q1': 80,
      'lesson:q2': 100,
      'lesson:q3': 60,
    });
    expect(Object.keys(JSON.parse(items.get(QUIZ_STORAGE_KEY) ?? '{}').state.best).sort()).toEqual(['lesson:q1', 'lesson:q2', 'lesson:q3']);

    const complete = items.get(QUIZ_STORAGE_KEY) ?? '';
    adoptQuizSavedElsewhere(complete);
    expect(items.get(QUIZ_STORAGE_KEY), 'nothing new here: nothing written').toBe(complete);
  });

  it("takes in another tab's lesson-quiz answers and writes back the ones only this tab has given", async () => {
    const items = new Map<string, string>();
    const memory = { getItem: (key: string) => items.get(key) ?? null, setItem: (key: string, value: string) => void items.set(key, value), removeItem: (key: string) => void items.delete(key) };
    Object.defineProperty(globalThis, 'localStorage', { value: memory, configurable: true });
    await useQuizStore.persist.rehydrate();
    useQuizStore.getState().answerLessonQuiz('q8', 'q8-1', ['a']);
    // Saved by a tab that had not seen that answer yet.
    const otherTab = JSON.stringify({ state: { best: {}, session: null, drafts: { q8: { 'q8-2': ['b'] } } }, version: 1 });
    items.set(QUIZ_STORAGE_KEY, otherTab);
    adoptQuizSavedElsewhere(otherTab);
    expect(useQuizStore.getState().drafts).toEqual({ q8: { 'q8-1': ['a'], 'q8-2': ['b'] } });
    expect(JSON.parse(items.get(QUIZ_STORAGE_KEY) ?? '{}').state.drafts).toEqual({ q8: { 'q8-1': ['a'], 'q8-2': ['b'] } });

    // Handed in over there: gone here too.
    const handedIn = JSON.stringify({ state: { best: {}, session: null, drafts: {} }, version: 1 });
    items.set(QUIZ_STORAGE_KEY, handedIn);
    adoptQuizSavedElsewhere(handedIn);
    expect(useQuizStore.getState().drafts).toEqual({});
    expect(items.get(QUIZ_STORAGE_KEY), 'nothing only here: nothing written').toBe(handedIn);
  });
  it('writes nothing back for the same answers saved in another order: two tabs do not answer each other forever', async () => {
    const items = new Map<string, string>();
    useStorage(items);
    await useQuizStore.persist.rehydrate();
    // This tab gave q8-2 before it saw the other tab's q8-1; the other tab has both, q8-1 first.
    useQuizStore.getState().answerLessonQuiz('q8', 'q8-2', ['b']);
    useQuizStore.getState().answerLessonQuiz('q8', 'q8-1', ['a']);
    useQuizStore.getState().startSession(session);
    useQuizStore.getState().answer('q1-2', ['c']);
    useQuizStore.getState().answer('q1-1', ['d']);
    const otherTab = JSON.stringify({
      state: { best: {}, session: { ...session, answers: { 'q1-1': ['d'], 'q1-2': ['c'] } }, drafts: { q8: { 'q8-1': ['a'], 'q8-2': ['b'] } } },
      version: 1,
    });
    items.set(QUIZ_STORAGE_KEY, otherTab);
    adoptQuizSavedElsewhere(otherTab);
    expect(items.get(QUIZ_STORAGE_KEY), 'nothing only here: nothing written').toBe(otherTab);
    expect(useQuizStore.getState().drafts).toEqual({ q8: { 'q8-1': ['a'], 'q8-2': ['b'] } });
    expect(useQuizStore.getState().session?.answers).toEqual({ 'q1-1': ['d'], 'q1-2': ['c'] });
  });

  it('keeps an unreadable save under its backup key and says so, then saves afresh without touching the backup', async () => {
    const unreadable = '{"state":{"best":{"lesson:q1":';
    const items = new Map([[QUIZ_STORAGE_KEY, unreadable]]);
    useStorage(items);
    await useQuizStore.persist.rehydrate();
    expect(useQuizStore.getState().best).toEqual({});
    expect(useQuizStore.getState().notices).toEqual([`${NOTICE_QUIZ_RESET} Bản cũ được giữ lại trong bộ nhớ trình duyệt.`]);
    expect(items.get(QUIZ_BACKUP_KEY)).toBe(unreadable);
    useQuizStore.getState().recordScore('lesson:q2', { correct: 1, total: 2 }, 5);
    expect(JSON.parse(items.get(QUIZ_STORAGE_KEY) ?? '{}').state.best['lesson:q2'].percent).toBe(50);
    expect(items.get(QUIZ_BACKUP_KEY)).toBe(unreadable);
  });

  it('keeps a partly broken save whole under its backup key, as the scores that parsed load', async () => {
    const partly = JSON.stringify({ state: { best: { 'lesson:q1': { percent: 80, correct: 4, total: 5, at: 1 }, 'lesson:q2': 'broken' }, session: null, drafts: {} }, version: 1 });
    const items = new Map([[QUIZ_STORAGE_KEY, partly]]);
    useStorage(items);
    await useQuizStore.persist.rehydrate();
    expect(Object.keys(useQuizStore.getState().best)).toEqual(['lesson:q1']);
    expect(useQuizStore.getState().notices).toEqual([`${NOTICE_SCORES_DROPPED} Bản cũ được giữ lại trong bộ nhớ trình duyệt.`]);
    expect(items.get(QUIZ_BACKUP_KEY)).toBe(partly);
    // What was read is saved over it: the next load reads a whole save, with no notice again.
    expect(loadQuizState(items.get(QUIZ_STORAGE_KEY) ?? null)).toEqual({ state: { best: { 'lesson:q1': { percent: 80, correct: 4, total: 5, at: 1 } }, session: null, drafts: {} }, notice: null });
  });

  it('with no room for a backup, the notice does not claim one', async () => {
    const items = new Map([[QUIZ_STORAGE_KEY, 'not json{']]);
    useStorage(items, (key, value) => {
      if (key === QUIZ_BACKUP_KEY) throw new DOMException('full', 'QuotaExceededError');
      items.set(key, value);
    });
    await useQuizStore.persist.rehydrate();
    expect(useQuizStore.getState().notices).toEqual([NOTICE_QUIZ_RESET]);
  });

  it('a save that reads whole leaves no backup', async () => {
    const items = new Map([[QUIZ_STORAGE_KEY, JSON.stringify({ state: { best: {}, session: null, drafts: {} }, version: 1 })]]);
    useStorage(items);
    await useQuizStore.persist.rehydrate();
    expect(useQuizStore.getState().notices).toEqual([]);
    expect(items.has(QUIZ_BACKUP_KEY)).toBe(false);
  });
});
