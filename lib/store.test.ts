import { beforeEach, describe, expect, it } from 'vitest';
import { NOTICE_BACKUP_KEPT, NOTICE_UNREADABLE, NOTICE_VERSION, loadProgress, serializeProgress } from './progress/load';
import { MAX_SAVED_CODE_CHARS, PROGRESS_VERSION, emptySnapshot } from './progress/schema';
import { NOTICE_QUIZ_PART_BROKEN, NOTICE_QUIZ_SCORES_DROPPED, exportProgress, importProgress, mergeProgress } from './progress/transfer';
import { adoptProgressSavedElsewhere } from './progress/sync';
import { PROGRESS_BACKUP_KEY, PROGRESS_STORAGE_KEY, progressSnapshot, useProgress } from './store';

class MemoryStorage {
  items = new Map<string, string>();
  getItem(key: string) {
    return this.items.get(key) ?? null;
  }
  setItem(key: string, value: string) {
    this.items.set(key, value);
  }
  removeItem(key: string) {
    this.items.delete(key);
  }
}

const memory = new MemoryStorage();
Object.defineProperty(globalThis, 'localStorage', { value: memory, configurable: true });

const goodExercise = { code: 'FROM python:3.11-slim\n', savedAt: 5, bestScore: 80 };

describe('loadProgress', () => {
  it('loads nothing saved as an empty snapshot without notices', () => {
    expect(loadProgress(null)).toEqual({ snapshot: emptySnapshot(), notices: [] });
  });

  it('round-trips a valid snapshot', () => {
    const snapshot = { ...emptySnapshot(), lessonsRead: { 'docker/bao-mat': 1 }, exercises: { q10: goodExercise } };
    expect(loadProgress(serializeProgress(snapshot))).toEqual({ snapshot, notices: [] });
  });

  it('resets unreadable JSON with a notice', () => {
    const result = loadProgress('{"state": {');
    expect(result.snapshot).toEqual(emptySnapshot());
    expect(result.notices).toEqual([NOTICE_UNREADABLE]);
  });

  it('resets only the broken exercise and keeps the rest', () => {
    const raw = JSON.stringify({
      version: PROGRESS_VERSION,
      state: {
        lessonsRead: { 'docker/bao-mat': 3 },
        exercises: { q1: goodExercise, q2: { code: 42 }, q3: { code: 'x', bestScore: 900 } },
        preferences: { plainEditor: true },
      },
    });
    const { snapshot, notices } = loadProgress(raw);
    expect(snapshot.exercises).toEqual({ q1: goodExercise });
    expect(snapshot.lessonsRead).toEqual({ 'docker/bao-mat': 3 });
    expect(snapshot.preferences.plainEditor).toBe(true);
    expect(notices).toHaveLength(1);
    expect(notices[0]).toContain('q2, q3');
  });

  it('resets a foreign lessonsRead part but keeps exercises', () => {
    const raw = JSON.stringify({ version: PROGRESS_VERSION, state: { lessonsRead: 'nope', exercises: { q1: goodExercise } } });
    const { snapshot, notices } = loadProgress(raw);
    expect(snapshot.lessonsRead).toEqual({});
    expect(snapshot.exercises.q1).toEqual(goodExercise);
    expect(notices).toHaveLength(1);
  });

  it('migrates version 1 (no preferences) without notices', () => {
    const raw = JSON.stringify({ version: 1, state: { lessonsRead: {}, exercises: { q4: goodExercise } } });
    expect(loadProgress(raw)).toEqual({ snapshot: { ...emptySnapshot(), exercises: { q4: goodExercise } }, notices: [] });
  });

  it('refuses an unknown version with a notice', () => {
    const raw = JSON.stringify({ version: PROGRESS_VERSION + 1, state: { exercises: { q1: goodExercise } } });
    expect(loadProgress(raw)).toEqual({ snapshot: emptySnapshot(), notices: [NOTICE_VERSION] });
  });

  it('never turns markup in a broken id into the notice', () => {
    const raw = JSON.stringify({ version: PROGRESS_VERSION, state: { exercises: { '<img src=x>': {} } } });
    expect(loadProgress(raw).notices[0]).not.toContain('<');
  });
});

