'use client';
// Learner progress, persisted on this device (zustand persist, versioned, validated on load).
// Saved state is read through lib/progress: a corrupted or foreign part is reset alone, with a notice.
import { create } from 'zustand';
import { persist, type PersistStorage, type StorageValue } from 'zustand/middleware';
import { MAX_REVEALED_HINTS, MAX_SAVED_CODE_CHARS, PROGRESS_VERSION } from './progress/limits';
import { browserStorage, keepBackup } from './browser-storage';
import type { AnalysisView, ExerciseProgress, Preferences, ProgressSnapshot } from './progress/schema';

export type { ExerciseProgress } from './progress/schema';

export interface ExerciseFiles {
  code: string;
  dockerignore?: string;
}

export interface ProgressState extends ProgressSnapshot {
  /** Vietnamese notices about saved state that could not be kept (not persisted). */
  notices: string[];
  markLessonRead(key: string, at?: number): void;
  /** Autosave; returns false when the code is too large to keep on this device. */
  saveCode(id: string, files: ExerciseFiles, at?: number): boolean;
  /** Keeps what the analysis of the saved files drew; ignored when the saved files are not these any more. */
  keepAnalysisView(id: string, files: ExerciseFiles, view: AnalysisView): void;
  /** A graded attempt: remembers it, raises the best score, records the first 100%. */
  recordGrade(id: string, files: ExerciseFiles, score: number, at?: number): void;
  /** The learner has asked for the hints up to `count` (never fewer than before). */
  revealHints(id: string, count: number): void;
  /** The learner has opened the reference solution. */
  openSolution(id: string): void;
  setPreferences(preferences: Partial<Preferences>): void;
  /** Replaces lessons, exercises and help shown (import after merging). */
  replaceProgress(snapshot: Pick<ProgressSnapshot, 'lessonsRead' | 'exercises' | 'revealed'>): void;
  addNotice(notice: string): void;
  dismissNotice(notice: string): void;
}

export const PROGRESS_STORAGE_KEY = 'hocdocker-progress';
export const PROGRESS_BACKUP_KEY = 'hocdocker-progress-backup';

let pendingNotices: string[] = [];
/** Set while this tab takes in what another tab saved: that state is in storage already. */
let adoptingOtherTab = false;

/** Reads through the validator (loaded lazily: zod stays out of every page's first-load JS). */
const progressStorage: PersistStorage<ProgressSnapshot> = {
  async getItem(name) {
    const storage = browserStorage();
    const raw = storage?.getItem(name) ?? null;
    // The validator comes with what follows other tabs' saves: neither is in first-load JS.
    const { loadProgress, followOtherTabs, NOTICE_BACKUP_KEPT } = await import('./progress/sync');
    followOtherTabs();
    const { snapshot, notices } = loadProgress(raw);
    if (notices.length > 0 && raw !== null) {
      // Never lose what was there, even if unreadable; the notice says it is kept only when it is.
      const [first, ...rest] = notices;
      pendingNotices = keepBackup(storage, PROGRESS_BACKUP_KEY, raw) ? [`${first} ${NOTICE_BACKUP_KEPT}`, ...rest] : notices;
    }
    return raw === null ? null : { state: snapshot, version: PROGRESS_VERSION };
  },
  setItem(name, value: StorageValue<ProgressSnapshot>) {
    if (adoptingOtherTab) return;
    try {
      browserStorage()?.setItem(name, JSON.stringify(value));
    } catch {
      const notice = 'Không lưu được tiến độ: bộ nhớ của trình duyệt đã đầy hoặc bị chặn.';
      if (!useProgress.getState().notices.includes(notice)) useProgress.setState((s) => ({ notices: [...s.notices, notice] }));
    }
  },
  removeItem(name) {
    browserStorage()?.removeItem(name);
  },
};

function updateExercise(state: ProgressState, id: string, change: (old: ExerciseProgress | undefined) => ExerciseProgress) {
  return { exercises: { ...state.exercises, [id]: change(state.exercises[id]) } };
}

function isSaved(saved: ExerciseProgress | undefined, files: ExerciseFiles): boolean {
  return saved !== undefined && saved.code === files.code && saved.dockerignore === files.dockerignore;
}

