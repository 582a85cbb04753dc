// The chapter's ten exercises, one per question, in question order.
import type { Exercise } from '@/lib/content/exercise';
import { q1 } from './q1';
import { q2 } from './q2';
import { q3 } from './q3';
import { q4 } from './q4';
import { q5 } from './q5';
import { q6 } from './q6';
import { q7 } from './q7';
import { q8 } from './q8';
import { q9 } from './q9';
import { q10 } from './q10';

export const exercises: Exercise[] = [q1, q2, q3, q4, q5, q6, q7, q8, q9, q10];

const byId = new Map(exercises.map((exercise) => [exercise.id, exercise]));

export function getExercise(id: string): Exercise | undefined {
  return byId.get(id);
}