describe('export and import', () => {
  it('imports what it exported', () => {
    const snapshot = { ...emptySnapshot(), lessonsRead: { 'docker/layer-caching': 7 }, exercises: { q8: goodExercise } };
    const result = importProgress(exportProgress(snapshot, 99));
    expect(result).toEqual({ ok: true, snapshot, quizBest: {}, notices: [] });
  });

  it('carries the quiz best scores there and back', () => {
    const quizBest = { 'lesson:q8': { percent: 83, correct: 5, total: 6, at: 4 }, 'mixed:q1,q2:10': { percent: 100, correct: 10, total: 10, at: 5 } };
    const snapshot = { ...emptySnapshot(), exercises: { q8: goodExercise } };
    expect(importProgress(exportProgress(snapshot, 99, quizBest))).toEqual({ ok: true, snapshot, quizBest, notices: [] });
  });

  it('a broken quiz part costs only the broken scores, with a notice; exercises still import', () => {
    const snapshot = { ...emptySnapshot(), exercises: { q8: goodExercise } };
    const file = (quiz: unknown) => JSON.stringify({ ...JSON.parse(exportProgress(snapshot, 99)), quiz });
    const good = { percent: 50, correct: 3, total: 6, at: 1 };
    expect(importProgress(file('all of them'))).toEqual({ ok: true, snapshot, quizBest: {}, notices: [NOTICE_QUIZ_PART_BROKEN] });
    expect(importProgress(file({ best: [good] }))).toEqual({ ok: true, snapshot, quizBest: {}, notices: [NOTICE_QUIZ_PART_BROKEN] });
    expect(importProgress(file({ best: { 'lesson:q8': good, 'lesson:q2': { ...good, percent: 140 }, '<img>': good } }))).toEqual({
      ok: true,
      snapshot,
      quizBest: { 'lesson:q8': good },
      notices: [NOTICE_QUIZ_SCORES_DROPPED],
    });
  });

  it('explains a file that is not JSON, not ours, or too new', () => {
    const notJson = importProgress('hello');
    const foreign = importProgress('{"exercises":{}}');
    const tooNew = importProgress(JSON.stringify({ kind: 'hocdocker-progress', version: 999 }));
    for (const result of [notJson, foreign, tooNew]) expect(result.ok).toBe(false);
    const errors = [notJson, foreign, tooNew].map((r) => (r.ok ? '' : r.error));
    expect(new Set(errors).size).toBe(3);
  });

  it('merges without losing the best score, the first completion or newer code', () => {
    const here = { ...emptySnapshot(), exercises: { q1: { code: 'new', savedAt: 10, bestScore: 50 } } };
    const incoming = { ...emptySnapshot(), exercises: { q1: { code: 'old', savedAt: 2, bestScore: 100, completedAt: 2 }, q2: goodExercise } };
    const merged = mergeProgress(here, incoming);
    expect(merged.exercises.q1).toEqual({ code: 'new', savedAt: 10, bestScore: 100, completedAt: 2 });
    expect(merged.exercises.q2).toEqual(goodExercise);
  });

  it('two tabs saving in the same millisecond both keep the same code, whichever merges first', () => {
    const tab = (code: string) => ({ ...emptySnapshot(), exercises: { q1: { code, savedAt: 7 } } });
    const [first, second] = [tab('FROM first-tab'), tab('FROM second-tab')];
    expect(mergeProgress(first, second).exercises.q1).toEqual(mergeProgress(second, first).exercises.q1);
  });

  it('an autosave of the code saved already writes nothing', () => {
    useProgress.setState({ exercises: { q1: { code: 'FROM saved', savedAt: 3 } } });
    expect(useProgress.getState().saveCode('q1', { code: 'FROM saved' }, 9)).toBe(true);
    expect(useProgress.getState().exercises.q1?.savedAt).toBe(3);
  });
});

