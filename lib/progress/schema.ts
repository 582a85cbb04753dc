// The saved-progress format: what one device remembers about a learner. Parsed with zod at every
// boundary (localStorage, imported files), so a broken part never reaches the UI.
import { z } from 'zod';
import { MAX_REVEALED_HINTS, MAX_SAVED_CODE_CHARS, MAX_SHOWN_ITEMS } from './limits';

export { MAX_SAVED_CODE_CHARS, PROGRESS_VERSION } from './limits';

const timestamp = z.number().int().nonnegative();
const code = z.string().max(MAX_SAVED_CODE_CHARS);

export const gradedAttemptSchema = z.object({
  code,
  dockerignore: code.optional(),
  at: timestamp,
});

const shownText = z.string().max(2_000);
const lineNumber = z.number().int().positive();

/** One finding as the findings list draws it (the quick fix by its title: nothing is applied from here). */
export const shownFindingSchema = z.object({
  rule: z.string().max(100),
  severity: z.enum(['error', 'warning', 'info']),
  messageId: z.string().max(100),
  message: shownText,
  line: lineNumber,
  column: z.number().int().nonnegative(),
  docsUrl: z.string().max(300),
  fix: z.object({ title: shownText }).optional(),
});

/** Question 8's layer-cache view as drawn: the changes it offers, the one it opens on (the first when absent), and its steps. */
export const shownLayerCacheSchema = z.object({
  choices: z.array(shownText).max(500),
  chosen: z.number().int().nonnegative().optional(),
  steps: z
    .array(z.object({ line: lineNumber, keyword: z.string().max(20), status: z.enum(['cached', 'rebuilt']), reason: shownText }))
    .max(MAX_SHOWN_ITEMS),
});

/** What the workspace drew from an analysis: kept with saved code, so it is drawn again before the analyzer has loaded. */
export const analysisViewSchema = z.object({
  findings: z.array(shownFindingSchema).max(MAX_SHOWN_ITEMS),
  layerCache: shownLayerCacheSchema.optional(),
});

export const exerciseProgressSchema = z.object({
  /** Last code typed, autosaved. */
  code,
  dockerignore: code.optional(),
  savedAt: timestamp.optional(),
  /** The last graded attempt, for "Khôi phục bản đã chấm gần nhất". */
  lastGraded: gradedAttemptSchema.optional(),
  /** Best score 0–100 ever reached by grading on this device. */
  bestScore: z.number().min(0).max(100).optional(),
  /** When grading first reached 100%. */
  completedAt: timestamp.optional(),
  /** What the analysis of `code` (and `dockerignore`) drew. Only a copy: one that does not parse is dropped, never the code. */
  view: analysisViewSchema.optional().catch(undefined),
});

/**
 * The help the learner has opened on an exercise, so a reload shows it again. Each field that does not
 * parse is dropped alone, quietly: it is a view, one click away, never the learner's work.
 */
export const revealedHelpSchema = z.object({
  /** How many hints are shown, in order. */
  hints: z.number().int().min(1).max(MAX_REVEALED_HINTS).optional().catch(undefined),
  /** The reference solution was opened. */
  solution: z.literal(true).optional().catch(undefined),
});

export const preferencesSchema = z.object({
  /** Plain textarea instead of Monaco (screen readers, low-end devices). */
  plainEditor: z.boolean(),
});

export type GradedAttempt = z.infer<typeof gradedAttemptSchema>;
export type ShownFinding = z.infer<typeof shownFindingSchema>;
export type ShownLayerCache = z.infer<typeof shownLayerCacheSchema>;
export type AnalysisView = z.infer<typeof analysisViewSchema>;
export type ExerciseProgress = z.infer<typeof exerciseProgressSchema>;
export type RevealedHelp = z.infer<typeof revealedHelpSchema>;
export type Preferences = z.infer<typeof preferencesSchema>;

/** The persisted part of the store. */
export interface ProgressSnapshot {
  lessonsRead: Record<string, number>;
  exercises: Record<string, ExerciseProgress>;
  /** By exercise (or assignment) progress key, as `exercises`; absent from progress saved before it existed. */
  revealed: Record<string, RevealedHelp>;
  preferences: Preferences;
}

export const EXERCISE_ID = /^[a-z0-9][a-z0-9-]{0,40}$/;
export const LESSON_KEY = /^[a-z0-9-]{1,60}\/[a-z0-9-]{1,80}$/;

export function emptySnapshot(): ProgressSnapshot {
  return { lessonsRead: {}, exercises: {}, revealed: {}, preferences: { plainEditor: false } };
}
