import type { Rubric } from '@/lib/dockerfile/rubric';
import { canonicalJson } from '@/lib/share/fingerprint';

/** Whether a link's rubric is the exercise's own (key order aside), so a custom one can be pointed out. */
export function sameRubric(a: Rubric, b: Rubric): boolean {
  return canonicalJson(a) === canonicalJson(b);
}