describe('useProgress', () => {
  beforeEach(() => {
    memory.items.clear();
    useProgress.setState({ lessonsRead: {}, exercises: {}, preferences: { plainEditor: false }, notices: [] });
  });

  it('records the first 100% once, on grading', () => {
    const { recordGrade } = useProgress.getState();
    recordGrade('q10', { code: 'a' }, 60, 1);
    expect(useProgress.getState().exercises.q10?.completedAt).toBeUndefined();
    recordGrade('q10', { code: 'b' }, 100, 2);
    recordGrade('q10', { code: 'c' }, 40, 3);
    const saved = useProgress.getState().exercises.q10;
    expect(saved?.completedAt).toBe(2);
    expect(saved?.bestScore).toBe(100);
    expect(saved?.lastGraded).toEqual({ code: 'c', at: 3 });
  });

  it("keeps what the saved code's analysis drew, only with that code", () => {
    const view = { findings: [{ rule: 'non-root-user', severity: 'warning' as const, messageId: 'missing', message: 'Chạy bằng root', line: 1, column: 1, docsUrl: '/rules/non-root-user/' }] };
    const { saveCode, keepAnalysisView, recordGrade } = useProgress.getState();
    keepAnalysisView('q1', { code: 'FROM a' }, view);
    expect(useProgress.getState().exercises.q1, 'nothing saved, nothing kept').toBeUndefined();
    saveCode('q1', { code: 'FROM a' }, 1);
    keepAnalysisView('q1', { code: 'FROM b' }, view);
    expect(useProgress.getState().exercises.q1?.view, 'the view of other code').toBeUndefined();
    keepAnalysisView('q1', { code: 'FROM a', dockerignore: '.git' }, view);
    expect(useProgress.getState().exercises.q1?.view, 'the view of another .dockerignore').toBeUndefined();
    keepAnalysisView('q1', { code: 'FROM a' }, view);
    expect(useProgress.getState().exercises.q1?.view).toEqual(view);
    expect(JSON.parse(memory.getItem(PROGRESS_STORAGE_KEY) ?? '{}').state.exercises.q1.view).toEqual(view);
    saveCode('q1', { code: 'FROM a' }, 2);
    recordGrade('q1', { code: 'FROM a' }, 50, 3);
    expect(useProgress.getState().exercises.q1?.view, 'the same code saved again').toEqual(view);
    saveCode('q1', { code: 'FROM a\nUSER app' }, 4);
    expect(useProgress.getState().exercises.q1?.view, 'new code').toBeUndefined();
    keepAnalysisView('q1', { code: 'FROM a\nUSER app' }, view);
    recordGrade('q1', { code: 'FROM c' }, 50, 5);
    expect(useProgress.getState().exercises.q1?.view, 'new code, graded').toBeUndefined();
  });

  it('drops a saved view that does not parse, never the code with it', () => {
    const raw = JSON.stringify({ version: PROGRESS_VERSION, state: { exercises: { q1: { ...goodExercise, view: { findings: [{ rule: 7 }] } } } } });
    expect(loadProgress(raw)).toEqual({ snapshot: { ...emptySnapshot(), exercises: { q1: goodExercise } }, notices: [] });
  });

  it('refuses to autosave code larger than the limit', () => {
    const huge = 'x'.repeat(MAX_SAVED_CODE_CHARS + 1);
    expect(useProgress.getState().saveCode('q1', { code: huge })).toBe(false);
    expect(useProgress.getState().exercises.q1).toBeUndefined();
    expect(useProgress.getState().saveCode('q1', { code: 'FROM x' }, 4)).toBe(true);
    expect(JSON.parse(memory.getItem(PROGRESS_STORAGE_KEY) ?? '{}').state.exercises.q1.code).toBe('FROM x');
  });

  it('rehydrates corrupted storage with a notice and keeps a backup', async () => {
    memory.setItem(PROGRESS_STORAGE_KEY, '{"state":{"exercises":');
    await useProgress.persist.rehydrate();
    expect(useProgress.getState().notices).toEqual([`${NOTICE_UNREADABLE} ${NOTICE_BACKUP_KEPT}`]);
    expect(useProgress.getState().exercises).toEqual({});
    expect(memory.getItem(PROGRESS_BACKUP_KEY)).toBe('{"state":{"exercises":');
  });

  it('says the old save is kept only when the backup could be written', async () => {
    memory.setItem(PROGRESS_STORAGE_KEY, '{"state":{"exercises":');
    const setItem = memory.setItem;
    memory.setItem = (key: string, value: string) => {
      if (key === PROGRESS_BACKUP_KEY) throw new DOMException('full', 'QuotaExceededError');
      setItem.call(memory, key, value);
    };
    try {
      await useProgress.persist.rehydrate();
    } finally {
      memory.setItem = setItem;
    }
    expect(useProgress.getState().notices).toEqual([NOTICE_UNREADABLE]);
    expect(useProgress.getState().notices.join(' ')).not.toContain(NOTICE_BACKUP_KEPT);
    expect(memory.getItem(PROGRESS_BACKUP_KEY)).toBeNull();
  });

  it('rehydrates valid parts and drops the broken one', async () => {
    memory.setItem(
      PROGRESS_STORAGE_KEY,
      JSON.stringify({ version: PROGRESS_VERSION, state: { lessonsRead: { 'docker/bao-mat': 1 }, exercises: { q1: goodExercise, q2: null } } }),
    );
    await useProgress.persist.rehydrate();
    const state = useProgress.getState();
    expect(progressSnapshot(state)).toEqual({ ...emptySnapshot(), lessonsRead: { 'docker/bao-mat': 1 }, exercises: { q1: goodExercise } });
    expect(state.notices).toHaveLength(1);
  });

  it('a partly broken save is told once: what was read is saved over it, the broken text kept under the backup key', async () => {
    const partly = JSON.stringify({ version: PROGRESS_VERSION, state: { lessonsRead: { 'docker/bao-mat': 1 }, exercises: { q1: goodExercise, q2: { code: 42 } } } });
    memory.setItem(PROGRESS_STORAGE_KEY, partly);
    await useProgress.persist.rehydrate();
    expect(useProgress.getState().notices).toHaveLength(1);
    expect(memory.getItem(PROGRESS_BACKUP_KEY)).toBe(partly);
    // The next load reads a whole save: no notice again, nothing that could be read lost.
    const recovered = { ...emptySnapshot(), lessonsRead: { 'docker/bao-mat': 1 }, exercises: { q1: goodExercise } };
    expect(loadProgress(memory.getItem(PROGRESS_STORAGE_KEY))).toEqual({ snapshot: recovered, notices: [] });
  });

  it('takes in what another tab saved, and writes back only what this tab alone had', async () => {
    await useProgress.persist.rehydrate();
    useProgress.getState().saveCode('q1', { code: 'FROM this-tab' }, 10);
    const otherTab = (exercises: Record<string, unknown>) =>
      JSON.stringify({ version: PROGRESS_VERSION, state: { lessonsRead: { 'docker/bao-mat': 4 }, exercises, preferences: { plainEditor: true } } });

    // The other tab, opened earlier, never saw q1: its save must not take q1 away from this tab.
    const stale = otherTab({ q10: { code: 'FROM other-tab', savedAt: 11 } });
    memory.setItem(PROGRESS_STORAGE_KEY, stale);
    adoptProgressSavedElsewhere(stale);
    expect(Object.keys(useProgress.getState().exercises).sort()).toEqual(['q1', 'q10']);
    expect(useProgress.getState().lessonsRead).toEqual({ 'docker/bao-mat': 4 });
    expect(useProgress.getState().preferences.plainEditor, "this tab's preference").toBe(false);
    const written = JSON.parse(memory.getItem(PROGRESS_STORAGE_KEY) ?? '{}').state;
    expect(written.exercises.q1.code).toBe('FROM this-tab');
    expect(written.exercises.q10.code).toBe('FROM other-tab');

    // A save that already holds everything is taken in without writing anything.
    const complete = otherTab({ q1: { code: 'FROM this-tab', savedAt: 10 }, q10: { code: 'FROM other-tab, newer', savedAt: 12 } });
    memory.setItem(PROGRESS_STORAGE_KEY, complete);
    adoptProgressSavedElsewhere(complete);
    expect(useProgress.getState().exercises.q10?.code).toBe('FROM other-tab, newer');
    expect(memory.getItem(PROGRESS_STORAGE_KEY)).toBe(complete);
  });
});