/** The saved exercise with new files: the view drawn from the old ones goes with them. */
function withFiles(old: ExerciseProgress | undefined, files: ExerciseFiles): ExerciseProgress {
  const { view, ...rest } = old ?? { code: '' };
  return { ...rest, code: files.code, dockerignore: files.dockerignore, ...(view && isSaved(old, files) ? { view } : {}) };
}

export const useProgress = create<ProgressState>()(
  persist(
    (set, get) => ({
      lessonsRead: {},
      exercises: {},
      revealed: {},
      preferences: { plainEditor: false },
      notices: [],
      markLessonRead: (key, at = Date.now()) =>
        set((state) => (state.lessonsRead[key] ? state : { lessonsRead: { ...state.lessonsRead, [key]: at } })),
      saveCode: (id, files, at = Date.now()) => {
        if (files.code.length > MAX_SAVED_CODE_CHARS || (files.dockerignore?.length ?? 0) > MAX_SAVED_CODE_CHARS) return false;
        // Saved already (an editor that took up another tab's save): writing it again would wake every tab.
        if (isSaved(get().exercises[id], files)) return true;
        set((state) => updateExercise(state, id, (old) => ({ ...withFiles(old, files), savedAt: at })));
        return true;
      },
      keepAnalysisView: (id, files, view) =>
        set((state) => {
          const saved = state.exercises[id];
          if (!saved || !isSaved(saved, files) || JSON.stringify(saved.view) === JSON.stringify(view)) return state;
          return updateExercise(state, id, () => ({ ...saved, view }));
        }),
      recordGrade: (id, files, score, at = Date.now()) =>
        set((state) =>
          updateExercise(state, id, (old) => {
            const fits = files.code.length <= MAX_SAVED_CODE_CHARS && (files.dockerignore?.length ?? 0) <= MAX_SAVED_CODE_CHARS;
            return {
              ...(fits ? { ...withFiles(old, files), lastGraded: { ...files, at }, savedAt: at } : { ...old, code: old?.code ?? '' }),
              bestScore: Math.max(old?.bestScore ?? 0, score),
              ...(old?.completedAt === undefined && score === 100 ? { completedAt: at } : {}),
            };
          }),
        ),
      revealHints: (id, count) =>
        set((state) =>
          count <= (state.revealed[id]?.hints ?? 0) || count > MAX_REVEALED_HINTS
            ? state
            : { revealed: { ...state.revealed, [id]: { ...state.revealed[id], hints: count } } },
        ),
      openSolution: (id) =>
        set((state) => (state.revealed[id]?.solution ? state : { revealed: { ...state.revealed, [id]: { ...state.revealed[id], solution: true } } })),
      setPreferences: (preferences) => set((state) => ({ preferences: { ...state.preferences, ...preferences } })),
      replaceProgress: ({ lessonsRead, exercises, revealed }) => set({ lessonsRead, exercises, revealed }),
      addNotice: (notice) => set((state) => (state.notices.includes(notice) ? state : { notices: [...state.notices, notice] })),
      dismissNotice: (notice) => set((state) => ({ notices: state.notices.filter((n) => n !== notice) })),
    }),
    {
      name: PROGRESS_STORAGE_KEY,
      version: PROGRESS_VERSION,
      storage: progressStorage,
      skipHydration: true,
      partialize: (state) => ({ lessonsRead: state.lessonsRead, exercises: state.exercises, revealed: state.revealed, preferences: state.preferences }),
      onRehydrateStorage: () => () => {
        if (pendingNotices.length === 0) return;
        const notices = pendingNotices;
        pendingNotices = [];
        useProgress.setState((state) => ({ notices: [...state.notices, ...notices.filter((n) => !state.notices.includes(n))] }));
      },
    },
  ),
);

/** Takes in progress another tab has saved already (see lib/progress/sync.ts), without writing it again. */
export function takeInSavedElsewhere(progress: Pick<ProgressSnapshot, 'lessonsRead' | 'exercises' | 'revealed'>): void {
  adoptingOtherTab = true;
  try {
    useProgress.setState(progress);
  } finally {
    adoptingOtherTab = false;
  }
}

/** The persisted part, for export. */
export function progressSnapshot(state: ProgressState): ProgressSnapshot {
  return { lessonsRead: state.lessonsRead, exercises: state.exercises, revealed: state.revealed, preferences: state.preferences };
}
