// Where a build of the Dockerfile would stop, so that nothing else the grade says about it matters:
// - a COPY or ADD of a near miss of a file in the exercise's build context (`requirement.txt` for
//   requirements.txt, `scr/` for src/): "not found". Only near misses are judged: a file the context
//   lacks altogether may be the learner's own project, and grading never fails on a guess;
// - `apt-get install` before any `apt-get update` on an image that ships no package lists (the
//   python, debian, ubuntu and node images): "Unable to locate package";
// - curl or wget run on an image that lacks it (python:*-slim has neither), before any step
//   installs it, where the RUN's status is the tool's: "curl: not found"; git too (a clone, pip install git+…);
// - `pip install -r F` where no earlier step put F (copied after the install, or to another
//   folder, or never): "Could not open requirements file";
// - a system package install (apt-get, apk, dnf…) after a USER that is not root: "Permission denied";
// - a mkdir after a USER that is not root, in a folder root owns: "Permission denied"; a chown or chmod of one: "Operation not permitted";
// - a pip install by a USER whose home is not there (useradd without -m, nobody): pip falls back to ~/.local, "Permission denied";
// - a `# comment` after COPY/ADD (more sources), or after a USER a RUN follows (no such user);
// - a COPY --from of a model file or a user install (`.local`) the stage wrote elsewhere, or never, or of a venv it never made;
// - a COPY --from of a near miss of a path the stage named (`/wheel` for `pip wheel -w /wheels`);
// - useradd or groupadd on an Alpine image, which ships only busybox's adduser: "not found";
// - a COPY of a path .dockerignore leaves out of the context: "not found";
// - a flag BuildKit refuses while reading the Dockerfile: unknown (`COPY --chwon`), without its value,
//   given twice, or a HEALTHCHECK duration without a unit (`--interval=30`);
// - `source` in a RUN of a Debian or Ubuntu image, whose /bin/sh (dash) has only `.`: "source: not found";
// - a SHELL the image does not have (zsh; bash on Alpine), then a RUN: "no such file or directory";
// - a mkdir without -p whose parent neither the base image nor an earlier step made: "No such file or directory";
// - a user or group the image lacks: COPY --chown, a RUN after USER, or the final USER (docker run stops);
// - a chown or chmod of a path nothing made (`/app/model` for /app/models): "cannot access …: No such file or directory";
// - a FROM whose ARGs have no value, leaving no image name (`python:-slim`): "invalid reference format";
// - pip or python on Debian, Ubuntu or Alpine with no Python installed: "pip: not found"; pip install into the
//   apt python3 of Debian bookworm or Ubuntu 23.04+, or the apk python3 of Alpine 3.19+: "externally-managed-environment";
// - a FROM of a near miss of an image, a stage or a python tag (`pyhton`, `FROM biulder`, `python:3.11-slimm`): "pull access denied", "not found";
// - apt-get install without -y of a package that brings others, on a slim image: apt asks, and aborts;
// - pip install -r of a context file pinning a release too new for the image's Python: "No matching distribution found";
//   or one with no wheel for it, on an image without a compiler: "Unknown compiler(s)";
// - an analyzer finding Docker itself stops on: a syntax error, a stage named twice, a COPY --from a
//   stage that does not exist (yet), an EXPOSE it cannot read.
// Graded as one item, present only when the build stops.
import type { Analysis } from './analyze';
import { baseName, copyPaths, flagValue, isContextCopy, isCopy, isModelArtefact, normalizePath, splitComment, stageNamed, trailingCommentAt, trailingCommentWhy, unquote, where } from './facts';
import { absolutePath, MOVES_FILES, movesUserInstalls } from './app-module';
import { baseImageOf, isOfficialImageName, libraryName, setsWorkdir, shipsTool } from './images';
import { FolderOwners, pathArguments, SWITCHES_USER, userOf } from './folder-owners';
import { substitute } from './parse/variables';
import { bindMounts } from './layer-cache';
import { parseDockerignore } from './dockerignore';
import { installedPackages, installsPackage, packageManagerOf, packageName, pipInstallWords, subcommandWord } from './packages';
import { commandsOf, finalStageOf, instructionsWithParents, pipInstallArgs, programName } from './query';
import { pinsTooNewFor, pinsWithoutWheelFor } from './requires-python';
import { accountMissing, accountName, groupMissing, groupName, requirementFiles } from './requirements';
import { substituteVariables } from './servers';
import { provides, toolOf } from './rules/healthcheck-tool-missing';
import type { GradeItem } from './rubric';
import type { DockerfileAst, ImageRef, Instruction, ShellCommand, ShellWord, Stage } from './types';

export const BUILD_ITEM = 'builds';

/** A place where the build stops, and why (Vietnamese). */
interface Stop {
  line: number;
  why: string;
}

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
    if (d < bestDistance) {
      best = path;
      bestDistance = d;
    }
  }
  return best;
}

/** COPY/ADD sources that are near misses of the context's paths. */
function misspeltSources(stages: readonly Stage[], files: readonly string[]): Stop[] {
  const paths = contextPaths(files);
  const stops: Stop[] = [];
  for (const stage of stages) {
    for (const instruction of stage.instructions) {
      if (!isCopy(instruction)) continue;
      for (const written of copyPaths(instruction).sources) {
        const source = contextSource(instruction, written);
        if (source === null || paths.has(source)) continue;
        const intended = meant(source, paths);
        if (intended === null) continue;
        const line = instruction.range.line;
        stops.push({ line, why: `${instruction.keyword} ${written} (dòng ${line}): build context không có đường dẫn này, nên build dừng với lỗi "not found". Có phải ý bạn là ${intended}?` });
      }
    }
  }
  return stops;
}

/**
 * COPY/ADD sources named without a wildcard that .dockerignore leaves out of the context: "not
 * found". Not judged when the .dockerignore has any `!` exception (it may bring some of it back).
 */
