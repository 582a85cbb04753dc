// What `COPY --from=x` points at: an earlier stage (by name or index), the stage itself, a later
// stage, an image, or nothing. Shared by copy-from-unknown-stage and copy-from-self.
import { isOfficialImageName } from './images';
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
  range: Range;
  source: CopySource;
}

function unquote(value: string): string {
  return value.replace(/^(["'])(.*)\1$/, '$2');
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

/** Every `COPY --from=…` of the file with what it points at. */
export function copyFroms(ast: DockerfileAst): CopyFrom[] {
  const result: CopyFrom[] = [];
  for (const stage of ast.stages) {
    for (const instruction of stage.instructions) {
      if (instruction.keyword !== 'COPY') continue;
      const flag: Flag | undefined = instruction.flags.find((f) => f.name.toLowerCase() === 'from');
      if (!flag || flag.value === null) continue;
      const value = unquote(flag.value.trim());
      if (value === '') continue;
      result.push({ instruction, stage, value, range: flag.valueRange ?? flag.range, source: resolveCopySource(ast, stage, value) });
    }
  }
  return result;
}
