// Question 8, interactively: after one change (a context file, the base image, an ARG value), which
// instructions are cache hits and which rebuild, and why. Computed from the analysis with Docker's
// rules: a layer rebuilds when its own input changed or any layer before it rebuilt; COPY reads the
// files its sources match, minus what `.dockerignore` leaves out; `COPY --from` depends on its stage,
// and `RUN --mount=type=bind` on what it mounts; an ARG's new value busts the cache at its first use
// after its declaration (every RUN uses it).
import type { Analysis } from './analyze';
import { parseDockerignore, type DockerignoreMatcher } from './dockerignore';
import { copyPaths, flagValue, isContextCopy, normalizePath, stageNamed } from './facts';
import type { Instruction, Stage } from './types';

export type CacheChange =
  | { kind: 'file'; path: string }
  /** The base image got a new digest (a rebuilt `python:3.11-slim`); `image` narrows it to one base. */
  | { kind: 'base-image'; image?: string }
  | { kind: 'arg'; name: string };

export interface LayerStep {
  /** Index of the stage and its name, for grouping. */
  stage: number;
  stageName: string | null;
  line: number;
  endLine: number;
  keyword: string;
  status: 'cached' | 'rebuilt';
  /** Vietnamese reason. */
  reason: string;
}

export interface LayerCacheOptions {
  change: CacheChange;
  /** `.dockerignore` text; an excluded file never busts the cache. */
  dockerignore?: string;
  /** Paths of the build context, to tell a changed folder's files apart (optional). */
  contextFiles?: string[];
}

export interface ChangeChoice {
  change: CacheChange;
  /** Vietnamese label for the picker: "Sửa src/model.py". */
  label: string;
}

/** Short text of an instruction for reasons: `COPY . .`, `RUN pip install -r requirements.txt`. */
function describe(instruction: Instruction): string {
  const flags = instruction.flags.map((f) => (f.value === null ? `--${f.name}` : `--${f.name}=${f.value}`)).join(' ');
  const args = instruction.argsText.replace(/\s+/g, ' ').trim();
  const text = [instruction.keyword, flags, args].filter((s) => s !== '').join(' ');
  return text.length > 60 ? `${text.slice(0, 57)}…` : text;
}

function sourcePattern(source: string): RegExp | null {
  const clean = normalizePath(source.replace(/^\/+/, ''));
  if (clean === '.' || clean === '') return null; // the whole context
  let pattern = '';
  for (const char of clean) {
    if (char === '*') pattern += '[^/]*';
    else if (char === '?') pattern += '[^/]';
    else pattern += char.replace(/[.+^${}()|[\]\\]/g, '\\$&');
  }
  // A source names a file or a folder: it reads the path itself or anything below it.
  return new RegExp(`^${pattern}(/.*)?$`);
}

/** Whether a COPY/ADD source reads `path` of the build context. */
export function sourceReads(source: string, path: string): boolean {
  const pattern = sourcePattern(source);
  return pattern === null || pattern.test(normalizePath(path));
}

function usesArg(instruction: Instruction, name: string): boolean {
  if (instruction.keyword === 'RUN') return true;
  const re = new RegExp(`\\$\\{?${name.replace(/[^\w]/g, '')}\\b`);
  return re.test(instruction.argsText) || instruction.flags.some((f) => re.test(f.value ?? ''));
}

function declaresArg(instruction: Instruction, name: string): boolean {
  return instruction.keyword === 'ARG' && instruction.pairs.some((p) => p.key === name);
}

export function simulateLayerCache(analysis: Analysis, options: LayerCacheOptions): LayerStep[] {
  const { ast } = analysis;
  const { change } = options;
  const matcher: DockerignoreMatcher | null = options.dockerignore === undefined ? null : parseDockerignore(options.dockerignore);
  const changedPath = change.kind === 'file' ? normalizePath(change.path) : '';
  const ignored = change.kind === 'file' && (matcher?.isExcluded(changedPath) ?? false);
  const rebuiltStages = new Set<number>();
  const steps: LayerStep[] = [];

  for (const stage of ast.stages) {
    let previousRebuilt = false;
    let argDeclared = false;
    let argUsed = false;
    for (const instruction of stage.instructions) {
      let rebuilt = false;
      let reason: string;
      if (instruction.keyword === 'FROM') {
        [rebuilt, reason] = fromStatus(analysis, stage, change, rebuiltStages);
      } else if (previousRebuilt) {
        rebuilt = true;
        reason = 'lớp phía trước đã build lại nên lớp này build lại theo';
      } else if (change.kind === 'arg' && argDeclared && !argUsed && usesArg(instruction, change.name)) {
        argUsed = true;
        rebuilt = true;
        reason = `ARG ${change.name} đổi giá trị: ${instruction.keyword === 'RUN' ? 'mọi RUN sau khai báo ARG đều dùng nó' : 'lệnh này dùng nó'}`;
      } else if (instruction.keyword === 'COPY' && flagValue(instruction, 'from') !== null) {
        const from = flagValue(instruction, 'from') ?? '';
        const source = stageNamed(ast, from, stage.index);
        rebuilt = source !== undefined && rebuiltStages.has(source.index);
        const name = source ? (source.name ?? String(source.index)) : from;
        reason = source
          ? rebuilt
            ? `${describe(instruction)}: stage ${name} đã build lại nên kết quả copy có thể đã đổi`
            : `stage ${name} dùng cache hoàn toàn nên ${describe(instruction)} dùng cache`
          : `${describe(instruction)} lấy từ image ngoài, không đổi`;
      } else if (instruction.keyword === 'RUN' && bindMounts(instruction).length > 0) {
        [rebuilt, reason] = mountStatus(analysis, stage, instruction, change, changedPath, ignored, rebuiltStages);
      } else if (isContextCopy(instruction) && change.kind === 'file') {
        const reads = copyPaths(instruction).sources.some((s) => sourceReads(s, changedPath));
        if (reads && ignored) reason = `${changedPath} bị .dockerignore loại khỏi build context nên ${describe(instruction)} không thấy thay đổi`;
        else if (reads) {
          rebuilt = true;
          reason = `${describe(instruction)} đọc ${changedPath}, tệp này đã đổi`;
        } else reason = `${describe(instruction)} không đọc ${changedPath}`;
      } else {
        reason = 'lệnh không đổi và mọi lớp phía trước dùng cache';
      }
      if (change.kind === 'arg' && declaresArg(instruction, change.name)) argDeclared = true;
      steps.push({
        stage: stage.index,
        stageName: stage.name,
        line: instruction.range.line,
        endLine: instruction.range.endLine,
        keyword: instruction.keyword,
        status: rebuilt ? 'rebuilt' : 'cached',
        reason,
      });
      previousRebuilt = rebuilt;
      if (rebuilt) rebuiltStages.add(stage.index);
    }
  }
  return steps;
}

