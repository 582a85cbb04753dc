// Shapes of rubrics and grades. A rubric is plain data (it travels inside assignment links);
// the predicates it names live in code (requirements registry), so a link can never carry logic.

/** A task requirement: a named predicate over the analysis, with parameters. */
export interface RequirementRef {
  /** Registry id, e.g. `serves`, `entrypoint-runs`, `stage-count`. */
  id: string;
  params?: Record<string, string | number | boolean | string[]>;
}

export interface Rubric {
  /** Checklist ids whose items are graded, e.g. `q10-security`. */
  checklists: string[];
  /** When set, only these checklist item ids are graded (an instructor's choice). */
  items?: string[];
  /** Task requirements (predicates over the parsed Dockerfile, never text matching). */
  requirements: RequirementRef[];
  /** Extra rules to enable for this exercise, e.g. `base-image-official` (question 10). */
  enable?: string[];
}

export type GradeStatus = 'pass' | 'fail' | 'manual';

export interface GradeItem {
  id: string;
  /** Vietnamese label (the checklist line or the requirement sentence). */
  label: string;
  kind: 'rules' | 'fact' | 'requirement' | 'manual';
  status: GradeStatus;
  /** Vietnamese reason: which rule fired where, which fact was (not) seen. */
  why: string;
  /** 1-based lines involved, for "jump to line". */
  lines: number[];
  /** Rules behind a `rules` item. */
  rules?: string[];
  /** Checklist this item comes from (absent for requirements). */
  checklist?: string;
}

export interface Grade {
  /** Items that passed, among graded ones (manual items never count). */
  passed: number;
  graded: number;
  /** Math.round(100 * passed / graded); 100 when nothing is graded. */
  score: number;
  items: GradeItem[];
}