describe('help shown: hints revealed and the solution opened', () => {
  beforeEach(() => {
    memory.items.clear();
    useProgress.setState({ lessonsRead: {}, exercises: {}, revealed: {}, preferences: { plainEditor: false }, notices: [] });
  });

  it('loads progress saved before it existed with no notice and nothing lost', () => {
    const state = { lessonsRead: { 'docker/bao-mat': 1 }, exercises: { q10: goodExercise }, preferences: { plainEditor: true } };
    expect(loadProgress(JSON.stringify({ version: PROGRESS_VERSION, state }))).toEqual({ snapshot: { ...state, revealed: {} }, notices: [] });
    const v1 = JSON.stringify({ version: 1, state: { lessonsRead: {}, exercises: { q4: goodExercise } } });
    expect(loadProgress(v1)).toEqual({ snapshot: { ...emptySnapshot(), exercises: { q4: goodExercise } }, notices: [] });
  });

  it('round-trips through storage and through an exported file', () => {
    const snapshot = { ...emptySnapshot(), exercises: { q10: goodExercise }, revealed: { q10: { hints: 2, solution: true as const }, q3: { hints: 1 } } };
    expect(loadProgress(serializeProgress(snapshot))).toEqual({ snapshot, notices: [] });
    expect(importProgress(exportProgress(snapshot, 99))).toEqual({ ok: true, snapshot, quizBest: {}, notices: [] });
    // A file exported before (no revealed help, no quiz scores): imported whole, with nothing shown.
    const older = JSON.stringify({ kind: 'hocdocker-progress', version: PROGRESS_VERSION, lessonsRead: {}, exercises: { q1: goodExercise }, preferences: { plainEditor: false } });
    expect(importProgress(older)).toEqual({ ok: true, snapshot: { ...emptySnapshot(), exercises: { q1: goodExercise } }, quizBest: {}, notices: [] });
  });

  it('drops a broken value alone, quietly, and keeps everything else', () => {
    const raw = JSON.stringify({
      version: PROGRESS_VERSION,
      state: {
        lessonsRead: { 'docker/bao-mat': 3 },
        exercises: { q1: goodExercise },
        revealed: {
          q1: { hints: 'two', solution: true },
          q2: { hints: 2, solution: 'yes' },
          q3: { hints: -1, solution: false },
          q4: { hints: 2.5 },
          q5: { hints: 99 },
          q6: null,
          q7: 'all',
          '<img src=x>': { hints: 1 },
          q8: { hints: 3, solution: true, extra: '<script>' },
        },
        preferences: { plainEditor: true },
      },
    });
    const { snapshot, notices } = loadProgress(raw);
    expect(notices).toEqual([]);
    expect(snapshot.revealed).toEqual({ q1: { solution: true }, q2: { hints: 2 }, q8: { hints: 3, solution: true } });
    expect(snapshot.exercises).toEqual({ q1: goodExercise });
    expect(snapshot.lessonsRead).toEqual({ 'docker/bao-mat': 3 });
    expect(snapshot.preferences.plainEditor).toBe(true);

    const foreign = loadProgress(JSON.stringify({ version: PROGRESS_VERSION, state: { exercises: { q1: goodExercise }, revealed: ['q1'] } }));
    expect(foreign).toEqual({ snapshot: { ...emptySnapshot(), exercises: { q1: goodExercise } }, notices: [] });
  });

  it('merges an import or another tab without hiding what either side had shown', () => {
    const here = { ...emptySnapshot(), revealed: { q1: { hints: 2 }, q2: { solution: true as const } } };
    const incoming = { ...emptySnapshot(), revealed: { q1: { hints: 1, solution: true as const }, q2: { hints: 3 }, q3: { hints: 1 } } };
    expect(mergeProgress(here, incoming).revealed).toEqual({ q1: { hints: 2, solution: true }, q2: { hints: 3, solution: true }, q3: { hints: 1 } });
  });

  it('remembers hints revealed, never fewer, and the solution opened, on this device', async () => {
    const { revealHints, openSolution } = useProgress.getState();
    revealHints('q10', 1);
    revealHints('q10', 2);
    revealHints('q10', 1);
    openSolution('q10');
    revealHints('assignment-q10-1a2b3c', 1);
    expect(useProgress.getState().revealed).toEqual({ q10: { hints: 2, solution: true }, 'assignment-q10-1a2b3c': { hints: 1 } });
    expect(useProgress.getState().exercises, 'no exercise entry: the saved code stays the starter').toEqual({});

    // A reload: the state in memory is gone, what was written to storage comes back.
    const stored = memory.getItem(PROGRESS_STORAGE_KEY) ?? '';
    useProgress.setState({ revealed: {} });
    memory.setItem(PROGRESS_STORAGE_KEY, stored);
    await useProgress.persist.rehydrate();
    expect(useProgress.getState().revealed).toEqual({ q10: { hints: 2, solution: true }, 'assignment-q10-1a2b3c': { hints: 1 } });
    expect(useProgress.getState().notices).toEqual([]);
  });

  it("takes in another tab's, and writes back what only this tab had shown", async () => {
    await useProgress.persist.rehydrate();
    useProgress.getState().revealHints('q1', 2);
    const theirs = JSON.stringify({ version: PROGRESS_VERSION, state: { lessonsRead: {}, exercises: {}, revealed: { q2: { solution: true } }, preferences: { plainEditor: false } } });
    memory.setItem(PROGRESS_STORAGE_KEY, theirs);
    adoptProgressSavedElsewhere(theirs);
    expect(useProgress.getState().revealed).toEqual({ q1: { hints: 2 }, q2: { solution: true } });
    expect(JSON.parse(memory.getItem(PROGRESS_STORAGE_KEY) ?? '{}').state.revealed).toEqual({ q1: { hints: 2 }, q2: { solution: true } });
  });
});
