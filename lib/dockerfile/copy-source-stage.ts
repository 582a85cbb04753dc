// What `COPY --from=x` points at: an earlier stage (by name or index), the stage itself, a later
// stage, an image, or nothing. Shared by copy-from-unknown-stage and copy-from-self.
import { unquoteWord } from './context-sources';
import { isOfficialImageName } from './images';
import { stageOf } from './query';
import type { DockerfileAst, Flag, Instruction, Range, Stage } from './types';

/** What the value points at: an earlier stage, the stage itself, a later stage, an image, a variable or nothing known. */
export type CopySource = 'stage' | 'self' | 'later' | 'image' | 'variable' | 'unknown';

export interface CopyFrom {
  stage: Stage;
  /** The value with surrounding quotes removed. */
  value: string;
  /** Where the value is written: worked out when read, since only a finding needs it. */
  readonly range: Range;
  source: CopySource;
}

/** A value Docker will pull as an image: it has a registry/namespace, tag or digest, or names an official image. */
function looksLikeImage(value: string): boolean {
  return /[/:@]/.test(value) || isOfficialImageName(value);
}

export function resolveCopySource(ast: DockerfileAst, stage: Stage, value: string): CopySource {
  if (value.includes('$')) return 'variable';
  // A stage by index, or by name in any case: the first stage so named, whether before, at or after this one.
  const name = value.toLowerCase();
  const target = /^\d+$/.test(value) ? ast.stages[Number(value)] : ast.stages.find((s) => s.name?.toLowerCase() === name);
  if (!target) return looksLikeImage(value) ? 'image' : 'unknown';
  return target.index < stage.index ? 'stage' : target.index === stage.index ? 'self' : 'later';
}

/** The `--from=…` of a COPY in a stage, with what it points at; null for any other instruction. */
export function copyFromOf(ast: DockerfileAst, instruction: Instruction): CopyFrom | null {
  if (instruction.keyword !== 'COPY') return null;
  const stage = stageOf(ast, instruction);
  if (!stage) return null;
  const flag = instruction.flags.find(isFromFlag);
  if (!flag || flag.value === null) return null;
  const value = unquoteWord(flag.value.trim());
  if (value === '') return null;
  return {
    stage,
    value,
    source: resolveCopySource(ast, stage, value),
    get range() {
      return flag.valueRange ?? flag.range;
    },
  };
}

/** `--from` in any case; the length first spares lower-casing (a copy) every other flag. */
function isFromFlag(flag: Flag): boolean {
  return flag.name.length === 4 && flag.name.toLowerCase() === 'from';
}