export interface BindMount {
  /** What is mounted: a path of the build context, or of the stage or image `from` names. */
  source: string;
  from: string | null;
}

/** `RUN --mount=type=bind,…` (bind is the default type): BuildKit keys the RUN's cache on what it mounts. */
export function bindMounts(instruction: Instruction): BindMount[] {
  return instruction.flags
    .filter((f) => f.name.toLowerCase() === 'mount' && (f.options.type ?? 'bind') === 'bind')
    .map((f) => ({ source: f.options.source ?? f.options.src ?? '.', from: f.options.from ?? null }));
}

function mountStatus(
  analysis: Analysis,
  stage: Stage,
  instruction: Instruction,
  change: CacheChange,
  changedPath: string,
  ignored: boolean,
  rebuiltStages: Set<number>,
): [boolean, string] {
  const text = describe(instruction);
  for (const mount of bindMounts(instruction)) {
    if (mount.from !== null) {
      const source = stageNamed(analysis.ast, mount.from, stage.index);
      if (source && rebuiltStages.has(source.index)) return [true, `${text} gắn (mount) từ stage ${source.name ?? source.index}, stage đó đã build lại`];
    } else if (change.kind === 'file' && sourceReads(mount.source, changedPath)) {
      if (ignored) return [false, `${changedPath} bị .dockerignore loại khỏi build context nên ${text} không thấy thay đổi`];
      return [true, `${text} gắn (mount) ${changedPath} từ build context, tệp này đã đổi: BuildKit tính cache của RUN theo nội dung được mount`];
    }
  }
  return [false, 'lệnh không đổi, những gì nó mount không đổi, và mọi lớp phía trước dùng cache'];
}

function fromStatus(analysis: Analysis, stage: Stage, change: CacheChange, rebuiltStages: Set<number>): [boolean, string] {
  const { ast } = analysis;
  if (stage.baseStage !== null) {
    const base = ast.stages[stage.baseStage];
    const name = base?.name ?? String(stage.baseStage);
    return rebuiltStages.has(stage.baseStage) ? [true, `stage ${name} (gốc của stage này) đã build lại`] : [false, `stage ${name} (gốc của stage này) dùng cache`];
  }
  const image = stage.base.resolved;
  if (change.kind === 'base-image' && (change.image === undefined || change.image === image)) return [true, `image gốc ${image} đổi: mọi lớp phía sau build lại`];
  if (change.kind === 'arg' && new RegExp(`\\$\\{?${change.name.replace(/[^\w]/g, '')}\\b`).test(stage.base.raw)) {
    return [true, `ARG ${change.name} đổi giá trị nên FROM ${stage.base.raw} trỏ tới image khác`];
  }
  return [false, `image gốc ${image} không đổi`];
}

/** Changes worth offering for this Dockerfile: each context file, each base image, each ARG. */
export function changesFor(analysis: Analysis, contextFiles: string[]): ChangeChoice[] {
  const { ast } = analysis;
  const choices: ChangeChoice[] = [];
  const copied = ast.stages.flatMap((s) => s.instructions).filter(isContextCopy);
  const read = (path: string) => copied.some((i) => copyPaths(i).sources.some((s) => sourceReads(s, path)));
  // Files some COPY reads come first: they are the interesting ones.
  const files = [...new Set(contextFiles.map(normalizePath))].filter((p) => p !== 'Dockerfile' && p !== '.dockerignore');
  for (const path of [...files.filter(read), ...files.filter((p) => !read(p))]) choices.push({ change: { kind: 'file', path }, label: `Sửa ${path}` });
  const images = [...new Set(ast.stages.filter((s) => s.baseStage === null && s.base.resolved !== 'scratch').map((s) => s.base.resolved))];
  if (images.length === 1) choices.push({ change: { kind: 'base-image' }, label: `Đổi base image (${images[0]} có bản mới)` });
  else for (const image of images) choices.push({ change: { kind: 'base-image', image }, label: `Đổi base image ${image}` });
  const args = new Set<string>();
  for (const pair of ast.globalArgs) args.add(pair.key);
  for (const instruction of ast.stages.flatMap((s) => s.instructions)) if (instruction.keyword === 'ARG') for (const pair of instruction.pairs) args.add(pair.key);
  for (const name of args) choices.push({ change: { kind: 'arg', name }, label: `Đổi giá trị ARG ${name}` });
  return choices;
}
