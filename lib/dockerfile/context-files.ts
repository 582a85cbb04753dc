// A COPY or ADD whose source is a near miss of a file in the exercise's build context
// (`requirement.txt` for requirements.txt, `scr/` for src/): Docker stops the build with "not
// found", and nothing else the grade says about the Dockerfile matters. Only near misses are
// judged: a file the context lacks altogether may be the learner's own project, and grading never
// fails a Dockerfile on a guess.
import type { Analysis } from './analyze';
import { copyPaths, flagValue, isCopy, normalizePath, stageNamed, where } from './facts';
import { finalStageOf } from './query';
import type { GradeItem } from './rubric';
import type { DockerfileAst, Instruction, Stage } from './types';

export const CONTEXT_FILES_ITEM = 'context-files';

/**
 * Edit distance of two short strings, a swap of two neighbours counting as one edit (`scr` → `src`),
 * or `limit + 1` as soon as it must exceed `limit`.
 */
function distance(a: string, b: string, limit: number): number {
  if (Math.abs(a.length - b.length) > limit) return limit + 1;
  let before: number[] = [];
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    for (let j = 1; j <= b.length; j++) {
      let d = Math.min(previous[j]! + 1, current[j - 1]! + 1, previous[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1));
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) d = Math.min(d, before[j - 2]! + 1);
      current.push(d);
    }
    if (Math.min(...current) > limit) return limit + 1;
    before = previous;
    previous = current;
  }
  return previous[b.length]!;
}

/** Every file of the context and every folder above one, as context-relative paths. */
function contextPaths(files: readonly string[]): Set<string> {
  const paths = new Set<string>();
  for (const file of files) {
    const parts = normalizePath(file).replace(/^\/+/, '').split('/');
    for (let k = 1; k <= parts.length; k++) paths.add(parts.slice(0, k).join('/'));
  }
  return paths;
}

/** A source a COPY reads from the context, as a context-relative path; null when it is not one to check. */
function contextSource(instruction: Instruction, source: string): string | null {
  if (flagValue(instruction, 'from') !== null || source.startsWith('<<') || /[*?[\]$]|:\/\//.test(source)) return null;
  const path = normalizePath(source).replace(/^\/+/, '');
  return path === '' || path === '.' ? null : path;
}

/** The stages a build of the final stage runs: it, the stages it is built FROM, and those it copies from. */
function builtStages(ast: DockerfileAst): Stage[] {
  const final = finalStageOf(ast);
  const built: Stage[] = [];
  const visit = (stage: Stage | undefined) => {
    if (!stage || built.includes(stage)) return;
    built.push(stage);
    visit(stage.baseStage === null ? undefined : ast.stages[stage.baseStage]);
    for (const instruction of stage.instructions) {
      const from = instruction.keyword === 'COPY' ? flagValue(instruction, 'from') : null;
      if (from !== null) visit(stageNamed(ast, from, stage.index));
    }
  };
  visit(final);
  return built;
}

/** The closest context path to a missing source, when it is close enough to be what was meant. */
function meant(source: string, paths: Set<string>): string | null {
  const limit = source.length < 6 ? 1 : 2;
  let best: string | null = null;
  let bestDistance = limit + 1;
  for (const path of paths) {
    const d = distance(source.toLowerCase(), path.toLowerCase(), limit);
    if (d < bestDistance || (d === 0 && source !== path)) {
      best = path;
      bestDistance = d;
    }
  }
  return best;
}

/**
 * A failed item when a shipped COPY/ADD names a near miss of a context file, or null. `files` are
 * the build context's paths (the exercise's files, Dockerfile and .dockerignore included).
 */
export function contextFilesItem(analysis: Analysis, files: readonly string[]): GradeItem | null {
  const paths = contextPaths(files);
  const misses: { instruction: Instruction; source: string; intended: string }[] = [];
  for (const stage of builtStages(analysis.ast)) {
    for (const instruction of stage.instructions) {
      if (!isCopy(instruction)) continue;
      for (const written of copyPaths(instruction).sources) {
        const source = contextSource(instruction, written);
        if (source === null || paths.has(source)) continue;
        const intended = meant(source, paths);
        if (intended !== null) misses.push({ instruction, source: written, intended });
      }
    }
  }
  if (misses.length === 0) return null;
  const lines = [...new Set(misses.map((m) => m.instruction.range.line))].sort((a, b) => a - b);
  const [first] = misses;
  const more = misses.length > 1 ? ` (và ${misses.length - 1} chỗ khác, ${where(lines)})` : '';
  return {
    id: CONTEXT_FILES_ITEM,
    label: 'Các file được COPY có trong build context',
    kind: 'requirement',
    status: 'fail',
    why: `${first!.instruction.keyword} ${first!.source} (dòng ${first!.instruction.range.line}): build context không có đường dẫn này, nên build dừng với lỗi "not found". Có phải ý bạn là ${first!.intended}?${more}`,
    lines,
  };
}
