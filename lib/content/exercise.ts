// The shape of one exercise (content/<chapter>/exercises/qN.ts).
import type { Rubric } from '@/lib/dockerfile/rubric';

export interface ExerciseFile {
  /** `Dockerfile`, `.dockerignore`, `requirements.txt`, `src/api.py`… */
  path: string;
  content: string;
  /** Context files are read-only; `Dockerfile` and `.dockerignore` are editable. */
  readOnly: boolean;
  /** Monaco language id: dockerfile, ignore, python, plaintext, shell, yaml. */
  language: string;
}

export interface Exercise {
  /** `q1` … `q10`. Stable: appears in links and saved progress. */
  id: string;
  chapter: string;
  question: number;
  /** Vietnamese title, short. */
  title: string;
  /** Vietnamese prompt tied to the question: paragraphs separated by blank lines. */
  prompt: string;
  /** Starter files; the first is the Dockerfile. */
  files: ExerciseFile[];
  rubric: Rubric;
  /** Up to three progressive hints, Vietnamese. */
  hints: string[];
  /** Reference solution, revealed after a first graded attempt. */
  solution: { dockerfile: string; dockerignore?: string };
  /** Ids of rubric items the starter is expected to fail (checked by tests). */
  starterFails: string[];
  /** The context file whose change the prompt asks about: the layer-cache view opens on it (question 8). */
  layerCacheChange?: string;
}

/** An exercise's build context, graded and simulated by the layer-cache view: its files, with the Dockerfile and .dockerignore the learner edits. */
export function exerciseContextFiles(exercise: Pick<Exercise, 'files'>): string[] {
  return [...new Set(['Dockerfile', '.dockerignore', ...exercise.files.map((file) => file.path)])];
}

/** The contents of an exercise's read-only context files, by path: grading reads the pins of its requirements files. */
export function exerciseContextTexts(exercise: Pick<Exercise, 'files'>): Record<string, string> {
  return Object.fromEntries(exercise.files.filter((file) => file.readOnly).map((file) => [file.path, file.content]));
}
