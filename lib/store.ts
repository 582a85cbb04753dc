'use client';
// Learner progress, persisted on this device. (Minimal first version: the practice-loop work
// extends it with validation, migrations, export/import; keep these names stable.)
import { create } from 'zustand';
import { createJSONStorage, persist } from 'zustand/middleware';

export interface ExerciseProgress {
  /** Last code typed, autosaved. */
  code: string;
  dockerignore?: string;
  /** Code of the last graded attempt (for "Khôi phục bản đã chấm gần nhất"). */
  lastGraded?: { code: string; dockerignore?: string; at: number };
  /** Best score 0–100 ever reached (recomputed on grading, never trusted from a link). */
  bestScore?: number;
  /** When grading first reached 100%. */
  completedAt?: number;
}

export interface ProgressState {
  /** Lesson key `chapter/slug` → first time read (ms since epoch). */
  lessonsRead: Record<string, number>;
  exercises: Record<string, ExerciseProgress>;
  markLessonRead(key: string, at?: number): void;
}

export const PROGRESS_STORAGE_KEY = 'hocdocker-progress';

export const useProgress = create<ProgressState>()(
  persist(
    (set) => ({
      lessonsRead: {},
      exercises: {},
      markLessonRead: (key, at = Date.now()) =>
        set((state) => (state.lessonsRead[key] ? state : { lessonsRead: { ...state.lessonsRead, [key]: at } })),
    }),
    {
      name: PROGRESS_STORAGE_KEY,
      version: 1,
      storage: createJSONStorage(() => localStorage),
      skipHydration: true,
      partialize: (state) => ({ lessonsRead: state.lessonsRead, exercises: state.exercises }),
    },
  ),
);
