// What `COPY --from=x` points at: an earlier stage (by name or index), the stage itself, a later
// stage, an image, or nothing. Shared by copy-from-unknown-stage and copy-from-self.
import { unquoteWord } from './context-sources';
import { isOfficialImageName } from './images';
import { stageOf } from './query';
import type { DockerfileAst, Flag, Instruction, Range, Stage } from './types';

export type CopySource =
  | { kind: 'stage'; stage: Stage }
  | { kind: 'self' }
  | { kind: 'later'; stage: Stage }
  | { kind: 'image' }
  | { kind: 'variable' }
  | { kind: 'unknown' };

export interface CopyFrom {
  instruction: Instruction;
  stage: Stage;
  /** The value with surrounding quotes removed. */
  value: string;
  /** Where the value is written: worked out when read, since only a finding needs it. */
  readonly range: Range;
  source: CopySource;
}

class CopyFromNode implements CopyFrom {
  readonly #flag: Flag;

  constructor(
    readonly instruction: Instruction,
    readonly stage: Stage,
    readonly value: string,
    readonly source: CopySource,
    flag: Flag,
  ) {
    this.#flag = flag;
  }

  get range(): Range {
    return this.#flag.valueRange ?? this.#flag.range;
  }
}

/** A value Docker will pull as an image: it has a registry/namespace, tag or digest, or names an official image. */
function looksLikeImage(value: string): boolean {
  return /[/:@]/.test(value) || isOfficialImageName(value);
}

export function resolveCopySource(ast: DockerfileAst, stage: Stage, value: string): CopySource {
  if (value.includes('$')) return { kind: 'variable' };
  if (/^\d+$/.test(value)) {
    const index = Number(value);
    if (index === stage.index) return { kind: 'self' };
    const target = ast.stages[index];
    if (index < stage.index && target) return { kind: 'stage', stage: target };
    return target ? { kind: 'later', stage: target } : { kind: 'unknown' };
  }
  const name = value.toLowerCase();
  const earlier = ast.stages.find((s) => s.index < stage.index && s.name?.toLowerCase() === name);
  if (earlier) return { kind: 'stage', stage: earlier };
  if (stage.name?.toLowerCase() === name) return { kind: 'self' };
  const later = ast.stages.find((s) => s.index > stage.index && s.name?.toLowerCase() === name);
  if (later) return { kind: 'later', stage: later };
  return looksLikeImage(value) ? { kind: 'image' } : { kind: 'unknown' };
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
  return new CopyFromNode(instruction, stage, value, resolveCopySource(ast, stage, value), flag);
}

/** `--from` in any case; the length first spares lower-casing (a copy) every other flag. */
function isFromFlag(flag: Flag): boolean {
  return flag.name.length === 4 && flag.name.toLowerCase() === 'from';
}