function ignoredSources(stages: readonly Stage[], dockerignore: string): Stop[] {
  const matcher = parseDockerignore(dockerignore);
  if (matcher.patterns.length === 0 || matcher.patterns.some((pattern) => pattern.exclusion)) return [];
  const stops: Stop[] = [];
  for (const stage of stages) {
    for (const instruction of stage.instructions) {
      if (!isContextCopy(instruction)) continue;
      for (const written of copyPaths(instruction).sources) {
        const path = normalizePath(written).replace(/^\/+/, '');
        if (path === '.' || path === '' || /[*?[$]|:\/\//.test(path)) continue;
        const pattern = matcher.excludingPattern(path);
        if (!pattern) continue;
        const line = instruction.range.line;
        stops.push({
          line,
          why: `${instruction.keyword} ${written} (dòng ${line}): .dockerignore loại ${path} khỏi build context (dòng ${pattern.line}: "${pattern.pattern}"), nên build dừng với lỗi "${path}: not found". Sửa pattern đó, hoặc thêm dòng !${path} vào cuối .dockerignore.`,
        });
      }
    }
  }
  return stops;
}

/** Images that ship without apt's package lists: an install needs an update first. */
const WITHOUT_APT_LISTS = new Set(['python', 'pypy', 'debian', 'ubuntu', 'node']);

/** The first `apt-get install` of each stage that runs before any `apt-get update` of its image. */
function installsBeforeUpdate(ast: DockerfileAst, stages: readonly Stage[]): Stop[] {
  const stops: Stop[] = [];
  for (const stage of stages) {
    const base = baseImageOf(ast, stage);
    const library = base ? libraryName(base) : null;
    if (library === null || !WITHOUT_APT_LISTS.has(library) || /alpine/.test(base?.tag ?? '')) continue;
    let updated = false;
    for (const instruction of instructionsWithParents(ast, stage)) {
      if (instruction.keyword !== 'RUN') continue;
      for (const cmd of commandsOf(instruction)) {
        if (packageManagerOf(cmd) !== 'apt') continue;
        // apt 3 (Debian trixie) updates the lists first with `install --update`.
        if (subcommandWord(cmd)?.value === 'update' || cmd.args.some((word) => word.value === '--update')) updated = true;
        const packages = installedPackages(cmd);
        // A .deb file or a path installs without the lists (its dependencies aside).
        const named = packages?.filter((word) => !word.value.includes('/') && !word.value.endsWith('.deb')) ?? [];
        if (updated || named.length === 0) continue;
        const line = instruction.range.line;
        if (!stops.some((stop) => stop.line === line)) {
          stops.push({
            line,
            why: `${cmd.name} install ở dòng ${line} chạy khi chưa có ${cmd.name} update nào: image ${base!.raw} không có sẵn danh sách gói, nên build dừng với lỗi "Unable to locate package ${named[0]!.value}". Chạy ${cmd.name} update && ngay trước ${cmd.name} install, trong cùng RUN.`,
          });
        }
        updated = true; // one stop per stage: what follows may rely on the same missing update
      }
    }
  }
  return stops;
}

/** `set -e` (or -eux, -o errexit) among a script's commands: a failing command then stops it wherever it is. */
function stopsOnError(commands: readonly ShellCommand[]): boolean {
  return commands.some((cmd) => cmd.name === 'set' && cmd.args.some((word) => /^-[a-z]*e/.test(word.value) || word.value === 'errexit'));
}

/**
 * Whether the RUN fails when `commands[at]` fails: it is not in a pipe (whose status is the last
 * command's), is not reached only on a failure (`a || curl`), and nothing after it runs anyway
 * (`curl …; echo`, `curl … || true`), unless `set -e` stops the script at it.
 */
function failsTheRun(commands: readonly ShellCommand[], at: number): boolean {
  const command = commands[at]!;
  if (command.piped || command.operatorBefore === '||' || command.operatorBefore === '&') return false;
  const errexit = stopsOnError(commands.slice(0, at));
  return commands.slice(at + 1).every((next) => next.operatorBefore === '&&' || (errexit && next.operatorBefore === ';'));
}

/**
 * Words that test for a tool or branch on it: a script with any of them may skip the call. Read in
 * the text: the shell model unwraps `if` and `command -v curl` into the commands they run.
 */
const CONDITIONAL = /(^|[\s;&|(])(if|command|which|type|hash|test|case|\[\[?)(?=\s)/;

/** The first curl or wget of each built stage that runs on an image lacking it, before anything installs it. */
function missingTools(ast: DockerfileAst, stages: readonly Stage[]): Stop[] {
  const stops: Stop[] = [];
  for (const stage of stages) {
    const base = baseImageOf(ast, stage);
    if (!base) continue;
    // The stages it is built FROM come first: what they install is there too.
    const chain = instructionsWithParents(ast, stage);
    for (const [index, instruction] of chain.entries()) {
      if (instruction.keyword !== 'RUN' || instruction.stageIndex !== stage.index) continue;
      const commands = commandsOf(instruction);
      if (CONDITIONAL.test(instruction.argsText) || instruction.heredocs.some((heredoc) => CONDITIONAL.test(heredoc.body))) continue;
      const at = commands.findIndex((cmd, k) => {
        const tool = toolOf(cmd.name);
        if (tool === null || shipsTool(base, tool) !== false || !failsTheRun(commands, k)) return false;
        const isTool = (word: ShellWord) => packageName(word.value) === tool;
        return !provides(chain.slice(0, index), tool) && !commands.slice(0, k).some((earlier) => installsPackage(earlier, isTool));
      });
      if (at < 0) continue;
      const tool = toolOf(commands[at]!.name)!;
      const line = instruction.range.line;
      const install = /alpine/.test(base.tag ?? '') ? `apk add --no-cache ${tool}` : `apt-get update && apt-get install -y --no-install-recommends ${tool}`;
      stops.push({
        line,
        why: `Dòng ${line} chạy ${tool} nhưng image ${base.raw} không có sẵn ${tool} và chưa bước nào cài nó: build dừng với lỗi "${tool}: not found". Cài trước trong cùng RUN (${install} && …), hoặc tải bằng python (urllib.request).`,
      });
      break; // one stop per stage
    }
  }
  return stops;
}

/** Whether the image lacks git: Debian, Ubuntu, Alpine, and the slim and Alpine tags of python, pypy and node (their full tags have it). */
function lacksGit(base: ImageRef): boolean {
  const library = libraryName(base);
  if (library === 'debian' || library === 'ubuntu' || library === 'alpine') return !/windows/.test(base.tag ?? '');
  return (library === 'python' || library === 'pypy' || library === 'node') && /(^|-)(slim|alpine)/.test(base.tag ?? '');
}

/**
 * The first git of each built stage on an image without it, before any step installs it: a `git
 * clone` ("git: not found"), or a `pip install git+https://…`, which runs git ("Cannot find command
 * 'git'"). A RUN that tests for it, or whose failure it goes past, is not judged.
 */
function missingGit(ast: DockerfileAst, stages: readonly Stage[]): Stop[] {
  const stops: Stop[] = [];
  const isGit = (word: ShellWord) => packageName(word.value) === 'git';
  for (const stage of stages) {
    const base = baseImageOf(ast, stage);
    if (!base || base.unresolved || !lacksGit(base)) continue;
    let installed = false;
    for (const instruction of instructionsWithParents(ast, stage)) {
      if (isCopy(instruction) && copyPaths(instruction).sources.some((source) => baseName(source.replace(/\/+$/, '')) === 'git')) installed = true;
      if (instruction.keyword !== 'RUN') continue;
      if (CONDITIONAL.test(instruction.argsText) || instruction.heredocs.length > 0) break;
      const commands = commandsOf(instruction);
      const at = commands.findIndex((cmd, k) => {
        if (installsPackage(cmd, isGit)) installed = true;
        const runsGit = programName(cmd) === 'git' || (pipInstallWords(cmd)?.some((word) => /^git\+/.test(word.value)) ?? false);
        return !installed && runsGit && failsTheRun(commands, k);
      });
      if (at < 0 || instruction.stageIndex !== stage.index) continue;
      const line = instruction.range.line;
      const viaPip = programName(commands[at]!) !== 'git';
      const error = viaPip ? `ERROR: Cannot find command 'git' - do you have 'git' installed and in your PATH?` : /alpine/.test(`${libraryName(base)}:${base.tag ?? ''}`) ? '/bin/sh: git: not found' : '/bin/sh: 1: git: not found';
      const install = /alpine/.test(`${libraryName(base)}:${base.tag ?? ''}`) ? 'apk add --no-cache git' : 'apt-get update && apt-get install -y --no-install-recommends git';
      stops.push({
        line,
        why: `Dòng ${line} ${viaPip ? 'cài gói từ git+ nên pip gọi git' : 'chạy git'}, nhưng image ${base.raw} không có sẵn git và chưa bước nào cài nó: build dừng với lỗi "${error}". Cài trước trong cùng RUN (${install} && …), tốt nhất ở một stage builder.`,
      });
      break; // one stop per stage
    }
  }
  return stops;
}

/** Account tools of shadow-utils: Alpine's busybox has adduser and addgroup instead. */
const SHADOW_TOOLS = new Set(['useradd', 'groupadd', 'usermod', 'groupmod']);

/** The first useradd (groupadd…) of each built Alpine stage, before any `apk add shadow`: "useradd: not found". */
function shadowToolsOnAlpine(ast: DockerfileAst, stages: readonly Stage[]): Stop[] {
  const stops: Stop[] = [];
  for (const stage of stages) {
    const base = baseImageOf(ast, stage);
    if (!base || libraryName(base) === null || !(libraryName(base) === 'alpine' || /alpine/.test(base.tag ?? ''))) continue;
    let installed = false;
    for (const instruction of instructionsWithParents(ast, stage)) {
      if (instruction.keyword !== 'RUN') continue;
      if (CONDITIONAL.test(instruction.argsText) || instruction.heredocs.length > 0) break;
      const commands = commandsOf(instruction);
      const at = commands.findIndex((cmd, k) => {
        if (installsPackage(cmd, (word) => packageName(word.value) === 'shadow')) installed = true;
        return !installed && SHADOW_TOOLS.has(programName(cmd)) && failsTheRun(commands, k);
      });
      if (at < 0 || instruction.stageIndex !== stage.index) continue;
      const tool = programName(commands[at]!);
      const line = instruction.range.line;
      stops.push({
        line,
        why: `Dòng ${line} chạy ${tool} nhưng image ${base.raw} (Alpine) không có ${tool}: build dừng với lỗi "${tool}: not found". Trên Alpine dùng lệnh của busybox: addgroup -S app && adduser -S -G app app, hoặc cài trước: apk add --no-cache shadow.`,
      });
      break; // one stop per stage
    }
  }
  return stops;
}

/**
 * Where the COPYs and ADDs met so far put files, each worked out once when met: asking every
 * install about every COPY before it took 2 s to grade 1,000 of each.
 */
class Landings {
  /** Files a COPY put there for certain. */
  readonly #files = new Set<string>();
  /** Paths that may be the file or a folder holding it (`COPY requirements.txt /app`). */
  readonly #maybe = new Set<string>();
  /** Folders a COPY of a folder, the context, a glob or a URL put anything under. */
  readonly #folders = new Set<string>();
  /** By file name, where the first COPY of a file of that name put it. */
  readonly #byName = new Map<string, { line: number; landing: string }>();

  /** Records a COPY run in `cwd`; false when where it puts files cannot be told (a variable, an unknown folder). */
  add(copy: Instruction, cwd: string, folderKnown: boolean): boolean {
    const { sources, destination } = copyPaths(copy);
    if (destination.includes('$') || sources.some((source) => source.includes('$'))) return false;
    // Several sources need a folder ending in `/`: Docker stops there on its own.
    if (sources.length > 1 && !destination.endsWith('/')) return false;
    if (!destination.startsWith('/') && !folderKnown) return false;
    const folder = absolutePath(cwd, destination);
    const intoFolder = /(^\.|\/)$/.test(destination) || sources.length > 1;
    for (const source of sources) {
      const file = baseName(source.replace(/\/+$/, ''));
      // A folder, the context, a glob or a URL may hold the file anywhere under where it lands.
      if (source === '.' || source.endsWith('/') || !file.includes('.') || /[*?[]|:\/\//.test(source)) {
        this.#folders.add(folder);
        continue;
      }
      const inside = absolutePath(folder, file);
      this.#files.add(intoFolder ? inside : folder);
      // `COPY requirements.txt /app`: into the folder /app when it exists, else a file named /app.
      if (!intoFolder) this.#maybe.add(inside);
      const landing = intoFolder || baseName(folder) !== file ? inside : folder;
      if (!this.#byName.has(file)) this.#byName.set(file, { line: copy.range.line, landing });
    }
    return true;
  }

  /** Whether `path` was put there: 'there', 'unknown' (it may have been), or where a file of its name went instead. */
  find(path: string): 'there' | 'unknown' | { line: number; landing: string } | null {
    for (let folder = path; folder !== '/'; folder = folder.slice(0, folder.lastIndexOf('/')) || '/') {
      if (this.#folders.has(folder)) return 'unknown';
    }
    if (this.#folders.has('/') || this.#maybe.has(path)) return 'unknown';
    if (this.#files.has(path)) return 'there';
    return this.#byName.get(baseName(path)) ?? null;
  }
}

/**
 * The first `pip install -r F` of each built stage that no earlier step gave F: copied only after
 * it, copied to another folder, or never copied. Not judged: a bind mount, a `cd` before pip, a
 * variable, a RUN before it that names F or fetches or moves files, a base other than an official
 * image (it may ship anything), and a relative path whose working folder is not known.
 */
function unreadManifests(ast: DockerfileAst, stages: readonly Stage[]): Stop[] {
  const stops: Stop[] = [];
  for (const stage of stages) {
    const base = baseImageOf(ast, stage);
    if (!base || libraryName(base) === null) continue;
    const stop = firstUnreadManifest(instructionsWithParents(ast, stage), stage, !setsWorkdir(base));
    if (stop) stops.push(stop);
  }
  return stops;
}

/** One walk of a stage chain: each pip install is compared with what the COPYs and RUNs met before it did. */
function firstUnreadManifest(chain: readonly Instruction[], stage: Stage, baseSetsNoFolder: boolean): Stop | null {
  const landings = new Landings();
  const runs: Instruction[] = [];
  let cwd = '/';
  let workdirSet = false;
  for (const [index, install] of chain.entries()) {
    const folderKnown = baseSetsNoFolder || workdirSet;
    if (install.keyword === 'WORKDIR') {
      const dir = substituteVariables(unquote(install.argsText.trim()), stage);
      if (dir === null) return null;
      cwd = absolutePath(cwd, dir);
      workdirSet = true;
      continue;
    }
    // Where files land is not known from here on: nothing after it is judged.
    if (isCopy(install) && !landings.add(install, cwd, folderKnown)) return null;
    if (install.keyword !== 'RUN') continue;
    const stop = install.stageIndex === stage.index && bindMounts(install).length === 0 ? unreadManifest(chain, index, cwd, folderKnown, landings, runs) : null;
    if (stop) return stop;
    // A clone, a download or a copy may bring any file: nothing after it is judged.
    if (commandsOf(install).some((c) => MOVES_FILES.has(programName(c)))) return null;
    runs.push(install);
  }
  return null;
}

/** The stop at the RUN `chain[index]` when its pip install reads a file no earlier step put there, or null. */
function unreadManifest(
  chain: readonly Instruction[],
  index: number,
  cwd: string,
  folderKnown: boolean,
  landings: Landings,
  runs: readonly Instruction[],
): Stop | null {
  const install = chain[index]!;
  const commands = commandsOf(install);
  const at = commands.findIndex((cmd) => pipInstallWords(cmd) !== null);
  // A cd moves where pip reads; a clone, a download or a copy earlier in the RUN may bring the file.
  if (at < 0 || !failsTheRun(commands, at) || commands.slice(0, at).some((earlier) => programName(earlier) === 'cd' || MOVES_FILES.has(programName(earlier)))) return null;
  for (const file of requirementFiles(pipInstallWords(commands[at]!)!)) {
    if (file === '' || /[$*?]|:\/\//.test(file) || (!file.startsWith('/') && !folderKnown)) return null;
    const name = baseName(file);
    // Named again elsewhere in the RUN (`echo numpy > requirements.txt && pip install -r …`), or by a RUN before: it may write it.
    if (install.argsText.split(name).length > 2) return null;
    if (runs.some((run) => run.argsText.includes(name) || run.heredocs.some((h) => h.body.includes(name)))) return null;
    const wanted = absolutePath(cwd, file);
    const found = landings.find(wanted);
    if (found === 'unknown') return null;
    if (found === 'there') continue;
    const elsewhere = found;
    const line = install.range.line;
    const late = chain.slice(index + 1).find((i) => isCopy(i) && copyPaths(i).sources.some((source) => baseName(source) === name));
    const why = elsewhere
      ? `COPY ở dòng ${elsewhere.line} đặt ${name} tại ${elsewhere.landing}, còn pip install ở dòng ${line} đọc ${wanted}`
      : late
        ? `${name} chỉ được COPY ở dòng ${late.range.line}, sau pip install ở dòng ${line}`
        : `Chưa có lệnh nào đưa ${name} vào image trước pip install ở dòng ${line}`;
    return { line, why: `${why}: build dừng với lỗi "Could not open requirements file". COPY ${name} vào thư mục làm việc trước lệnh cài.` };
  }
  return null;
}

/**
 * The first system package install or update of each built stage that runs after a USER other
 * than root: the package manager cannot take its lock ("E: Could not open lock file … (13:
 * Permission denied)", apk's "Unable to lock database"). Not judged: a USER read from a variable
 * without a value, a RUN that switches user (sudo, su, gosu…), a dry run, a failure the RUN goes past.
 */
function installsAsUser(ast: DockerfileAst, stages: readonly Stage[]): Stop[] {
  const stops: Stop[] = [];
  for (const stage of stages) {
    let user: { name: string | null; line: number } = { name: 'root', line: 0 };
    for (const instruction of instructionsWithParents(ast, stage)) {
      if (instruction.keyword === 'USER') user = { name: userOf(instruction.argsText, stage), line: instruction.range.line };
      if (instruction.keyword !== 'RUN' || instruction.stageIndex !== stage.index || user.name === null || user.name === 'root') continue;
      if (SWITCHES_USER.test(instruction.argsText) || instruction.heredocs.some((heredoc) => SWITCHES_USER.test(heredoc.body))) continue;
      const commands = commandsOf(instruction);
      const at = commands.findIndex(
        (cmd, k) =>
          packageManagerOf(cmd) !== null &&
          (installedPackages(cmd) !== null || subcommandWord(cmd)?.value === 'update') &&
          !cmd.args.some((word) => /^(-s|--simulate|--dry-run|--just-print|--no-act)$/.test(word.value)) &&
          failsTheRun(commands, k),
      );
      if (at < 0) continue;
      const cmd = commands[at]!;
      const line = instruction.range.line;
      stops.push({
        line,
        why: `${cmd.name} ${subcommandWord(cmd)?.value ?? ''} ở dòng ${line} chạy bằng user ${user.name} (USER ở dòng ${user.line}): chỉ root mới cài được gói hệ thống, nên build dừng với lỗi "Permission denied". Đặt lệnh cài lên trước USER ${user.name}.`,
      });
      break; // one stop per stage
    }
  }
  return stops;
}

/** An account `useradd` makes: its name, UID, home (from -d, else /home/<name>) and whether it makes that home (-m). */
function useraddAccount(cmd: ShellCommand): { name: string; uid: string | null; home: string; makesHome: boolean } | null {
  if (programName(cmd) !== 'useradd') return null;
  const words = cmd.args.map((word) => word.value);
  const valueOptions = /^(-[bcdefgGkKpsuUZ]|--(base-dir|comment|home(-dir)?|expiredate|inactive|gid|groups|key|password|shell|uid|selinux-user))$/;
  const name = words.filter((word, k) => !word.startsWith('-') && !valueOptions.test(words[k - 1] ?? '')).at(-1);
  if (name === undefined || /[$`]/.test(name)) return null;
  const valueOf = (short: string, long: string) => {
    const at = words.findIndex((word) => word === short || word === long);
    return at >= 0 ? (words[at + 1] ?? null) : (words.find((word) => word.startsWith(`${long}=`))?.slice(long.length + 1) ?? null);
  };
  const home = valueOf('-d', '--home-dir') ?? (words.some((word) => word === '-b' || word.startsWith('--base-dir')) ? null : `/home/${name}`);
  if (home === null || !home.startsWith('/') || /[$`]/.test(home)) return null;
  const makesHome = words.some((word) => word === '--create-home' || /^-[a-zA-Z]*m/.test(word));
  return { name, uid: valueOf('-u', '--uid'), home: absolutePath('/', home), makesHome };
}

/**
 * The first pip install of each built stage on a Debian python image run by a USER whose home
 * folder is not there: site-packages belongs to root, so pip falls back to a user install in
 * ~/.local, cannot make the home ("Permission denied: '/home/app'") and the build stops. The home
 * is missing for `nobody` (/nonexistent) and an account `useradd` made without -m. Not judged: a
 * home or its parent any step names (a mkdir, a chown), /usr/local named (it may be made writable),
 * HOME, PYTHONUSERBASE or PIP_ variables, a venv or another installer, --target/--prefix, sudo.
 */
function pipWithoutHome(ast: DockerfileAst, stages: readonly Stage[]): Stop[] {
  const stops: Stop[] = [];
  for (const stage of stages) {
    const base = baseImageOf(ast, stage);
    if (!base || libraryName(base) !== 'python' || /alpine|windows|nanoserver/.test(base.tag ?? '') || movesUserInstalls(stage)) continue;
    const path = stage.env.PATH;
    if (path !== undefined && path.split(':').some((entry) => !/^(\$\{?PATH\}?|\/usr\/local\/s?bin|\/usr\/s?bin|\/s?bin|.*\/\.local\/bin)$/.test(entry))) continue;
    const accounts = new Map<string, { name: string; home: string; makesHome: boolean }>([['nobody', { name: 'nobody', home: '/nonexistent', makesHome: false }]]);
    const texts: string[] = [];
    const names: string[] = [];
    let readsVariables = false;
    let user: { name: string | null; line: number } = { name: 'root', line: 0 };
    for (const instruction of instructionsWithParents(ast, stage)) {
      const text = [instruction.argsText, ...instruction.heredocs.map((heredoc) => heredoc.body)].join('\n');
      if (OTHER_PYTHON.test(text) || SWITCHES_USER.test(text)) break;
      if (instruction.keyword === 'USER') user = { name: userOf(instruction.argsText, stage), line: instruction.range.line };
      const commands = instruction.keyword === 'RUN' ? commandsOf(instruction) : [];
      const account = user.name === null ? undefined : accounts.get(user.name);
      const at = instruction.stageIndex !== stage.index || !account || account.makesHome ? -1 : commands.findIndex((cmd, k) => pipInstallWords(cmd) !== null && failsTheRun(commands, k));
      const words = at < 0 ? [] : pipInstallWords(commands[at]!)!.map((word) => word.value);
      const home = account?.home ?? '';
      // Its parent too (a chown of /home), but not / (every path names it).
      const named = [...texts, text, ...(readsVariables ? names : [])].some((earlier) => mentions(earlier, home) || (parentOf(home) !== '/' && mentions(earlier, parentOf(home))) || mentions(earlier, '/usr/local'));
      if (at >= 0 && !named && !commands[at]!.name.includes('/') && !words.some((word) => /^(-t|--target|--prefix|--root|-h|--help|--dry-run)(=|$)/.test(word))) {
        const { name } = account!;
        const line = instruction.range.line;
        const asRoot = `cài thư viện bằng root, trước USER ${name}${words.includes('--user') ? ' và không có --user' : ''}`;
        const fix = name === 'nobody' ? `${asRoot[0]!.toUpperCase()}${asRoot.slice(1)}, hoặc dùng một user có thư mục home (RUN useradd --create-home appuser).` : `Tạo user kèm thư mục home (useradd --create-home ${name}), hoặc tốt hơn: ${asRoot}.`;
        stops.push({
          line,
          why: `pip install ở dòng ${line} chạy bằng user ${name} (USER ở dòng ${user.line}): thư viện chung của image thuộc root nên pip chuyển sang cài vào thư mục home ${home}/.local, nhưng ${home} chưa có (${name === 'nobody' ? 'nobody không có home' : `useradd không kèm --create-home`}) và user đó không tạo được, nên build dừng với lỗi "Could not install packages due to an OSError: [Errno 13] Permission denied: '${home}'". ${fix}`,
        });
        break; // one stop per stage
      }
      let own = text;
      for (const made of commands.map(useraddAccount)) {
        if (made === null) continue;
        accounts.set(made.name, made);
        if (made.uid !== null) accounts.set(made.uid, made);
        // The home a useradd names with -d is not made by it: only what other steps say counts.
        own = own.replace(made.home, '');
      }
      // An ENV or a LABEL that names the home makes nothing, unless a step reads variables (`mkdir -p $HOME_DIR`).
      if (NAMES_ONLY.has(instruction.keyword)) names.push(text);
      else texts.push(own);
      if (!NAMES_ONLY.has(instruction.keyword) && instruction.keyword !== 'FROM') readsVariables ||= text.includes('$');
    }
  }
  return stops;
}

/**
 * The first mkdir of each built stage that runs as a USER other than root in a folder root owns:
 * "mkdir: cannot create directory: Permission denied" (folder-owners.ts follows who owns what). The
 * stage is judged no further from what that cannot follow; nor is a base other than an official
 * image, or a mkdir whose failure the RUN goes past.
 */
function mkdirsAsUser(ast: DockerfileAst, stages: readonly Stage[]): Stop[] {
  const stops: Stop[] = [];
  for (const stage of stages) {
    const base = baseImageOf(ast, stage);
    if (!base || libraryName(base) === null) continue;
    const owners = new FolderOwners(stage);
    const stop = firstMkdirAsUser(instructionsWithParents(ast, stage), owners);
    if (stop) stops.push(stop);
  }
  return stops;
}

function firstMkdirAsUser(chain: readonly Instruction[], owners: FolderOwners): Stop | null {
  for (const instruction of chain) {
    if (instruction.keyword !== 'RUN' || owners.user.name === 'root') {
      if (!owners.apply(instruction)) return null;
      continue;
    }
    if (SWITCHES_USER.test(instruction.argsText) || instruction.heredocs.length > 0) return null;
    const commands = commandsOf(instruction);
    for (const [k, cmd] of commands.entries()) {
      const program = programName(cmd);
      // Only the owner (or root) may chown or chmod: a folder root made stays root's.
      if ((program === 'chown' || program === 'chmod') && failsTheRun(commands, k)) {
        const path = pathArguments(cmd).paths.slice(1).map((p) => absolutePath(owners.cwd, p)).find((p) => !/[$~*?]/.test(p) && owners.ownerOf(p) === 'root');
        if (path !== undefined) {
          const { name, line: userLine } = owners.user;
          const line = instruction.range.line;
          const verb = program === 'chown' ? 'changing ownership of' : 'changing permissions of';
          return {
            line,
            why: `${program} ${path} ở dòng ${line} chạy bằng user ${name} (USER ở dòng ${userLine}), nhưng ${path} thuộc root: chỉ chủ sở hữu hoặc root mới đổi được, nên build dừng với lỗi "${program}: ${verb} '${path}': Operation not permitted". Đặt lệnh này trước USER ${name}.`,
          };
        }
      }
      if (program === 'mkdir' && failsTheRun(commands, k)) {
        const path = pathArguments(cmd).paths.map((p) => absolutePath(owners.cwd, p)).find((p) => owners.ownerOf(p) === null && owners.parentOwner(p).owner === 'root');
        if (path !== undefined && !/[$~*?]/.test(path)) {
          const { name, line: userLine } = owners.user;
          const line = instruction.range.line;
          return {
            line,
            why: `mkdir ${path} ở dòng ${line} chạy bằng user ${name} (USER ở dòng ${userLine}), nhưng ${owners.parentOwner(path).folder} thuộc root: build dừng với lỗi "mkdir: cannot create directory '${path}': Permission denied". Tạo thư mục trước USER ${name} rồi chown cho user đó (RUN mkdir -p ${path} && chown ${name} ${path}).`,
          };
        }
      }
      if (!owners.applyCommand(cmd)) return null;
    }
  }
  return null;
}

/**
 * Commands that write neither a model file nor a user install (`~/.local`) unless they name it:
 * a RUN of only these, plus pip, leaves a stage with no file it does not name.
 */
const NAMES_WHAT_IT_WRITES = new Set(['apt-get', 'apt', 'apk', 'rm', 'mkdir', 'chmod', 'chown', 'useradd', 'groupadd', 'adduser', 'addgroup', 'echo', 'true', 'set', 'export', 'ls', 'pip', 'pip3', 'python', 'python3']);

/** One RUN of a stage chain, read once for every file asked about. */
interface RunStep {
  line: number;
  text: string;
  /** Each word's file name and the absolute path it names; null when a variable or `~` hides it. */
  words: { name: string; path: string | null }[];
  /** Runs a program that may write files it does not name (a training script's default output, an installer). */
  writes: boolean;
  /** `pip install --user` run by root: the install lands in /root/.local. */
  userInstall: boolean;
  /** pip run by another user: it installs into that user's home, --user or not. */
  installsAsUser: boolean;
}

/** What a stage chain was seen to do, read once; null when it does what this cannot follow. */
interface StageWrites {
  steps: RunStep[];
  /** The steps' texts joined by newlines, and where each starts: a file's name is looked up once in all of them. */
  text: string;
  starts: number[];
  writers: RunStep[];
  landings: Landings;
  /** HOME, PYTHONUSERBASE or a PIP_ variable may send a user install elsewhere. */
  movesInstalls: boolean;
  /** What the stage names as paths: WORKDIRs, COPY destinations, RUN words written with a slash. */
  paths: string[];
}

/**
 * Reads the stage chain of `stage` once. Null when it does what cannot be followed: a `cd`, a
 * move or a download, a heredoc, a COPY from elsewhere, a WORKDIR from a variable, a base that
 * sets its own WORKDIR.
 */
function readStageWrites(ast: DockerfileAst, stage: Stage): StageWrites | null {
  const base = baseImageOf(ast, stage);
  if (!base || setsWorkdir(base)) return null;
  const steps: RunStep[] = [];
  const landings = new Landings();
  const paths: string[] = [];
  let cwd = '/';
  let user = 'root';
  for (const instruction of instructionsWithParents(ast, stage)) {
    const at = ast.stages[instruction.stageIndex] ?? stage;
    if (instruction.keyword === 'WORKDIR') {
      const dir = substituteVariables(unquote(instruction.argsText.trim()), at);
      if (dir === null) return null;
      cwd = absolutePath(cwd, dir);
      paths.push(cwd);
    } else if (instruction.keyword === 'USER') {
      user = userOf(instruction.argsText, at) ?? '$';
    } else if (isCopy(instruction)) {
      if (flagValue(instruction, 'from') !== null || instruction.heredocs.length > 0 || !landings.add(instruction, cwd, true)) return null;
      paths.push(absolutePath(cwd, copyPaths(instruction).destination));
    } else if (instruction.keyword === 'RUN') {
      if (instruction.heredocs.length > 0) return null;
      // An exec-form RUN has no shell commands to read: it may write anything, named in its text or not.
      const step: RunStep = { line: instruction.range.line, text: instruction.argsText, words: [], writes: instruction.json !== null, userInstall: false, installsAsUser: false };
      for (const value of instruction.json?.values ?? []) step.words.push({ name: baseName(value), path: value.includes('$') ? null : absolutePath(cwd, value) });
      for (const cmd of commandsOf(instruction)) {
        const program = programName(cmd);
        if (program === 'cd' || MOVES_FILES.has(program)) return null;
        const pip = pipInstallWords(cmd);
        if (pip !== null && user !== 'root') step.installsAsUser = true;
        if (pip !== null && user === 'root' && pip.some((word) => word.value === '--user')) step.userInstall = true;
        for (const word of cmd.args) {
          const value = word.value.replace(/^--?[\w-]+=/, '');
          // A URL (`aws s3 cp s3://bucket/model.pkl .`) names where the file comes from, not a path here.
          step.words.push({ name: baseName(value), path: value.includes('$') || value.startsWith('~') || value.includes('://') ? null : absolutePath(cwd, value) });
          if (value.includes('/') && !/[$~]|:\/\//.test(value)) paths.push(absolutePath(cwd, value));
        }
        const script = (program === 'python' || program === 'python3') && pip === null && !cmd.args.some((word) => word.value === 'venv');
        if (!NAMES_WHAT_IT_WRITES.has(program) || script) step.writes = true;
      }
      steps.push(step);
    }
  }
  const starts: number[] = [];
  let offset = 0;
  for (const step of steps) {
    starts.push(offset);
    offset += step.text.length + 1;
  }
  return { steps, text: steps.map((step) => step.text).join('\n'), starts, writers: steps.filter((step) => step.writes), landings, movesInstalls: movesUserInstalls(stage), paths };
}

/** The index of the step whose text holds offset `at` of the joined text. */
function stepAt(starts: readonly number[], at: number): number {
  let low = 0;
  let high = starts.length - 1;
  while (low < high) {
    const middle = (low + high + 1) >> 1;
    if (starts[middle]! <= at) low = middle;
    else high = middle - 1;
  }
  return low;
}

/**
 * Where a stage puts `wanted` (a model file, or a user install `…/.local`), as far as its RUNs
 * name it: words ending in its name (`--output /build/model.pkl`, `--output=model.pkl`), read from
 * the RUN's WORKDIR; for `.local`, root's home when root runs `pip install --user`. Null when that
 * cannot be told: a RUN that names it some other way (a redirection, a variable), or that runs a
 * program that may write it without naming it, a COPY of the context that may bring it, pip run by
 * another user, a HOME, PYTHONUSERBASE or PIP_ variable.
 */
function whereStageWrites(stage: StageWrites | null, wanted: string): { path: string; line: number }[] | null {
  const name = baseName(wanted);
  if (stage === null || (name === '.local' && stage.movesInstalls)) return null;
  const written: { path: string; line: number }[] = [];
  if (name === '.local') {
    if (stage.steps.some((step) => step.installsAsUser)) return null;
    for (const step of stage.steps) if (step.userInstall) written.push({ path: '/root/.local', line: step.line });
  }
  if (stage.writers.some((step) => !step.text.includes(name))) return null;
  // Only the steps whose text names the file: found in one search of the joined text.
  let last = -1;
  for (let at = stage.text.indexOf(name); at >= 0; at = stage.text.indexOf(name, at + 1)) {
    const index = stepAt(stage.starts, at);
    if (index === last) continue;
    last = index;
    const step = stage.steps[index]!;
    const naming = step.words.filter((word) => word.name === name);
    if (naming.length === 0 || naming.some((word) => word.path === null)) return null;
    for (const word of naming) written.push({ path: word.path!, line: step.line });
  }
  const found = stage.landings.find(wanted);
  return found === 'there' || found === 'unknown' ? null : written;
}

/**
 * A COPY --from a stage of this file of a model file or a user install (`.local`) that the stage
 * never writes at that path, or of a venv where the stage makes none: "not found". Only official
 * images are judged (another base may ship anything), and only when whereStageWrites can tell.
 */
function missingStageOutputs(ast: DockerfileAst, stages: readonly Stage[]): Stop[] {
  const stops: Stop[] = [];
  const read = new Map<number, StageWrites | null>();
  const stopped = new Set<Stage>();
  for (const { stage, copy, from, source } of copiesFromStages(ast, stages)) {
    if (stopped.has(stage)) continue;
    for (const written of copyPaths(copy).sources) {
      if (/[*?[$]/.test(written)) continue;
      const path = absolutePath('/', written);
      // `/root/.local/bin` is there when `/root/.local` is: the install is what is judged.
      const local = /^(.*\/\.local)(\/|$)/.exec(path);
      // A venv (`/opt/venv`, `/opt/venv/bin`): judged only where the stage makes none at all.
      const venv = /^(.*\/(?:\.?venv|virtualenv))(\/|$)/.exec(path);
      const wanted = local ? local[1]! : venv ? venv[1]! : isModelArtefact(path) && /\.\w+$/.test(path) ? path : null;
      if (wanted === null) continue;
      const name = baseName(wanted);
      if (!read.has(source.index)) read.set(source.index, readStageWrites(ast, source));
      const seen = whereStageWrites(read.get(source.index)!, wanted);
      if (seen === null || seen.some((p) => p.path === wanted) || (venv && (seen.length > 0 || read.get(source.index)!.text.includes('venv')))) continue;
      const line = copy.range.line;
      const other = seen[0];
      const why = venv
        ? `stage ${from} không tạo venv nào (python -m venv), nên không có ${wanted}`
        : other
        ? name === '.local'
          ? `pip install --user ở dòng ${other.line} chạy bằng root nên cài thư viện vào ${other.path}, stage ${from} không có ${wanted}`
          : `dòng ${other.line} ghi ${name} vào ${other.path}, nên stage ${from} không có ${wanted}`
        : name === '.local'
          ? `stage ${from} không chạy pip install --user bằng root, nên không có ${wanted}`
          : `không lệnh nào của stage ${from} ghi ${name}, nên stage đó không có ${wanted}`;
      const fix = other ? ` Sửa nguồn thành ${other.path}${path.slice(wanted.length)}.` : '';
      stops.push({ line, why: `COPY --from=${from} ${written} (dòng ${line}): ${why}: build dừng với lỗi "${path}": not found.${fix}` });
      stopped.add(stage); // one stop per stage: Docker stops at the first
      break;
    }
  }
  return stops;
}

/** Each COPY --from a stage of this file built on an official image (another base may ship anything), in the built stages. */
function copiesFromStages(ast: DockerfileAst, stages: readonly Stage[]): { stage: Stage; copy: Instruction; from: string; source: Stage }[] {
  const copies: { stage: Stage; copy: Instruction; from: string; source: Stage }[] = [];
  for (const stage of stages) {
    for (const copy of stage.instructions) {
      const from = copy.keyword === 'COPY' ? flagValue(copy, 'from') : null;
      const source = from === null ? undefined : stageNamed(ast, from, stage.index);
      const base = source ? baseImageOf(ast, source) : null;
      if (from !== null && source && base && libraryName(base) !== null && source.index !== stage.index) copies.push({ stage, copy, from, source });
    }
  }
  return copies;
}

/**
 * A COPY --from a stage of this file of a path the stage never names, one or two letters from a
 * path it does name (`/wheel` where `pip wheel -w /wheels` wrote): "not found". Not judged: the
 * system's folders (the base has them), a path any step names or a COPY put there, a stage that
 * runs a program that may write what it does not name (a script) or that readStageWrites cannot
 * follow, and a base other than an official image.
 */
function misspeltStageSources(ast: DockerfileAst, stages: readonly Stage[]): Stop[] {
  const stops: Stop[] = [];
  const read = new Map<Stage, StageWrites | null>();
  const stopped = new Set<Stage>();
  for (const { stage, copy, from, source } of copiesFromStages(ast, stages)) {
    if (stopped.has(stage)) continue;
    if (!read.has(source)) read.set(source, readStageWrites(ast, source));
    const writes = read.get(source)!;
    // A script or an installer may write paths it does not name.
    if (writes === null || writes.writers.length > 0) continue;
    const named = new Set(writes.paths);
    for (const written of copyPaths(copy).sources) {
      const path = absolutePath('/', written).replace(/(.)\/+$/, '$1');
      if (/[*?[$]/.test(written) || path.length < 4 || SYSTEM_FOLDERS.test(path) || writes.landings.find(path) !== null || mentions(writes.text, path)) continue;
      if ([...named].some((other) => other === path || other.startsWith(`${path}/`))) continue;
      const limit = path.length < 6 ? 1 : 2;
      const meant = [...named].find((other) => !SYSTEM_FOLDERS.test(other) && distance(path, other, limit) <= limit);
      if (meant === undefined) continue;
      const line = copy.range.line;
      stops.push({ line, why: `COPY --from=${from} ${written} (dòng ${line}): không bước nào của stage ${from} tạo ${path}, nên build dừng với lỗi "${path}": not found. Có phải ý bạn là ${meant}?` });
      stopped.add(stage); // one stop per stage: Docker stops at the first
      break;
    }
  }
  return stops;
}

/**
 * A `# comment` after a COPY/ADD, or after a USER that a RUN follows: Docker reads `#` as a comment
 * only at the start of a line. After COPY the words are more sources ("When using COPY with more
 * than one source file, the destination must be a directory and end with a /", or "not found");
 * after USER they are part of the user's name, which no account has ("unable to find user").
 */
function trailingComments(ast: DockerfileAst, stages: readonly Stage[]): Stop[] {
  const stops: Stop[] = [];
  for (const stage of stages) {
    let user: Instruction | null = null;
    for (const instruction of instructionsWithParents(ast, stage)) {
      const line = instruction.range.line;
      if (instruction.keyword === 'USER') user = /\s#/.test(instruction.argsText) ? instruction : null;
      if (instruction.keyword === 'RUN' && user !== null && instruction.stageIndex === stage.index && !stops.some((stop) => stop.line === user!.range.line)) {
        const [name, comment] = splitComment(user.argsText);
        stops.push({
          line: user.range.line,
          why: trailingCommentWhy('USER', user.range.line, `tên user là cả chuỗi "${user.argsText.trim()}" và RUN ở dòng ${line} dừng build với lỗi "unable to find user ${user.argsText.trim()}"`, comment, `USER ${name}`),
        });
        user = null;
      }
      const at = isCopy(instruction) && instruction.stageIndex === stage.index ? trailingCommentAt(instruction) : -1;
      const words = instruction.args.map((token) => token.value);
      const destination = words[words.length - 1] ?? '';
      // `COPY app.py #`, `COPY a b #c/`: one source, or a folder named `#…`: the build goes on.
      if (at < 0 || words.length < 3 || (destination.endsWith('/') && at === words.length - 1)) continue;
      const [kept, comment] = splitComment(instruction.argsText);
      const error = destination.endsWith('/')
        ? `"${words[at]}": not found`
        : `When using ${instruction.keyword} with more than one source file, the destination must be a directory and end with a /`;
      const flags = instruction.flags.map((flag) => `--${flag.name}${flag.value === null ? '' : `=${flag.value}`} `).join('');
      stops.push({
        line,
        why: trailingCommentWhy(instruction.keyword, line, `"${comment}" bị đọc thành thêm nguồn cần copy và build dừng với lỗi "${error}"`, comment, `${instruction.keyword} ${flags}${kept}`),
      });
    }
  }
  return stops;
}

/** A flag BuildKit reads as `--name` alone or `--name=true|false`; every other flag needs `=value`. */
type FlagKind = 'bool' | 'value' | 'values';

/**
 * The flags each instruction takes (BuildKit's Dockerfile frontend, labs flags included so that no
 * newer Dockerfile is failed on a guess). An instruction not listed takes none: BuildKit reads
 * `--words` at the start of any instruction as flags, and stops on each one it does not know.
 */
const INSTRUCTION_FLAGS: Readonly<Record<string, Readonly<Record<string, FlagKind>>>> = {
  FROM: { platform: 'value' },
  RUN: { mount: 'values', network: 'value', security: 'value', device: 'values' },
  COPY: { from: 'value', chown: 'value', chmod: 'value', link: 'bool', parents: 'bool', exclude: 'values' },
  ADD: { chown: 'value', chmod: 'value', link: 'bool', 'keep-git-dir': 'bool', checksum: 'value', exclude: 'values', unpack: 'bool', parents: 'bool' },
  HEALTHCHECK: { interval: 'value', timeout: 'value', 'start-period': 'value', 'start-interval': 'value', retries: 'value' },
};

/** How BuildKit refuses one flag, in its own words, and what to write instead; null when it takes it. */
function flagRefusal(keyword: string, name: string, value: string | null, seen: ReadonlySet<string>): { error: string; fix: string } | null {
  const known = INSTRUCTION_FLAGS[keyword] ?? {};
  const kind = Object.hasOwn(known, name) ? known[name] : undefined;
  if (kind === undefined) {
    const names = Object.keys(known);
    const close = names.find((candidate) => distance(name, candidate, name.length < 5 ? 1 : 2) <= (name.length < 5 ? 1 : 2));
    const fix = close
      ? `Có phải ý bạn là --${close}?`
      : names.length
        ? `${keyword} chỉ nhận ${names.map((candidate) => `--${candidate}`).join(', ')}.`
        : `${keyword} không nhận cờ nào.`;
    return { error: `Unknown flag: ${name}`, fix };
  }
  if (seen.has(name) && kind !== 'values') return { error: `Duplicate flag specified: ${name}`, fix: `Chỉ viết --${name} một lần.` };
  if (kind !== 'bool' && value === null) return { error: `Missing a value on flag: ${name}`, fix: `Viết --${name}=<giá trị>.` };
  if (kind === 'bool' && value !== null && !/^(true|false)$/i.test(value)) {
    return value === ''
      ? { error: `Missing a value on flag: ${name}`, fix: `Viết --${name} (không có dấu =).` }
      : { error: `Expecting boolean value for flag ${name}, not: ${value}`, fix: `Viết --${name} hoặc --${name}=false.` };
  }
  return null;
}

/** Go's duration units in milliseconds, as `time.ParseDuration` reads them. */
const DURATION_UNITS: Readonly<Record<string, number>> = { ns: 1e-6, us: 1e-3, µs: 1e-3, μs: 1e-3, ms: 1, s: 1000, m: 60_000, h: 3_600_000 };
const DURATION_PART = /(\d+\.?\d*|\.\d+)([^\d.]*)/y;

/**
 * How BuildKit refuses a HEALTHCHECK duration (`--interval=30` has no unit), in Go's words; null
 * when it reads it. An empty value is no value, and 0 is allowed; anything else under 1ms is not.
 */
function durationRefusal(name: string, value: string): string | null {
  if (value === '' || value === '0') return null;
  const sign = /^[-+]/.test(value) ? value.charAt(0) : '';
  let at = sign.length;
  let total = 0;
  if (at === value.length) return `time: invalid duration "${value}"`;
  while (at < value.length) {
    DURATION_PART.lastIndex = at;
    const part = DURATION_PART.exec(value);
    if (!part) return `time: invalid duration "${value}"`;
    const unit = part[2]!;
    if (unit === '') return `time: missing unit in duration "${value}"`;
    const scale = DURATION_UNITS[unit];
    if (scale === undefined) return `time: unknown unit "${unit}" in duration "${value}"`;
    total += Number(part[1]) * scale;
    at = DURATION_PART.lastIndex;
  }
  return total !== 0 && (sign === '-' || total < 1) ? `Interval "${name}" cannot be less than 1ms` : null;
}

const DURATION_FLAGS = new Set(['interval', 'timeout', 'start-period', 'start-interval']);

/**
 * Flags BuildKit stops on while it reads the Dockerfile, before any step runs (so in every stage, built
 * or not): an unknown flag (`COPY --chwon`), a flag without its value, a flag given twice, a
 * HEALTHCHECK duration without a unit or a retry count that is not a number.
 */
function refusedFlags(ast: DockerfileAst): Stop[] {
  const stops: Stop[] = [];
  for (const instruction of ast.instructions) {
    if (instruction.keyword === 'ONBUILD' || (instruction.keyword === 'HEALTHCHECK' && instruction.healthcheck?.none)) continue;
    const seen = new Set<string>();
    for (const flag of instruction.flags) {
      const line = flag.range.line;
      const written = `${instruction.keyword} --${flag.name}${flag.value === null ? '' : `=${flag.value}`}`;
      const refusal = flagRefusal(instruction.keyword, flag.name, flag.value === null ? null : unquote(flag.value), seen);
      seen.add(flag.name);
      if (refusal) {
        stops.push({ line, why: `${written} (dòng ${line}): build dừng ngay khi Docker đọc Dockerfile, với lỗi "${refusal.error}". ${refusal.fix}` });
        continue;
      }
      const value = flag.value === null ? '' : unquote(flag.value).trim();
      if (instruction.keyword !== 'HEALTHCHECK' || value.includes('$')) continue;
      const error = DURATION_FLAGS.has(flag.name)
        ? durationRefusal(flag.name, value)
        : flag.name === 'retries' && value !== ''
          ? !/^[-+]?\d+$/.test(value) || Math.abs(Number(value)) > 2 ** 31 - 1
            ? `strconv.ParseInt: parsing "${value}": invalid syntax`
            : Number(value) < 0
              ? `--retries cannot be negative (${Number(value)})`
              : null
          : null;
      if (error === null) continue;
      const fix = DURATION_FLAGS.has(flag.name) ? `Ghi kèm đơn vị: --${flag.name}=30s, 1m30s, 500ms.` : `Ghi một số nguyên không âm: --retries=3.`;
      stops.push({ line, why: `${written} (dòng ${line}): build dừng ngay khi Docker đọc Dockerfile, với lỗi "${error}". ${fix}` });
    }
  }
  return stops;
}

/** Images whose /bin/sh is dash (Debian, Ubuntu and the images built on them), unless tagged alpine. */
const DASH_IMAGES = new Set(['python', 'pypy', 'debian', 'ubuntu', 'node', 'buildpack-deps']);

/**
 * The first `source` of each built stage whose RUN is run by dash, where its failure fails the RUN:
 * dash has only `.`, so `source venv/bin/activate && pip install …` stops with "source: not found".
 * A SHELL instruction (bash, most often) or a heredoc (it may name its own shell) is not judged.
 */
function sourceUnderDash(ast: DockerfileAst, stages: readonly Stage[]): Stop[] {
  const stops: Stop[] = [];
  for (const stage of stages) {
    const base = baseImageOf(ast, stage);
    const library = base ? libraryName(base) : null;
    if (library === null || !DASH_IMAGES.has(library) || /alpine|windows/.test(base?.tag ?? '')) continue;
    for (const instruction of instructionsWithParents(ast, stage)) {
      if (instruction.keyword === 'SHELL') break;
      if (instruction.keyword !== 'RUN' || instruction.stageIndex !== stage.index || instruction.heredocs.length > 0) continue;
      if (CONDITIONAL.test(instruction.argsText)) continue;
      const commands = commandsOf(instruction);
      const at = commands.findIndex((cmd, k) => cmd.name === 'source' && failsTheRun(commands, k));
      if (at < 0) continue;
      const line = instruction.range.line;
      const file = commands[at]!.args[0]?.value ?? 'file';
      stops.push({
        line,
        why: `Dòng ${line} chạy source, nhưng RUN của image ${base!.raw} chạy bằng /bin/sh là dash, không có lệnh source: build dừng với lỗi "/bin/sh: 1: source: not found". Viết . ${file} (dấu chấm), hoặc với venv, gọi thẳng /opt/venv/bin/pip và đặt ENV PATH="/opt/venv/bin:$PATH".`,
      });
      break; // one stop per stage
    }
  }
  return stops;
}

/** Shells no image of DASH_IMAGES ships (Debian and Ubuntu have dash and bash); Alpine's busybox has sh and ash only. */
const ABSENT_SHELLS = /^(zsh|fish|ksh|mksh|tcsh|csh|pwsh|powershell(\.exe)?|cmd(\.exe)?)$/;

/**
 * The first shell-form RUN of each built stage whose SHELL names a shell the base image does not
 * ship and no step before installed (zsh anywhere, bash on Alpine): Docker starts that program
 * for the RUN and stops with "no such file or directory". Heredocs (a shebang may name their own
 * shell) and exec-form RUNs are not judged.
 */
function missingShells(ast: DockerfileAst, stages: readonly Stage[]): Stop[] {
  const stops: Stop[] = [];
  for (const stage of stages) {
    const base = baseImageOf(ast, stage);
    const library = base ? libraryName(base) : null;
    if (library === null || !(library === 'alpine' || DASH_IMAGES.has(library)) || /windows|nanoserver/.test(base?.tag ?? '')) continue;
    const alpine = library === 'alpine' || /alpine/.test(base?.tag ?? '');
    const chain = instructionsWithParents(ast, stage);
    let shell: Instruction | null = null;
    for (const [index, instruction] of chain.entries()) {
      if (instruction.keyword === 'SHELL') {
        const program = instruction.json?.values[0] ?? '';
        const name = baseName(program);
        const absent = ABSENT_SHELLS.test(name) || (alpine && name === 'bash');
        // A step before it that names the shell may have installed or copied it.
        const named = chain.slice(0, index).some((i) => i.keyword !== 'FROM' && (i.argsText.includes(name) || i.heredocs.some((h) => h.body.includes(name))));
        shell = absent && !named && /^(\/(usr\/)?bin\/)?[\w.-]+$/.test(program) ? instruction : null;
        continue;
      }
      if (shell === null || instruction.keyword !== 'RUN' || instruction.stageIndex !== stage.index || instruction.json !== null || instruction.heredocs.length > 0) continue;
      const program = shell.json!.values[0]!;
      const line = instruction.range.line;
      const error = program.includes('/') ? `exec: "${program}": stat ${program}: no such file or directory` : `exec: "${program}": executable file not found in $PATH`;
      const install = alpine ? `RUN apk add --no-cache ${baseName(program)}` : `RUN apt-get update && apt-get install -y --no-install-recommends ${baseName(program)}`;
      const fix = alpine && baseName(program) === 'bash' ? `Dùng SHELL ["/bin/sh", "-c"] (hoặc bỏ SHELL), hoặc cài bash trước SHELL: ${install}.` : `Bỏ SHELL đó (RUN dùng /bin/sh -c), hoặc cài ${baseName(program)} trước SHELL: ${install}.`;
      stops.push({
        line,
        why: `SHELL ở dòng ${shell.range.line} chọn ${program} để chạy các RUN, nhưng image ${base!.raw} không có ${baseName(program)} và chưa bước nào cài nó: RUN ở dòng ${line} dừng build với lỗi "${error}". ${fix}`,
      });
      break; // one stop per stage
    }
  }
  return stops;
}

/**
 * Bases whose folders are known: Debian's (or Alpine's) own, plus what the image's Dockerfile adds
 * (node's /home/node). A folder at the top other than the system's, or under /opt, /srv, /mnt,
 * /media or /home, is there only if the Dockerfile made it.
 */
const KNOWN_FOLDERS_IMAGES = new Set([...DASH_IMAGES, 'alpine']);
const SYSTEM_FOLDERS = /^\/(bin|boot|dev|etc|lib\w*|proc|root|run|sbin|sys|tmp|usr|var)(\/|$)/;
/** Folders at the top that the base has, empty (what is under them is the Dockerfile's). */
const EMPTY_TOP = /^\/(home|media|mnt|opt|srv)$/;

/** Each built stage on a (non-Windows) image whose folders are known, with that image and its library name. */
function* knownFolderStages(ast: DockerfileAst, stages: readonly Stage[]): Generator<{ stage: Stage; base: ImageRef; library: string; alpine: boolean }> {
  for (const stage of stages) {
    const base = baseImageOf(ast, stage);
    const library = base ? libraryName(base) : null;
    if (base === null || library === null || !KNOWN_FOLDERS_IMAGES.has(library) || /windows/.test(base.tag ?? '')) continue;
    yield { stage, base, library, alpine: library === 'alpine' || /alpine/.test(base.tag ?? '') };
  }
}

/** Instructions that set values or metadata: a folder they name is not made by them. */
const NAMES_ONLY = new Set(['ENV', 'ARG', 'LABEL', 'EXPOSE', 'CMD', 'ENTRYPOINT', 'HEALTHCHECK', 'STOPSIGNAL', 'MAINTAINER']);

/** The folder holding `path`. */
const parentOf = (path: string) => path.slice(0, path.lastIndexOf('/')) || '/';

/**
 * The first mkdir (without -p) of each built stage whose parent folder is in neither the base
 * image nor anything before it: "No such file or directory". A parent any earlier instruction
 * names is taken as made (a COPY's folders, a venv, an archive unpacked there), and a stage is
 * judged no further from what FolderOwners cannot follow.
 */
function mkdirsWithoutParent(ast: DockerfileAst, stages: readonly Stage[]): Stop[] {
  const stops: Stop[] = [];
  for (const { stage, base, library, alpine } of knownFolderStages(ast, stages)) {
    const owners = new FolderOwners(stage);
    const chain = instructionsWithParents(ast, stage);
    // An ENV or a LABEL that names a folder makes nothing, unless a step before reads a variable (`mkdir -p $DIR`, `python -m venv $VENV`).
    const named = (folder: string, before: number) => {
      const earlier = chain.slice(0, before);
      const readsVariables = earlier.some((i) => !NAMES_ONLY.has(i.keyword) && i.keyword !== 'FROM' && (i.argsText.includes('$') || i.heredocs.length > 0));
      return (
        (library === 'node' && folder === '/home/node') ||
        earlier.some((i) => (readsVariables || !NAMES_ONLY.has(i.keyword)) && (mentions(i.argsText, folder) || i.heredocs.some((h) => mentions(h.body, folder))))
      );
    };
    const stop = firstMkdirWithoutParent(chain, owners, named, stage);
    if (stop) {
      const error = alpine ? `mkdir: can't create directory '${stop.path}': No such file or directory` : `mkdir: cannot create directory '${stop.path}': No such file or directory`;
      stops.push({
        line: stop.line,
        why: `mkdir ${stop.path} ở dòng ${stop.line}: thư mục cha ${stop.parent} chưa có (image ${base.raw} không có sẵn và chưa lệnh nào tạo), nên build dừng với lỗi "${error}". Dùng mkdir -p ${stop.path}, hoặc tạo ${stop.parent} trước (WORKDIR ${stop.parent}).`,
      });
    }
  }
  return stops;
}

/** Whether `text` names `folder` as a path (`/app`, `/app/x`), not a longer name that starts alike (`/apple`). */
function mentions(text: string, folder: string): boolean {
  for (let at = text.indexOf(folder); at >= 0; at = text.indexOf(folder, at + 1)) {
    if (!/[\w.-]/.test(text.charAt(at + folder.length))) return true;
  }
  return false;
}

function firstMkdirWithoutParent(
  chain: readonly Instruction[],
  owners: FolderOwners,
  named: (folder: string, before: number) => boolean,
  stage: Stage,
): { line: number; path: string; parent: string } | null {
  for (const [index, instruction] of chain.entries()) {
    if (instruction.keyword !== 'RUN' || instruction.stageIndex !== stage.index) {
      if (!owners.apply(instruction)) return null;
      continue;
    }
    if (SWITCHES_USER.test(instruction.argsText) || instruction.heredocs.length > 0 || CONDITIONAL.test(instruction.argsText)) return null;
    const commands = commandsOf(instruction);
    for (const [k, cmd] of commands.entries()) {
      if (programName(cmd) === 'mkdir' && failsTheRun(commands, k)) {
        const { options, paths } = pathArguments(cmd);
        if (!options.some((option) => /^-\w*p/.test(option) || option === '--parents') && !paths.some((path) => /[$~*?{]/.test(path))) {
          const made: string[] = [];
          for (const path of paths.map((p) => absolutePath(owners.cwd, p))) {
            const parent = parentOf(path);
            const judged = parent !== '/' && !EMPTY_TOP.test(parent) && !SYSTEM_FOLDERS.test(parent);
            if (judged && !made.includes(parent) && owners.ownerOf(parent) === null && !named(parent, index)) {
              return { line: instruction.range.line, path, parent };
            }
            made.push(path);
          }
        }
      }
      if (!owners.applyCommand(cmd)) return null;
    }
  }
  return null;
}

/** How often `text` holds `name` as a whole word or path segment: `model` in `/app/model`, not in `/app/models` or `model.pkl`. */
function namesWord(text: string, name: string): number {
  let count = 0;
  for (let at = text.indexOf(name); at >= 0; at = text.indexOf(name, at + 1)) {
    if (!/[\w.-]/.test(text.charAt(at - 1)) && !/[\w.-]/.test(text.charAt(at + name.length))) count++;
  }
  return count;
}

/**
 * The first chown or chmod of each built stage on a path that neither the base image nor anything
 * before it made: "cannot access …: No such file or directory". Judged only on bases whose folders
 * are known, outside the system's folders, for a path whose name no earlier step and nothing else in
 * its RUN names (a step may make it under another spelling), and not where a COPY of a folder or of
 * the context may have put it. The stage is judged no further from what FolderOwners cannot follow.
 */
function chownsWithoutPath(ast: DockerfileAst, stages: readonly Stage[]): Stop[] {
  const stops: Stop[] = [];
  for (const { stage, base, library, alpine } of knownFolderStages(ast, stages)) {
    const stop = firstChownWithoutPath(instructionsWithParents(ast, stage), new FolderOwners(stage), stage, library === 'node');
    if (stop) {
      const error = alpine ? `${stop.program}: ${stop.path}: No such file or directory` : `${stop.program}: cannot access '${stop.path}': No such file or directory`;
      stops.push({
        line: stop.line,
        why: `${stop.program} ${stop.path} ở dòng ${stop.line}: chưa có file hay thư mục này (image ${base.raw} không có sẵn và chưa lệnh nào tạo), nên build dừng với lỗi "${error}". Kiểm tra lại đường dẫn${stop.near ? ` (có phải ${stop.near}?)` : ''}, hoặc tạo nó trước (mkdir -p ${stop.path}).`,
      });
    }
  }
  return stops;
}

function firstChownWithoutPath(chain: readonly Instruction[], owners: FolderOwners, stage: Stage, nodeHome: boolean): { line: number; program: string; path: string; near: string | null } | null {
  const landings = new Landings();
  const earlier: string[] = [];
  for (const instruction of chain) {
    if (instruction.keyword !== 'RUN' || instruction.stageIndex !== stage.index) {
      if (isCopy(instruction) && !landings.add(instruction, owners.cwd, true)) return null;
      if (!owners.apply(instruction)) return null;
      earlier.push(instruction.argsText);
      continue;
    }
    if (SWITCHES_USER.test(instruction.argsText) || instruction.heredocs.length > 0 || CONDITIONAL.test(instruction.argsText)) return null;
    const commands = commandsOf(instruction);
    for (const [k, cmd] of commands.entries()) {
      const program = programName(cmd);
      if ((program === 'chown' || program === 'chmod') && failsTheRun(commands, k)) {
        for (const path of pathArguments(cmd).paths.slice(1)) {
          if (/[$~*?{]/.test(path)) return null;
          const absolute = absolutePath(owners.cwd, path);
          const name = baseName(absolute);
          const made = [...owners.folders()].some((folder) => folder === absolute || folder.startsWith(`${absolute}/`));
          const known = absolute === '/' || SYSTEM_FOLDERS.test(absolute) || EMPTY_TOP.test(absolute) || (nodeHome && /^\/home\/node(\/|$)/.test(absolute));
          const found = landings.find(absolute);
          if (made || known || found === 'there' || found === 'unknown' || name === '' || namesWord(instruction.argsText, name) > 1 || earlier.some((text) => namesWord(text, name) > 0)) continue;
          const near = [...owners.folders()].find((folder) => folder.startsWith(absolute) && folder !== absolute && !folder.slice(absolute.length).includes('/')) ?? null;
          return { line: instruction.range.line, program, path: absolute, near };
        }
      }
      if (writesUnnamed(cmd) || !owners.applyCommand(cmd)) return null;
    }
    earlier.push(instruction.argsText);
  }
  return null;
}

/** A command that may write files it does not name: a script, a build, an installer of the project in the folder. */
function writesUnnamed(cmd: ShellCommand): boolean {
  const program = programName(cmd);
  const pip = pipInstallWords(cmd);
  if (pip !== null) return pip.some((word) => /^(\.|\.\/.*|-e|--editable)$/.test(word.value));
  return !NAMES_WHAT_IT_WRITES.has(program) || program === 'python' || program === 'python3';
}

/** A Docker image reference as distribution's grammar reads it: [domain/]path[:tag][@digest]. */
const PATH_COMPONENT = '[a-z0-9]+(?:(?:[._]|__|-+)[a-z0-9]+)*';
const DOMAIN_COMPONENT = '(?:[a-zA-Z0-9]|[a-zA-Z0-9][a-zA-Z0-9-]*[a-zA-Z0-9])';
const IMAGE_REFERENCE = new RegExp(
  `^(?:${DOMAIN_COMPONENT}(?:\\.${DOMAIN_COMPONENT})*(?::\\d+)?/)?${PATH_COMPONENT}(?:/${PATH_COMPONENT})*(?::\\w[\\w.-]{0,127})?(?:@[A-Za-z][A-Za-z0-9]*(?:[-_+.][A-Za-z][A-Za-z0-9]*)*:[0-9a-fA-F]{32,})?$`,
);

/**
 * A FROM whose global ARGs have no value in a plain `docker build`: each becomes empty, and when
 * what is left is no image name (`python:-slim`, `:3.11`), BuildKit stops before any step.
 */
function blankBaseNames(ast: DockerfileAst, stages: readonly Stage[]): Stop[] {
  const stops: Stop[] = [];
  const values = new Map<string, string | null>();
  for (const pair of ast.globalArgs) values.set(pair.key, pair.value === null ? null : unquote(pair.value));
  for (const stage of stages) {
    const from = stage.instructions[0];
    const raw = stage.base?.raw ?? '';
    if (!from || from.keyword !== 'FROM' || stage.baseStage !== null || !raw.includes('$')) continue;
    const expanded = substitute(raw, (name) => values.get(name) ?? undefined, { escapeChar: ast.escapeChar });
    if (!expanded.unresolved || IMAGE_REFERENCE.test(expanded.value) || expanded.value.toLowerCase() === 'scratch') continue;
    const unset = [...new Set(expanded.names.filter((name) => !values.get(name)))];
    const line = from.range.line;
    const error = expanded.value === '' ? `base name (${raw}) should not be blank` : `failed to parse stage name "${expanded.value}": invalid reference format`;
    stops.push({
      line,
      why: `FROM ${raw} (dòng ${line}): ${unset.join(', ')} không có giá trị khi docker build chạy không kèm --build-arg, nên tên image thành "${expanded.value}" và build dừng với lỗi "${error}". Cho giá trị mặc định ở đầu file: ARG ${unset[0] ?? 'TÊN'}=<giá trị>, trước FROM đầu tiên.`,
    });
  }
  return stops;
}

/** Debian, Ubuntu and Alpine releases whose python3 is marked externally managed (PEP 668): pip refuses to install into it. */
const EXTERNALLY_MANAGED = {
  debian: /^(bookworm|trixie|forky|sid|testing|stable|unstable|latest|1[2-9])(\b|-|\.|$)/,
  ubuntu: /^(2[3-9]\.\d+|noble|oracular|plucky|questing|lunar|mantic|latest|rolling|devel)(\b|-|$)/,
  // 3.19 (December 2023) was the first; `3`, edge and its dated snapshots are newer.
  alpine: /^(3\.(19|[2-9]\d)(\.\d+)?|3|edge|latest|20\d{6})$/,
} as const;

/** Anything that may bring another Python, or a venv: pip is then not the system's. */
const OWN_PYTHON = /\b(venv|virtualenv|conda|mamba|micromamba|pyenv|uv|pipx|deadsnakes|break-system-packages|PIP_BREAK_SYSTEM_PACKAGES|EXTERNALLY-MANAGED|get-pip)\b/;

/**
 * The first pip or python of each built stage on a Debian, Ubuntu or Alpine image, which ship no
 * Python: "pip: not found" when no step installed it before; and on the releases whose python3 is
 * externally managed (Debian bookworm, Ubuntu 23.04, Alpine 3.19 and later), the first pip install into it once
 * apt or apk installed it: "error: externally-managed-environment". Not judged: a step that may bring
 * another Python or a venv, a COPY --from or an ADD, a RUN that tests for it or switches user.
 */
function noSystemPip(ast: DockerfileAst, stages: readonly Stage[]): Stop[] {
  const stops: Stop[] = [];
  for (const stage of stages) {
    const base = baseImageOf(ast, stage);
    const library = base ? libraryName(base) : null;
    if (!base || (library !== 'debian' && library !== 'ubuntu' && library !== 'alpine') || /windows/.test(base.tag ?? '')) continue;
    const managed = EXTERNALLY_MANAGED[library].test(base.tag ?? 'latest');
    let installed: 'no' | 'apt' = 'no';
    for (const instruction of instructionsWithParents(ast, stage)) {
      const text = [instruction.argsText, ...instruction.heredocs.map((heredoc) => heredoc.body)].join('\n');
      if (OWN_PYTHON.test(text) || instruction.keyword === 'ADD' || (instruction.keyword === 'COPY' && flagValue(instruction, 'from') !== null)) break;
      if (instruction.keyword === 'ENV' && instruction.pairs.some((pair) => /^PIP_|^PATH$|^VIRTUAL_ENV$/.test(pair.key))) break;
      if (instruction.keyword !== 'RUN') continue;
      if (CONDITIONAL.test(text) || SWITCHES_USER.test(text) || instruction.heredocs.length > 0) break;
      const commands = commandsOf(instruction);
      let stop: string | null = null;
      for (const [k, cmd] of commands.entries()) {
        if (installsPackage(cmd, (word) => /python|pip/.test(packageName(word.value)))) installed = 'apt';
        const program = programName(cmd);
        if (!/^(pip3?|python3?)$/.test(program) || cmd.name.includes('/') || instruction.stageIndex !== stage.index || !failsTheRun(commands, k)) continue;
        const pip = pipInstallWords(cmd);
        const line = instruction.range.line;
        if (installed === 'no') {
          const error = library === 'alpine' ? `/bin/sh: ${program}: not found` : `/bin/sh: 1: ${program}: not found`;
          const install = library === 'alpine' ? 'apk add --no-cache python3 py3-pip' : 'apt-get update && apt-get install -y --no-install-recommends python3 python3-pip';
          stop = `Dòng ${line} chạy ${program} nhưng image ${base.raw} không có sẵn Python và chưa bước nào cài nó: build dừng với lỗi "${error}". Dùng image python (FROM python:3.11-slim), hoặc cài trước: ${install}.`;
        } else if (managed && pip !== null && !pip.some((word) => /^(-t|--target|--prefix|--root|--dry-run|-h|--help)(=|$)/.test(word.value))) {
          const release = library === 'alpine' ? 'Alpine từ bản 3.19' : 'bản Debian/Ubuntu này';
          const other = library === 'alpine' ? 'FROM python:3.11-alpine' : 'FROM python:3.11-slim';
          const packaged = library === 'alpine' ? ', hoặc cài gói Alpine đóng sẵn: apk add --no-cache py3-<tên gói>' : '';
          stop = `pip install ở dòng ${line} cài vào python3 của image ${base.raw}, mà ${release} đánh dấu là "externally managed" (PEP 668): pip từ chối và build dừng với lỗi "error: externally-managed-environment". Dùng image python (${other}), hoặc tạo venv trước (python3 -m venv /opt/venv) rồi cài bằng /opt/venv/bin/pip${packaged}.`;
        }
        break;
      }
      if (stop !== null) {
        stops.push({ line: instruction.range.line, why: stop });
        break; // one stop per stage
      }
      if (commands.some((cmd) => /^(pip3?|python3?)$/.test(programName(cmd)))) break;
    }
  }
  return stops;
}

/** Official images the lessons build on, whose near misses are typos. */
const COURSE_IMAGES = ['python', 'ubuntu', 'debian', 'alpine', 'node', 'pypy', 'golang', 'nginx', 'busybox'];

/** Words of the python image's tags after the version: a near miss of one that is none of them is a typo (`slimm`). */
const PYTHON_TAG_WORDS = ['slim', 'alpine', 'bookworm', 'bullseye', 'buster', 'trixie'];
const PYTHON_TAG_WORD = /^(slim|alpine(\d+\.\d+)?|trixie|bookworm|bullseye|buster|stretch|jessie|rc|windowsservercore|nanoserver|ltsc\d+|\d+)$/;

/**
 * A FROM of an image Docker Hub does not have, as a near miss of a name or a tag that it has:
 * `pyhton:3.11-slim`, a stage name misspelt (`FROM biulder`: not a stage, so an image to pull),
 * `python:3.11-slimm`, `python:3.11.slim`. The build stops at its first step. Other names and
 * tags are not judged: an image may be the learner's own, and Docker Hub's tags change.
 */
function unpullableBases(ast: DockerfileAst, stages: readonly Stage[]): Stop[] {
  const stops: Stop[] = [];
  for (const stage of stages) {
    const base = stage.base;
    const name = stage.baseStage === null && !base.unresolved && base.registry === null && base.digest === null ? libraryName(base) : null;
    if (name === null || name === 'scratch') continue;
    const line = stage.from.range.line;
    const stop = (error: string, cause: string, meant: string) => stops.push({ line, why: `FROM ${base.raw} (dòng ${line}): ${cause}, nên build dừng ngay bước đầu với lỗi "${error}". Có phải ý bạn là ${meant}?` });
    if (!isOfficialImageName(name)) {
      const limit = name.length < 6 ? 1 : 2;
      const close = (stageName: string) => distance(name, stageName, limit) <= limit || (Math.min(name.length, stageName.length) >= 3 && (stageName.startsWith(name) || name.startsWith(stageName)));
      const earlier = ast.stages.slice(0, stage.index).find((other) => other.name !== null && close(other.name.toLowerCase()));
      const image = COURSE_IMAGES.find((known) => distance(name, known, limit) <= limit);
      if (earlier) stop(`pull access denied for ${name}, repository does not exist`, `không có stage nào tên ${name} nên Docker coi đó là tên image và tải docker.io/library/${name}, một image không tồn tại`, `stage ${earlier.name} (dòng ${earlier.from.range.line})`);
      else if (image) stop(`pull access denied for ${name}, repository does not exist`, `Docker Hub không có image chính thức tên ${name}`, `${image}${base.tag ? `:${base.tag}` : ''}`);
      continue;
    }
    if (name !== 'python' || base.tag === null) continue;
    const [version, ...words] = base.tag.split('-');
    // `3.11.slim`: a word after the version's dot.
    const dotted = /^(\d+(?:\.\d+)*)\.([a-z]+)$/i.exec(version ?? '');
    const typo = words.find((word) => !PYTHON_TAG_WORD.test(word) && PYTHON_TAG_WORDS.some((known) => distance(word, known, 2) <= 2));
    const meant = dotted ? base.tag.replace(`${dotted[1]}.${dotted[2]}`, `${dotted[1]}-${dotted[2]}`) : typo ? base.tag.replace(typo, PYTHON_TAG_WORDS.find((known) => distance(typo, known, 2) <= 2)!) : null;
    if (meant !== null) stop(`docker.io/library/python:${base.tag}: not found`, `image python không có tag ${base.tag}`, `python:${meant}`);
  }
  return stops;
}

/**
 * Packages that always bring others with them on a slim Debian or Ubuntu image (a compiler, git,
 * curl, X and video libraries, -dev packages): apt-get installs more than it was asked for, so it
 * asks first. A package that brings nothing (libgomp1) installs without asking, so only these count.
 */
const BRINGS_DEPENDENCIES = /^(build-essential|gcc|g\+\+|gfortran|clang|cmake|git|curl|ffmpeg|libgl1(-mesa-glx)?|libsm6|libxext6|libxrender1|python3(\.\d+)?-dev|python3-pip|default-libmysqlclient-dev|libpq-dev|libssl-dev|libffi-dev|libopenblas-dev|liblapack-dev|libhdf5-dev|openjdk-\d+-jdk(-headless)?)$/;

/** Images without a compiler, git or curl: python's slim tags, node's, and Debian and Ubuntu themselves. */
function isBareDebian(base: ImageRef): boolean {
  const library = libraryName(base);
  if (library === 'debian' || library === 'ubuntu') return true;
  return (library === 'python' || library === 'pypy' || library === 'node') && /slim/.test(base.tag ?? '');
}

/**
 * An apt-get install without -y (the apt-assume-yes finding) of packages that bring others: apt-get
 * asks "Do you want to continue? [Y/n]", a build has no one to answer, and it aborts.
 */
function aptPrompts(analysis: Analysis, stages: readonly Stage[]): Stop[] {
  const unanswered = [...analysis.findings, ...analysis.suppressed].filter((finding) => finding.rule === 'apt-assume-yes');
  if (unanswered.length === 0) return [];
  const stops: Stop[] = [];
  for (const stage of stages) {
    const base = baseImageOf(analysis.ast, stage);
    if (!base || !isBareDebian(base)) continue;
    for (const instruction of stage.instructions) {
      if (instruction.keyword !== 'RUN') continue;
      const { line, endLine } = instruction.range;
      if (!unanswered.some((finding) => finding.line >= line && finding.line <= endLine)) continue;
      const commands = commandsOf(instruction);
      const at = commands.findIndex((cmd, k) => packageManagerOf(cmd) === 'apt' && failsTheRun(commands, k) && (installedPackages(cmd) ?? []).some((word) => BRINGS_DEPENDENCIES.test(packageName(word.value))));
      if (at < 0) continue;
      const cmd = commands[at]!;
      const brings = (installedPackages(cmd) ?? []).find((word) => BRINGS_DEPENDENCIES.test(packageName(word.value)))!.value;
      stops.push({
        line,
        why: `${cmd.name} install ở dòng ${line} không có -y: ${brings} kéo theo các gói khác mà image ${base.raw} chưa có, nên apt hỏi "Do you want to continue? [Y/n]", build không có ai trả lời và dừng với lỗi "Abort.". Thêm -y: ${cmd.name} install -y --no-install-recommends ….`,
      });
      break; // one stop per stage
    }
  }
  return stops;
}

/** A C compiler installed by a RUN: what pip needs to build a package from source. */
const COMPILERS = /\b(gcc|g\+\+|clang|build-essential|build-base)\b/;

/** Anything before a pip install that may give the stage another Python than the image's own. */
const OTHER_PYTHON = /\b(venv|virtualenv|conda|mamba|micromamba|pyenv|uv|pipx|poetry|pdm|deadsnakes)\b|python3?\.\d+|--python-version|--ignore-requires-python|PIP_IGNORE_REQUIRES_PYTHON|PIP_PYTHON_VERSION/;

/**
 * The context file a COPY or ADD before `chain[index]` put where `name` is read: the last one that
 * copies a file of that name into a folder, renames one to it, or copies the whole context (its
 * file of that name). Null when none does.
 */
function copiedFrom(chain: readonly Instruction[], index: number, name: string): string | null {
  for (let k = index - 1; k >= 0; k--) {
    const copy = chain[k]!;
    if (!isContextCopy(copy)) continue;
    const { sources, destination } = copyPaths(copy);
    const intoFolder = /(^\.|\/)$/.test(destination) || sources.length > 1;
    for (const source of sources) {
      const path = normalizePath(source).replace(/^\/+/, '');
      if (path === '.' || path === '') return name;
      if (intoFolder ? baseName(path) === name : baseName(destination) === name) return path;
    }
  }
  return null;
}

/**
 * The first `pip install -r F` of each built stage on a python image whose tag says its version
 * (`python:3.8-slim`), where F is a context file that pins a release needing a newer Python
 * (scikit-learn 1.5 needs 3.9): pip finds no release it may install, "No matching distribution
 * found". Not judged: anything that may bring another Python or tell pip to ignore the version
 * (a venv, conda, uv, a python3.X, a PATH to elsewhere), a file a RUN may have written.
 */
function pinsNeedNewerPython(ast: DockerfileAst, stages: readonly Stage[], texts: Readonly<Record<string, string>>): Stop[] {
  const stops: Stop[] = [];
  for (const stage of stages) {
    const base = baseImageOf(ast, stage);
    const python = base && !base.unresolved && libraryName(base) === 'python';
    // `python:3-slim`, `python:slim`: the newest Python, 3.13 or later since October 2024; only a lower bound.
    const latestTag = python && /^(3-)?(slim|alpine)/.test(base.tag ?? '');
    const version = python ? (latestTag ? '3.13' : /^(3\.\d+)(?:\.\d+)?(?:-|$)/.exec(base.tag ?? '')?.[1]) : undefined;
    if (version === undefined || /windows|nanoserver/.test(base!.tag ?? '')) continue;
    const shown = latestTag ? `Python mới nhất (từ 3.13 trở lên)` : `Python ${version}`;
    const path = stage.env.PATH;
    if (path !== undefined && path.split(':').some((entry) => !/^(\$\{?PATH\}?|\/usr\/local\/s?bin|\/usr\/s?bin|\/s?bin|.*\/\.local\/bin)$/.test(entry))) continue;
    const chain = instructionsWithParents(ast, stage);
    for (const [index, install] of chain.entries()) {
      const text = install.argsText + install.heredocs.map((heredoc) => heredoc.body).join('\n');
      if (OTHER_PYTHON.test(text)) break;
      if (install.keyword !== 'RUN' || install.stageIndex !== stage.index) continue;
      const commands = commandsOf(install);
      const at = commands.findIndex((cmd) => pipInstallArgs(cmd) !== null);
      if (at < 0 || !failsTheRun(commands, at) || !/^(\/usr\/local\/bin\/)?(pip3?|python3?)$/.test(commands[at]!.name)) continue;
      // Without a compiler (a slim or Alpine image, none installed before) a pin with no wheel for this Python cannot build.
      const compilerless = /slim|alpine/.test(base!.tag ?? '') && !chain.slice(0, index + 1).some((i) => i.keyword === 'RUN' && COMPILERS.test(i.argsText));
      const found = requirementFiles(pipInstallArgs(commands[at]!)!).flatMap((file) => {
        const name = baseName(file);
        // Written by a RUN before, or named again in this one: the file may not be the context's.
        if (/[$*?]/.test(file) || chain.slice(0, index).some((i) => i.keyword === 'RUN' && i.argsText.includes(name)) || install.argsText.split(name).length > 2) return [];
        const source = copiedFrom(chain, index, name);
        const requirements = source === null ? undefined : texts[source];
        if (requirements === undefined) return [];
        const tooNew = latestTag ? [] : pinsTooNewFor(requirements, version);
        if (tooNew.length > 0) return [{ file, pins: tooNew, wheels: false }];
        const unbuilt = compilerless ? pinsWithoutWheelFor(requirements, version) : [];
        return unbuilt.length > 0 ? [{ file, pins: unbuilt, wheels: true }] : [];
      })[0];
      if (!found) continue;
      const [first, ...others] = found.pins;
      const line = install.range.line;
      const also = others.length === 0 ? '' : ` (${others.map((other) => other.pin).join(', ')} cũng vậy)`;
      const variant = /alpine/.test(base!.tag ?? '') ? '-alpine' : /slim/.test(base!.tag ?? '') ? '-slim' : '';
      if (found.wheels) {
        stops.push({
          line,
          why: `pip install -r ${found.file} ở dòng ${line} chạy trên ${shown} của image ${base!.raw}, nhưng ${found.file} ghim ${first!.pin}, bản chỉ có gói dựng sẵn (wheel) tới Python ${first!.python}${also}: pip tải mã nguồn về để tự build, mà image này không có trình biên dịch C, nên build dừng với lỗi "Unknown compiler(s)" (metadata-generation-failed). Dùng FROM python:${first!.python}${variant}.`,
        });
        break; // one stop per stage
      }
      const newest = found.pins.map((pin) => pin.python).reduce((a, b) => (Number(b.split('.')[1]) > Number(a.split('.')[1]) ? b : a));
      const suggested = `python:${Number(newest.split('.')[1]) > 11 ? newest : '3.11'}${variant}`;
      stops.push({
        line,
        why: `pip install -r ${found.file} ở dòng ${line} chạy trên Python ${version} của image ${base!.raw}, nhưng ${found.file} ghim ${first!.pin}, bản chỉ cài được trên Python ≥ ${first!.python}${also}: pip không tìm thấy bản nào cài được và build dừng với lỗi "No matching distribution found for ${first!.pin}". Dùng image Python mới hơn, ví dụ FROM ${suggested}.`,
      });
      break; // one stop per stage
    }
  }
  return stops;
}

/**
 * Accounts and groups the image does not have (requirements.ts knows the bases' own), met where
 * Docker needs them: a `COPY --chown=name` stops the build ("unable to convert uid/gid chown string
 * to host mapping"), a RUN after `USER name` stops it ("unable to find user"), and the final stage's
 * `USER name` stops `docker run` before the program starts. One stop per stage, the first met.
 */
function unknownAccounts(ast: DockerfileAst, stages: readonly Stage[]): Stop[] {
  const stops: Stop[] = [];
  const final = finalStageOf(ast);
  for (const stage of stages) {
    const stop = firstUnknownAccount(ast, stage, stage === final);
    if (stop) stops.push(stop);
  }
  return stops;
}

/** What `USER` or `--chown` names that the image lacks when `at` runs: `user app`, `group ml`, or null. */
function missingAccount(ast: DockerfileAst, stage: Stage, value: string, at: Instruction): string | null {
  const name = accountName(value, stage);
  if (name !== null && name !== 'root' && accountMissing(ast, stage, name, at)) return `user ${name}`;
  const group = groupName(value, stage);
  return group !== null && groupMissing(ast, stage, group, at) ? `group ${group}` : null;
}

function firstUnknownAccount(ast: DockerfileAst, stage: Stage, final: boolean): Stop | null {
  let user: { instruction: Instruction; missing: string | null } | null = null;
  for (const instruction of instructionsWithParents(ast, stage)) {
    const line = instruction.range.line;
    // A `# comment` after USER is trailingComments' to tell.
    if (instruction.keyword === 'USER') user = /\s#/.test(instruction.argsText) ? null : { instruction, missing: missingAccount(ast, stage, instruction.argsText, instruction) };
    const owner = isCopy(instruction) && instruction.stageIndex === stage.index ? flagValue(instruction, 'chown') : null;
    const unowned = owner === null ? null : missingAccount(ast, stage, owner, instruction);
    if (unowned !== null) {
      const tool = unowned.startsWith('user') ? 'useradd' : 'groupadd';
      return {
        line,
        why: `${instruction.keyword} --chown=${owner} (dòng ${line}) chạy khi image chưa có ${unowned}: build dừng với lỗi "unable to convert uid/gid chown string to host mapping". Tạo ${unowned} (RUN ${tool}) trước lệnh này, hoặc dùng số (--chown=1000:1000).`,
      };
    }
    if (instruction.keyword === 'RUN' && instruction.stageIndex === stage.index && user?.missing) {
      const name = user.missing.slice(user.missing.indexOf(' ') + 1);
      return {
        line,
        why: `USER ${user.instruction.argsText.trim()} ở dòng ${user.instruction.range.line} nhưng image chưa có ${user.missing}: RUN ở dòng ${line} chạy bằng user đó và build dừng với lỗi "unable to find ${user.missing}". Tạo ${user.missing} (RUN ${user.missing.startsWith('user') ? `useradd --create-home ${name}` : `groupadd ${name}`}) trước USER.`,
      };
    }
  }
  if (!final || !user?.missing) return null;
  const line = user.instruction.range.line;
  const name = user.missing.slice(user.missing.indexOf(' ') + 1);
  const [kind, file] = user.missing.startsWith('user') ? ['user', 'passwd'] : ['group', 'group'];
  const fix = kind === 'user' ? `Tạo user trước USER (RUN useradd --create-home ${name}), hoặc dùng UID số (USER 1000).` : `Tạo group trước USER (RUN groupadd ${name}), hoặc bỏ phần :${name}.`;
  return {
    line,
    why: `USER ${user.instruction.argsText.trim()} (dòng ${line}) nhưng image không có ${user.missing}: build xong nhưng docker run dừng ngay, trước khi chương trình chạy, với lỗi "unable to find ${user.missing}: no matching entries in ${file} file". ${fix}`,
  };
}

/** Rules whose findings Docker stops the build on (an ignore comment does not change that). */
const BUILD_ERRORS = new Set(['syntax-error', 'from-first', 'duplicate-stage-name', 'copy-from-unknown-stage', 'copy-from-self', 'expose-invalid']);

function refusedByDocker(analysis: Analysis): Stop[] {
  return [...analysis.findings, ...analysis.suppressed]
    .filter((finding) => BUILD_ERRORS.has(finding.rule))
    .map((finding) => ({ line: finding.line, why: `Docker không build được (dòng ${finding.line}): ${finding.message}` }));
}

/**
 * A failed item when a build of the Dockerfile would stop, or null. `files` are the build
 * context's paths (the exercise's files, Dockerfile and .dockerignore included); without them,
 * COPY sources are not judged. `texts` are the contents of its text files (requirements.txt),
 * by path: without them, the pins pip reads are not judged.
 */
export function buildItem(analysis: Analysis, files: readonly string[] | undefined, dockerignore?: string, texts?: Readonly<Record<string, string>>): GradeItem | null {
  const stages = builtStages(analysis.ast);
  const stops = [...refusedByDocker(analysis), ...(files ? misspeltSources(stages, files) : []), ...(dockerignore === undefined ? [] : ignoredSources(stages, dockerignore)), ...installsBeforeUpdate(analysis.ast, stages), ...missingTools(analysis.ast, stages), ...missingGit(analysis.ast, stages), ...unreadManifests(analysis.ast, stages), ...installsAsUser(analysis.ast, stages), ...mkdirsAsUser(analysis.ast, stages), ...pipWithoutHome(analysis.ast, stages), ...trailingComments(analysis.ast, stages), ...missingStageOutputs(analysis.ast, stages), ...misspeltStageSources(analysis.ast, stages), ...shadowToolsOnAlpine(analysis.ast, stages), ...refusedFlags(analysis.ast), ...sourceUnderDash(analysis.ast, stages), ...missingShells(analysis.ast, stages), ...mkdirsWithoutParent(analysis.ast, stages), ...chownsWithoutPath(analysis.ast, stages), ...unknownAccounts(analysis.ast, stages), ...blankBaseNames(analysis.ast, stages), ...unpullableBases(analysis.ast, stages), ...noSystemPip(analysis.ast, stages), ...aptPrompts(analysis, stages), ...(texts ? pinsNeedNewerPython(analysis.ast, stages, texts) : [])].sort((a, b) => a.line - b.line);
  if (stops.length === 0) return null;
  const lines = [...new Set(stops.map((stop) => stop.line))];
  return {
    id: BUILD_ITEM,
    label: 'Build chạy hết, không dừng giữa chừng',
    kind: 'requirement',
    status: 'fail',
    // Each stop told (the learner fixes them in one go), up to three.
    why: stops.slice(0, 3).map((stop) => stop.why).join(' ') + (stops.length > 3 ? ` (và ${stops.length - 3} chỗ khác, ${where(lines)})` : ''),
    lines,
  };
}
