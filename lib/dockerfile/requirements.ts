// Task requirements: named predicates with parameters over the analysis ("serves uvicorn on 8000",
// "ENTRYPOINT runs src/train.py"). A rubric names them by id; the logic stays here, so a shared link
// can only choose among them. Never text matching: every predicate reads the parsed Dockerfile.
import type { Analysis } from './analyze';
import { absolutePath, appModuleCheck, contextFileLanding, madeHome, MOVES_FILES, onBareBase, pythonVersionProblem, serverInstallProblem, serverPathProblem, serverWordIndex, userInstallProblem } from './app-module';
import { createdHome, FolderOwners, SWITCHES_USER, userOf } from './folder-owners';
import { bindMounts } from './layer-cache';
import { packageName, pipInstallWords } from './packages';
import { parseDockerignore } from './dockerignore';
import { baseImageOf, libraryName, setsWorkdir } from './images';
import {
  baseName,
  copyPaths,
  downloadsModel,
  flagValue,
  INITS,
  isContextCopy,
  isCopy,
  isManifest,
  isModelArtefact,
  joinedProgramProblem,
  lastPortOption,
  normalizePath,
  runWords,
  secretWrittenToImage,
  uvicornEnvPort,
  shippedInstructions,
  splitComment,
  stageNamed,
  trailingCommentWhy,
  unquote,
  where,
  withoutInit,
} from './facts';
import { commandsOf, envLineSetting, finalStageOf, instructionsWithParents, programName, PYTHON, shippedStages } from './query';
import type { RequirementRef } from './rubric';
import { SHELL_NAMES } from './parse/shell';
import { substitute } from './parse/variables';
import { effectiveCommand, serverOf, substituteVariables } from './servers';
import type { DockerfileAst, Instruction, ShellWord, Stage } from './types';

export type RequirementParams = NonNullable<RequirementRef['params']>;

export interface RequirementContext {
  analysis: Analysis;
  /** The `.dockerignore` given with the Dockerfile, when there is one. */
  dockerignore?: string;
  /** The contents of the context's text files by path (requirements.txt): the packages pip reads. */
  contextTexts?: Readonly<Record<string, string>>;
}

export interface RequirementResult {
  pass: boolean;
  /** Vietnamese reason. */
  why: string;
  lines: number[];
}

export interface RequirementDefinition {
  id: string;
  /** Vietnamese sentence for the grade panel, built from the parameters. */
  label(params: RequirementParams): string;
  evaluate(context: RequirementContext, params: RequirementParams): RequirementResult;
}

// ---------------------------------------------------------------- parameters

function text(params: RequirementParams, key: string, fallback = ''): string {
  const value = params[key];
  return typeof value === 'string' ? value : typeof value === 'number' ? String(value) : fallback;
}

function number(params: RequirementParams, key: string, fallback: number): number {
  const value = params[key];
  const n = typeof value === 'number' ? value : typeof value === 'string' ? Number(value) : NaN;
  return Number.isFinite(n) ? n : fallback;
}

function list(params: RequirementParams, key: string): string[] {
  const value = params[key];
  return Array.isArray(value) ? value.filter((v): v is string => typeof v === 'string') : typeof value === 'string' ? [value] : [];
}

function flag(params: RequirementParams, key: string): boolean {
  return params[key] === true || params[key] === 'true';
}

// ---------------------------------------------------------------- helpers

const lineOf = (i: Instruction) => i.range.line;
const ok = (why: string, lines: number[] = []): RequirementResult => ({ pass: true, why, lines });
const fail = (why: string, lines: number[] = []): RequirementResult => ({ pass: false, why, lines });

/**
 * Why the init program the command starts with (tini, dumb-init) plainly is not in the image, or
 * null: a bare base, and no shipped instruction but the command names it (an install, a COPY of it).
 */
function initProblem(ast: DockerfileAst, stage: Stage, words: readonly string[]): string | null {
  const init = baseName(words[0] ?? '');
  if (!INITS.has(init) || !onBareBase(ast, stage)) return null;
  const named = instructionsWithParents(ast, stage).some(
    (i) => i.keyword !== 'ENTRYPOINT' && i.keyword !== 'CMD' && (i.argsText.includes(init) || i.heredocs.some((h) => h.body.includes(init))),
  );
  return named
    ? null
    : `Lệnh chạy bắt đầu bằng ${words[0]} nhưng image gốc không có ${init} và Dockerfile không cài: container không khởi động được. Cài nó (apt-get install -y ${init}) hoặc bỏ nó và chạy docker run --init.`;
}

/**
 * `USER app # comment` in force when the container starts: Docker reads the whole rest of the line
 * as the user's name, no account has it, and the container does not start.
 */
function userCommentProblem(stage: Stage): { why: string; line: number } | null {
  const user = stage.user;
  if (!user || !/\s#/.test(user.value)) return null;
  const [name, comment] = splitComment(user.value);
  const line = lineOf(user.instruction);
  return {
    line,
    why: trailingCommentWhy('USER', line, `tên user là cả chuỗi "${user.value}" và container không khởi động được ("unable to find user ${user.value}")`, comment, `USER ${name}`),
  };
}

/**
 * `CMD ["python", "app.py"] # comment`: the comment breaks the JSON array, so Docker runs the whole
 * line through /bin/sh -c, and the shell finds no program named `[python,`.
 */
function execFormCommentProblem(instruction: Instruction | null): { why: string; line: number } | null {
  if (!instruction || instruction.json || !/^\s*\[.*\]\s+#/.test(instruction.argsText)) return null;
  const at = instruction.argsText.search(/\]\s+#/) + 1;
  const comment = instruction.argsText.slice(at).trim();
  const first = instruction.argsText.trim().split(/\s+/)[0]!.replace(/"/g, '');
  const line = lineOf(instruction);
  return {
    line,
    why: trailingCommentWhy(instruction.keyword, line, `"${comment}" làm hỏng mảng JSON và Docker chạy cả dòng qua /bin/sh -c: container dừng với lỗi "${first}: not found"`, comment, `${instruction.keyword} ${instruction.argsText.slice(0, at).trim()}`),
  };
}

/** `python` accepts `python3`, `python3.11`, `/usr/local/bin/python`. */
function sameProgram(actual: string, expected: string): boolean {
  const a = baseName(actual);
  if (a === expected) return true;
  return expected === 'python' && /^python\d+(\.\d+)?$/.test(a);
}

/** A word of the final stage with its `${VAR}`s replaced by the stage's ENV/ARG values, as Docker does for EXPOSE, VOLUME and WORKDIR. */
function resolved(word: string, stage: Stage): string {
  return substituteVariables(word, stage) ?? word;
}

/**
 * The ports the final stage EXPOSEs, as Docker records them: a variable is read from the values set
 * before the EXPOSE (one set only after it is empty there, and the word exposes nothing), `udp`
 * kept apart from TCP.
 */
function exposedPorts(ast: DockerfileAst): { port: number; udp: boolean; instruction: Instruction }[] {
  const result: { port: number; udp: boolean; instruction: Instruction }[] = [];
  const final = finalStageOf(ast);
  if (!final) return result;
  const chain = instructionsWithParents(ast, final);
  // Where each variable is first set, in one walk.
  const firstSet = new Map<string, number>();
  for (const [at, i] of chain.entries()) if (i.keyword === 'ENV' || i.keyword === 'ARG') for (const pair of i.pairs) if (!firstSet.has(pair.key)) firstSet.set(pair.key, at);
  for (const [at, instruction] of chain.entries()) {
    if (instruction.keyword !== 'EXPOSE') continue;
    for (const token of instruction.args) {
      const names = token.value.includes('$') ? substitute(token.value, () => undefined).names : [];
      if (names.some((key) => (firstSet.get(key) ?? -1) > at)) continue;
      const m = /^(\d+)(?:-(\d+))?(?:\/(tcp|udp))?$/i.exec(resolved(token.value, final));
      if (!m) continue;
      const from = Number(m[1]);
      const to = m[2] ? Number(m[2]) : from;
      const udp = m[3]?.toLowerCase() === 'udp';
      for (let port = from; port <= to && port - from < 1000; port++) result.push({ port, udp, instruction });
    }
  }
  return result;
}

function volumePaths(instruction: Instruction, stage: Stage): string[] {
  return (instruction.json ? instruction.json.values : instruction.args.map((t) => unquote(t.value))).map((path) => resolved(path, stage));
}

/**
 * The WORKDIR in force in `stage` before the instruction at index `before` (at its end when omitted):
 * what a relative path written there is relative to. `/` when no WORKDIR was set.
 */
export function workdirAt(ast: DockerfileAst, stage: Stage, before = Infinity): string {
  let dir = '/';
  for (const instruction of instructionsWithParents(ast, stage)) {
    if (instruction.index >= before) break;
    if (instruction.keyword === 'WORKDIR') dir = absolutePath(dir, resolved(unquote(instruction.argsText.trim()), stage));
  }
  return dir;
}

/** The WORKDIR in force before each instruction of `stage` (its parents' too), by index: workdirAt for all in one walk. */
function workdirsBefore(ast: DockerfileAst, stage: Stage): Map<number, string> {
  const dirs = new Map<number, string>();
  let dir = '/';
  for (const instruction of instructionsWithParents(ast, stage)) {
    dirs.set(instruction.index, dir);
    if (instruction.keyword === 'WORKDIR') dir = absolutePath(dir, resolved(unquote(instruction.argsText.trim()), stage));
  }
  return dirs;
}

/** `src/train.py`, `./src/train.py` and, under WORKDIR /app, `/app/src/train.py` name the same file. */
function samePath(actual: string, expected: string, workdir: string): boolean {
  return normalizePath(actual) === normalizePath(expected) || (actual.startsWith('/') && absolutePath(workdir, expected) === absolutePath('/', actual));
}

/** Whether a command's words run `script`: by its path, or as a module (`-m src.train` runs src/train.py). */
function runsScript(words: readonly string[], script: string, workdir: string): boolean {
  return words.some((word, k) => samePath(word, script, workdir) || (words[k - 1] === '-m' && samePath(`${word.replace(/\./g, '/')}.py`, script, workdir)));
}

/** `--epochs=100` is `--epochs 100` to argparse, click and typer alike: compared as two words. */
/**
 * Whether `values[k]` is the argument `arg`: the same word or path, or, for a script, `-m` and its
 * module (`["-m", "src.serve"]` runs src/serve.py from the WORKDIR). After `-m`, a path names no module.
 */
function givesArgument(values: readonly string[], k: number, arg: string, workdir: string): boolean {
  const value = values[k]!;
  if (value === '-m' && arg.endsWith('.py')) return samePath(`${(values[k + 1] ?? '').replace(/\./g, '/')}.py`, arg, workdir);
  return values[k - 1] !== '-m' && samePath(value, arg, workdir);
}

function splitOptionValues(values: readonly string[]): string[] {
  return values.flatMap((v) => {
    const eq = v.indexOf('=');
    return v.startsWith('--') && eq > 2 ? [v.slice(0, eq), v.slice(eq + 1)] : [v];
  });
}

/** Variables official images set in their own ENV. */
const BASE_IMAGE_ENV = /^(PATH|HOME|HOSTNAME|LANG|LC_\w+|TZ|GPG_KEY|PYTHON_\w+|NODE_VERSION|YARN_VERSION|DEBIAN_FRONTEND)$/;

/**
 * The value the image's ENV gives `name`, as Docker computes it: an ENV substitutes the values set
 * before it, not those of its own line (`ENV A=/x B=$A/y` gives B=/y), and a variable this file
 * sets only later is empty. Null when `name` is never set, or its value depends on what cannot be
 * read here: a build argument without a default, a variable only the base image may set.
 */
function envValue(ast: DockerfileAst, stage: Stage, name: string): { value: string; instruction: Instruction } | null {
  const chain = instructionsWithParents(ast, stage);
  const setHere = new Set(chain.flatMap((i) => (i.keyword === 'ENV' || i.keyword === 'ARG' ? i.pairs.map((pair) => pair.key) : [])));
  // A variable not set yet is empty, unless the base image may set it (PATH, LANG, PYTHON_VERSION…).
  const base = baseImageOf(ast, stage);
  const fromBase = (key: string) => !setHere.has(key) || base === null || libraryName(base) === null || BASE_IMAGE_ENV.test(key);
  // null: a value that cannot be read (a build argument).
  const values = new Map<string, string | null>();
  const read = (text: string, from: ReadonlyMap<string, string | null>): string | null => {
    const result = substitute(text, (key) => from.get(key) ?? undefined, { escapeChar: ast.escapeChar });
    return result.names.some((key) => from.get(key) === null || (!from.has(key) && fromBase(key))) ? null : result.value;
  };
  let found: { value: string | null; instruction: Instruction } | null = null;
  for (const instruction of chain) {
    if (instruction.keyword === 'ARG') {
      for (const pair of instruction.pairs) {
        const global = ast.globalArgs.find((arg) => arg.key === pair.key)?.value;
        values.set(pair.key, pair.value !== null ? read(pair.value, values) : global === undefined || global === null || global.includes('$') ? null : global);
      }
    } else if (instruction.keyword === 'ENV') {
      const before = new Map(values);
      for (const pair of instruction.pairs) {
        const value = read(pair.value ?? '', before);
        values.set(pair.key, value);
        if (pair.key === name) found = { value, instruction };
      }
    }
  }
  return found && found.value !== null ? { value: found.value, instruction: found.instruction } : null;
}

/** pip's options that install into a folder of their own instead of site-packages. */
const ASIDE_OPTIONS = /^(-t|--target|--prefix)(=(.*))?$/;

/**
 * Why packages every pip install of the stage put in a folder of its own (`--target /deps`,
 * `--prefix /install`) are out of reach: the server's script in <folder>/bin off PATH ("executable
 * file not found"), the modules off PYTHONPATH ("ModuleNotFoundError"). `server` is the program
 * started by name, null for a Python script or `python -m`. Null when that cannot be told: another
 * base, a plain install beside it, a COPY from another stage, a variable, /usr/local itself.
 */
function asideInstallProblem(ast: DockerfileAst, stage: Stage, server: string | null): string | null {
  if (!onBareBase(ast, stage)) return null;
  const folders: { dir: string; line: number; prefix: boolean }[] = [];
  for (const instruction of instructionsWithParents(ast, stage)) {
    if (isCopy(instruction) && flagValue(instruction, 'from') !== null) return null;
    if (instruction.keyword !== 'RUN') continue;
    for (const cmd of commandsOf(instruction)) {
      const words = pipInstallWords(cmd)?.map((word) => word.value);
      if (!words) continue;
      const at = words.findIndex((word) => ASIDE_OPTIONS.test(word));
      const value = at < 0 ? undefined : (ASIDE_OPTIONS.exec(words[at]!)![3] ?? words[at + 1]);
      if (value === undefined || !value.startsWith('/') || value.includes('$')) return null;
      const dir = absolutePath('/', value);
      if (dir === '/usr/local' || dir === '/usr') return null;
      folders.push({ dir, line: lineOf(instruction), prefix: words[at]!.startsWith('--prefix') });
    }
  }
  const first = folders[0];
  if (!first) return null;
  const install = `pip install ở dòng ${first.line} đặt thư viện vào ${first.dir}`;
  // With --prefix the modules sit in <prefix>/lib/pythonX.Y/site-packages: copying the prefix onto /usr/local is the usual way.
  const fix = first.prefix ? `Bỏ --prefix để cài vào site-packages, hoặc COPY --from thư mục đó vào /usr/local ở stage cuối.` : `Bỏ --target để cài vào site-packages, hoặc đặt ENV PATH=${first.dir}/bin:$PATH PYTHONPATH=${first.dir}.`;
  if (server !== null && !(stage.env.PATH ?? '').split(':').includes(`${first.dir}/bin`)) {
    return `${install} và ${server} vào ${first.dir}/bin, không nằm trong PATH: container dừng với lỗi "exec: \"${server}\": executable file not found in $PATH". ${fix}`;
  }
  const pythonPath = stage.env.PYTHONPATH;
  if (pythonPath !== undefined && pythonPath.includes('$')) return null;
  if ((pythonPath ?? '').split(':').some((entry) => entry !== '' && absolutePath('/', entry).startsWith(first.dir))) return null;
  return `${install}, không nằm trong sys.path của python (PYTHONPATH chưa có thư mục này): chương trình dừng với lỗi "ModuleNotFoundError". ${fix}`;
}

/**
 * Why `program` (python3.9, python2) is not in the official python image the stage runs on, which
 * has python, python3 and python<its version> only: "executable file not found". Null when it is
 * one of those, or the image's version is not in its tag.
 */
export function pythonBinaryProblem(ast: DockerfileAst, stage: Stage, program: string, effect = `container dừng với lỗi "exec: \"${program}\": executable file not found in $PATH"`): string | null {
  const wanted = /^python(\d)(?:\.(\d+))?$/.exec(baseName(program));
  const base = baseImageOf(ast, stage);
  const version = base && libraryName(base) === 'python' ? /^(\d)\.(\d+)/.exec(base.tag ?? '') : null;
  if (!wanted || !version || program.includes('/')) return null;
  if (wanted[1] === version[1] && (wanted[2] === undefined || wanted[2] === version[2])) return null;
  return `Image ${base!.raw} chỉ có python, python3 và python${version[1]}.${version[2]}, không có ${program}: ${effect}. Gọi python (hoặc python${version[1]}.${version[2]}).`;
}

/** Folders of the python image's PATH: python, pip and what pip installs as root are in /usr/local/bin, the system's tools in the others. */
const SYSTEM_BINS = ['/usr/local/sbin', '/usr/local/bin', '/usr/sbin', '/usr/bin', '/sbin', '/bin'];

/**
 * Why `program`, looked up in PATH when the container starts, is in none of its folders, or null:
 * an ENV PATH written out without `$PATH` that leaves out where the python image keeps it, and no
 * folder of it that the build fills (a venv, a user install, a COPY) which could hold it instead.
 * Judged on the official python image only.
 */
export function pathMissesProgram(ast: DockerfileAst, stage: Stage, program: string, effect = `container dừng với lỗi "exec: \"${program}\": executable file not found in $PATH"`): string | null {
  if (program === '' || /[/$]/.test(program)) return null;
  const base = baseImageOf(ast, stage);
  const path = base && libraryName(base) === 'python' ? envValue(ast, stage, 'PATH') : null;
  if (!path || path.value.includes('$')) return null;
  const entries = path.value.split(':').filter((entry) => entry !== '').map((entry) => absolutePath('/', entry));
  const ownFolders = PYTHON.test(program) || /^pip\d*(\.\d+)?$/.test(program) || PYTHON_SERVERS.has(program) ? ['/usr/local/bin'] : SYSTEM_BINS;
  if (entries.some((entry) => ownFolders.includes(entry))) return null;
  const chain = instructionsWithParents(ast, stage);
  // pip run by another user than root, or with --user, fills a ~/.local/bin.
  let user = 'root';
  let userInstall = false;
  for (const i of chain) {
    if (i.keyword === 'USER') user = userOf(i.argsText, stage) ?? '$';
    if (i.keyword === 'RUN' && commandsOf(i).some((cmd) => pipInstallWords(cmd)?.some((word) => word.value === '--user') || (pipInstallWords(cmd) !== null && user !== 'root'))) userInstall = true;
  }
  const filled = (entry: string) => {
    const parent = entry.slice(0, entry.lastIndexOf('/')) || '/';
    // A user install's bin, made here or copied in, holds the scripts of what pip put there, never an interpreter.
    if (entry.endsWith('/.local/bin') && PYTHON.test(program)) return false;
    if (entry.endsWith('/.local/bin') && userInstall) return true;
    return chain.some((i) => (i.keyword === 'RUN' || isCopy(i)) && [i.argsText, ...i.heredocs.map((h) => h.body)].some((text) => text.includes(parent)));
  };
  if (entries.some((entry) => !SYSTEM_BINS.includes(entry) && filled(entry))) return null;
  return `ENV PATH=${path.value} (dòng ${lineOf(path.instruction)}) thay cả PATH của image, nên không còn ${ownFolders[0]}, nơi image python đặt ${program}: ${effect}. Giữ PATH cũ: ENV PATH=${entries[0] ?? '/thư-mục'}:$PATH.`;
}

/** The image the final stage grows from: the external base at the root of its `FROM <stage>` chain. */
function rootStage(ast: DockerfileAst): Stage | undefined {
  const chain = shippedStages(ast);
  return chain[chain.length - 1];
}

function globMatch(pattern: string, value: string): boolean {
  const escaped = pattern.replace(/[.+?^${}()|[\]\\]/g, '\\$&').replace(/\*/g, '.*');
  return new RegExp(`^${escaped}$`).test(value);
}

function isRootUser(value: string): boolean {
  const user = value.split(':')[0]?.trim() ?? '';
  return user === 'root' || user === '0' || user === '';
}

// ---------------------------------------------------------------- listening address

/**
 * Servers that listen on 127.0.0.1 unless told otherwise: inside a container that address is the
 * container's own, so `docker run -p` reaches nothing. The options that set the address (a bind
 * address `host:port` for gunicorn and hypercorn) and the variable the server also reads it from.
 */
const LOOPBACK_BY_DEFAULT = new Map<string, { options: string[]; bind: boolean; env: string }>([
  ['uvicorn', { options: ['--host'], bind: false, env: 'UVICORN_HOST' }],
  ['flask', { options: ['--host', '-h'], bind: false, env: 'FLASK_RUN_HOST' }],
  ['gunicorn', { options: ['-b', '--bind'], bind: true, env: 'GUNICORN_CMD_ARGS' }],
  ['hypercorn', { options: ['-b', '--bind'], bind: true, env: '' }],
]);

/** Servers that are Python packages: none comes with a python or distro base image. */
const PYTHON_SERVERS = new Set(['uvicorn', 'gunicorn', 'hypercorn', 'flask', 'fastapi', 'streamlit', 'mlflow', 'waitress']);

const LOOPBACK = /^(localhost|127(\.\d+){3}|::1|\[::1\])$/i;


/** A server that listens on the loopback address only, and the ENV line whose variable says so (null: its default, or an option). */
interface Loopback {
  env: { key: string; value: string; line: number } | null;
}

/**
 * Whether `server` listens on the loopback address only: a Loopback when its host option, its
 * variable or its default says so, false when it says another address, null when that cannot be
 * told here (a variable without a value, a config file).
 */
function listensOnLoopback(ast: DockerfileAst, stage: Stage, server: string): Loopback | false | null {
  const known = LOOPBACK_BY_DEFAULT.get(server);
  if (!known) return false;
  const words = runWords(ast, stage);
  const at = serverWordIndex(words, server);
  if (at < 0) return null;
  const hosts: string[] = [];
  for (let k = at + 1; k < words.length; k++) {
    const [option, inline] = words[k]!.split(/=(.*)/s);
    if (option === '-c' || option === '--config') return null;
    if (!known.options.includes(option!)) continue;
    const value = inline ?? words[++k] ?? '';
    hosts.push(known.bind ? value.replace(/:\d*$/, '') : value);
  }
  if (hosts.length === 0) {
    // uvicorn and flask take the address from their variable when no option gives one (click); gunicorn's may hold anything.
    const fromEnv = known.env ? stage.env[known.env]?.trim() : undefined;
    if (fromEnv !== undefined) {
      if (known.bind || fromEnv === '' || fromEnv.includes('$')) return null;
      if (!LOOPBACK.test(fromEnv)) return false;
      const env = envLineSetting(ast, stage, known.env);
      return { env: env ? { key: known.env, value: fromEnv, line: lineOf(env) } : null };
    }
    // gunicorn binds 0.0.0.0:$PORT when PORT is set.
    if (server === 'gunicorn' && stage.env.PORT !== undefined) return false;
    return { env: null };
  }
  // uvicorn and flask keep the last --host given (click); gunicorn and hypercorn bind every one.
  const resolvedHosts = (known.bind ? hosts : hosts.slice(-1)).map((host) => substituteVariables(host, stage));
  if (resolvedHosts.includes(null)) return null;
  // gunicorn and hypercorn listen on every address they are given: one reachable is enough.
  return resolvedHosts.every((host) => host !== null && LOOPBACK.test(host)) && { env: null };
}

// ---------------------------------------------------------------- Python modules the image lacks

/**
 * A requirement line's package name, lower-cased with `_` as `-`, its extras kept as written in the
 * RUN's words (`uvicorn[standard]`): '' for none, null for an option, a path or a URL.
 */
function requirementName(line: string): string | null {
  const text = line.replace(/\s#.*$|^#.*$/, '').trim();
  if (text === '') return '';
  const name = /^([A-Za-z0-9][A-Za-z0-9._-]*(?:\[[^\]]*\])?)\s*(?:[=<>!~;]|$)/.exec(text)?.[1];
  return name === undefined ? null : name.toLowerCase().replace(/_/g, '-');
}

/**
 * Whether `stage`, on a python image, plainly has no Python module `module`: every pip install of
 * every stage names only packages of `without` (known not to bring it, their own dependencies
 * included), directly or in a context requirements file whose text is known (`texts`, by path), and
 * no other step names the module or installs another way. `needs` picks the instructions that name
 * the module to use it: they are not read for it.
 */
export function lacksModule(ast: DockerfileAst, stage: Stage, texts: Readonly<Record<string, string>>, module: string, without: ReadonlySet<string>, needs: (instruction: Instruction) => boolean): boolean {
  const base = baseImageOf(ast, stage);
  if (!base || libraryName(base) !== 'python' || stage.env.PYTHONPATH !== undefined) return false;
  for (const instruction of ast.instructions) {
    const text = [instruction.argsText, ...instruction.heredocs.map((heredoc) => heredoc.body)].join('\n');
    // ARG, ENV and LABEL only declare values: a RUN that installs the one they name (`pip install
    // $EXTRA`) is read below, and its word with a variable is no package of `without`.
    const declares = instruction.keyword === 'ARG' || instruction.keyword === 'ENV' || instruction.keyword === 'LABEL';
    if ((!declares && !needs(instruction) && text.includes(module)) || /\b(poetry|conda|mamba|micromamba|uv|pipenv|pdm|pipx|setup\.py|easy_install|site-packages|dist-packages)\b/.test(text)) return false;
    if (instruction.keyword === 'COPY' && instruction.flags.some((flag) => flag.name === 'from')) {
      // A COPY --from an image (not a stage of this file) may bring any package.
      const from = instruction.flags.find((flag) => flag.name === 'from')!.value ?? '';
      if (!ast.stages.some((s) => s.name?.toLowerCase() === from.toLowerCase() || String(s.index) === from)) return false;
    }
    if (instruction.keyword !== 'RUN') continue;
    for (const cmd of commandsOf(instruction)) {
      const args = pipInstallWords(cmd);
      if (args === null) continue;
      const files = requirementFiles(args);
      for (const file of files) {
        const found = Object.entries(texts).find(([path]) => baseName(path) === baseName(file));
        if (!found || found[1].split('\n').some((line) => { const name = requirementName(line); return name === null || (name !== '' && !without.has(name)); })) return false;
      }
      for (const [k, word] of args.entries()) {
        const value = word.value;
        if (value.startsWith('-') || /^(-r|--requirement|-c|--constraint|-e|--editable)$/.test(args[k - 1]?.value ?? '') || files.includes(value)) {
          if (/^(-e|--editable|-t|--target|--prefix|--root|-f|--find-links|-i|--index-url|--extra-index-url)(=|$)/.test(value)) return false;
          continue;
        }
        if (!without.has(packageName(value).toLowerCase().replace(/_/g, '-'))) return false;
      }
    }
  }
  return true;
}

/**
 * uvicorn's implementation choices that make it import, at start, a module a plain `pip install
 * uvicorn` lacks (the value names the module): the option, the variable click also reads it from
 * when the command gives no such option (auto_envvar_prefix="UVICORN"), and whether uvicorn[standard]
 * brings the module (wsproto it does not). `--ws auto` tries websockets, then wsproto, and goes on without.
 */
const UVICORN_IMPLEMENTATIONS: readonly { option: string; env: string; module: string; standard: boolean }[] = [
  { option: '--loop', env: 'UVICORN_LOOP', module: 'uvloop', standard: true },
  { option: '--http', env: 'UVICORN_HTTP', module: 'httptools', standard: true },
  { option: '--ws', env: 'UVICORN_WS', module: 'websockets', standard: true },
  { option: '--ws', env: 'UVICORN_WS', module: 'wsproto', standard: false },
];

/** Packages that bring none of the modules of UVICORN_IMPLEMENTATIONS, their own dependencies included; extras (`uvicorn[standard]`) are not. */
const WITHOUT_UVICORN_MODULES = new Set(
  'fastapi uvicorn starlette pydantic scikit-learn scipy numpy joblib pandas threadpoolctl flask gunicorn torch xgboost lightgbm python-multipart pip setuptools wheel click h11 anyio typing-extensions requests httpx'.split(' '),
);

/**
 * And wsproto: uvicorn[standard] too (its extras are uvloop, httptools, websockets, watchfiles,
 * python-dotenv, pyyaml and colorama, none of which needs wsproto), in a RUN or a requirements file.
 */
const WITHOUT_WSPROTO = new Set([...WITHOUT_UVICORN_MODULES, 'uvicorn[standard]']);

/**
 * Why uvicorn stops at start on `--loop uvloop`, `--http httptools`, `--ws websockets` or `--ws
 * wsproto`, given on its command line or by ENV UVICORN_LOOP / UVICORN_HTTP / UVICORN_WS (it imports
 * the module they name), and the ENV line when the choice comes from it; null when the image may have
 * the module (see lacksModule).
 */
function uvicornModuleProblem(ast: DockerfileAst, stage: Stage, words: readonly string[], texts: Readonly<Record<string, string>>): { why: string; lines: number[] } | null {
  const at = serverWordIndex(words, 'uvicorn');
  const chosen = new Map<string, string>();
  for (let k = at + 1; at >= 0 && k < words.length; k++) {
    if (/^(&&|\|\|?|;)$/.test(words[k]!)) break;
    const [option, inline] = words[k]!.split(/=(.*)/s);
    if (UVICORN_IMPLEMENTATIONS.some((implementation) => implementation.option === option)) chosen.set(option!, inline ?? words[k + 1] ?? '');
  }
  const { entrypoint, cmd } = effectiveCommand(ast, stage);
  // A command that installs before it starts uvicorn (`sh -c "pip install uvloop && uvicorn …"`) may bring it.
  if ([entrypoint, cmd].some((i) => i && /\b(pip3?|install)\b/.test(i.argsText))) return null;
  for (const { option, env, module, standard } of UVICORN_IMPLEMENTATIONS) {
    // The command line's option wins over the variable (click reads the variable only for an option not given).
    const fromEnv = !chosen.has(option);
    if ((fromEnv ? stage.env[env] : chosen.get(option)) !== module) continue;
    const setsEnv = (i: Instruction) => i.keyword === 'ENV' && i.pairs.some((pair) => pair.key === env);
    if (!lacksModule(ast, stage, texts, module, standard ? WITHOUT_UVICORN_MODULES : WITHOUT_WSPROTO, (i) => i === entrypoint || i === cmd || setsEnv(i))) continue;
    const envLine = fromEnv ? envLineSetting(ast, stage, env) : undefined;
    const chose = envLine
      ? `ENV ${env}=${module} (dòng ${lineOf(envLine)}) chọn ${option} ${module} cho uvicorn (lệnh chạy không có ${option} nên uvicorn đọc biến này)`
      : `uvicorn chạy với ${option} ${module}`;
    const drop = envLine ? `bỏ ${env} ở dòng ${lineOf(envLine)}` : `bỏ ${option} ${module}`;
    const fix = standard
      ? `Cài uvicorn[standard] (hoặc thêm ${module} vào requirements), hoặc ${drop}: uvicorn tự dùng ${module} khi có.`
      : `Thêm ${module} vào requirements, hoặc ${drop}: với ${option} auto (mặc định) uvicorn dùng thư viện có sẵn và không dừng khi thiếu.`;
    return {
      why: `${chose} nhưng image không có gói ${module}: uvicorn cài thường không kèm nó (${standard ? 'chỉ uvicorn[standard] mới có' : 'uvicorn[standard] cũng không có'}), và không gói nào mà Dockerfile cài (pip install, file requirements) mang nó theo, nên container dừng ngay với lỗi "ModuleNotFoundError: No module named '${module}'". ${fix}`,
      lines: envLine ? [lineOf(envLine)] : [],
    };
  }
  return null;
}

/** uvicorn's --log-level choices: a case-sensitive click.Choice of these names. */
const UVICORN_LOG_LEVELS = ['critical', 'error', 'warning', 'info', 'debug', 'trace'];

/** Why uvicorn refuses its --log-level (`INFO`: click compares case and all), or null. Without a shell, `$LOG_LEVEL` reaches it as written. */
function uvicornLogLevelProblem(words: readonly string[], stage: Stage, withoutShell: boolean): string | null {
  const at = serverWordIndex(words, 'uvicorn');
  for (let k = at + 1; at >= 0 && k < words.length; k++) {
    const [option, inline] = words[k]!.split(/=(.*)/s);
    if (option !== '--log-level') continue;
    const written = inline ?? words[k + 1] ?? '';
    if (withoutShell && written.includes('$')) {
      return `ENTRYPOINT/CMD dạng exec không chạy qua shell nên Docker không thay biến: uvicorn nhận nguyên chữ "${written}" làm --log-level và container dừng ngay với lỗi "Invalid value for '--log-level': '${written}' is not one of 'critical', 'error', 'warning', 'info', 'debug', 'trace'.". Ghi thẳng giá trị ("--log-level", "info"), hoặc để shell thay biến: ["sh", "-c", "exec uvicorn … --log-level ${written}"].`;
    }
    const value = substituteVariables(written, stage);
    if (value === null || value === '' || UVICORN_LOG_LEVELS.includes(value)) return null;
    return `uvicorn không nhận --log-level ${value}: các giá trị hợp lệ viết thường (${UVICORN_LOG_LEVELS.join(', ')}), nên container dừng ngay với lỗi "Invalid value for '--log-level': '${value}' is not one of …". Viết --log-level ${validLogLevel(value)}.`;
  }
  return null;
}

/** The level a learner meant: the value in lower case when uvicorn has it (`INFO`), else `info`. */
const validLogLevel = (value: string) => (UVICORN_LOG_LEVELS.includes(value.toLowerCase()) ? value.toLowerCase() : 'info');

/**
 * Why uvicorn refuses the level it reads from ENV UVICORN_LOG_LEVEL when its command has no
 * --log-level (click, auto_envvar_prefix="UVICORN", checks a variable's value against the same
 * choices), with the ENV line; null when the command sets the level or the value is one of them.
 */
function uvicornEnvLogLevelProblem(ast: DockerfileAst, stage: Stage, words: readonly string[]): { why: string; line: number } | null {
  const at = serverWordIndex(words, 'uvicorn');
  const value = stage.env.UVICORN_LOG_LEVEL;
  if (at < 0 || !value || value.includes('$') || UVICORN_LOG_LEVELS.includes(value)) return null;
  if (words.slice(at + 1).some((word) => word.split('=')[0] === '--log-level')) return null;
  const envLine = envLineSetting(ast, stage, 'UVICORN_LOG_LEVEL');
  if (!envLine) return null;
  const line = lineOf(envLine);
  return {
    line,
    why: `ENV UVICORN_LOG_LEVEL=${value} (dòng ${line}) đặt mức log cho uvicorn (lệnh chạy không có --log-level nên uvicorn đọc biến này), nhưng uvicorn chỉ nhận các giá trị viết thường (${UVICORN_LOG_LEVELS.join(', ')}): container dừng ngay với lỗi "Invalid value for '--log-level': '${value}' is not one of …". Viết UVICORN_LOG_LEVEL=${validLogLevel(value)}.`,
  };
}

/** uvicorn's options (click, long names only: uvicorn has no `-p` or `-h`), as of the releases the lessons pin and later. */
const UVICORN_OPTIONS = new Set(
  '--access-log --app-dir --backlog --date-header --env-file --factory --fd --forwarded-allow-ips --h11-max-incomplete-event-size --header --help --host --http --http2 --interface --lifespan --limit-concurrency --limit-max-requests --limit-max-requests-jitter --log-config --log-level --loop --no-access-log --no-date-header --no-proxy-headers --no-server-header --no-use-colors --port --proxy-headers --reload --reload-delay --reload-dir --reload-exclude --reload-include --reset-contextvars --root-path --server-header --ssl-ca-certs --ssl-cert-reqs --ssl-certfile --ssl-ciphers --ssl-keyfile --ssl-keyfile-password --ssl-version --timeout-graceful-shutdown --timeout-keep-alive --timeout-notify --timeout-worker-healthcheck --uds --use-colors --version --workers --ws --ws-max-queue --ws-max-size --ws-per-message-deflate --ws-ping-interval --ws-ping-timeout'.split(' '),
);

/** What a learner used to another server's short options meant. */
const UVICORN_SHORT = new Map([['-p', '--port'], ['-h', '--host'], ['-H', '--host'], ['-w', '--workers'], ['-b', '--host … --port'], ['-l', '--log-level'], ['-r', '--reload']]);

/** Why uvicorn refuses one of its options (`-p 8000`, `--worker 2`): click stops with "No such option" before the app loads; null when it takes them all. */
function uvicornUnknownOption(words: readonly string[]): string | null {
  const at = serverWordIndex(words, 'uvicorn');
  for (let k = at + 1; at >= 0 && k < words.length; k++) {
    const word = words[k]!;
    // The uvicorn command ends where the shell's next one starts.
    if (/^(&&|\|\|?|;)$/.test(word)) break;
    const option = word.split('=')[0]!;
    if (!/^-[a-zA-Z-]/.test(option) || option.includes('$') || UVICORN_OPTIONS.has(option)) continue;
    const meant = UVICORN_SHORT.get(option) ?? [...UVICORN_OPTIONS].find((known) => known.startsWith(option) || option.startsWith(known));
    return `uvicorn không có tùy chọn ${option} (uvicorn chỉ có tùy chọn dạng dài, như --host, --port, --workers): container dừng ngay với lỗi "Error: No such option: ${option}".${meant ? ` Viết ${meant}.` : ''}`;
  }
  return null;
}

/** Whether uvicorn gets its words as written: an exec-form ENTRYPOINT/CMD and no shell before it (`["sh", "-c", …]` expands them). */
function runsWithoutShell(ast: DockerfileAst, stage: Stage, words: readonly string[]): boolean {
  const { entrypoint, cmd } = effectiveCommand(ast, stage);
  const at = serverWordIndex(words, 'uvicorn');
  return Boolean((entrypoint ?? cmd)?.json) && at >= 0 && !words.slice(0, at).some((word) => SHELL_NAMES.has(baseName(word)));
}

/**
 * Why uvicorn gets a variable's name where it needs a value (its app, --host, --port, --workers),
 * or null: an exec-form ENTRYPOINT/CMD runs no shell, so Docker passes `$PORT` as written.
 */
function execFormVariableProblem(ast: DockerfileAst, stage: Stage, words: readonly string[], port: number): { why: string; line: number } | null {
  const { entrypoint, cmd } = effectiveCommand(ast, stage);
  if (!runsWithoutShell(ast, stage, words)) return null;
  const at = serverWordIndex(words, 'uvicorn');
  for (let k = at + 1; k < words.length; k++) {
    const [option, inline] = words[k]!.split(/=(.*)/s);
    const value = k === at + 1 && !option!.startsWith('-') ? words[k]! : UVICORN_VALUE_OPTIONS.has(option!) ? (inline ?? words[k + 1] ?? '') : '';
    if (!value.includes('$')) continue;
    const holder = [entrypoint, cmd].find((instruction) => instruction?.json?.values.some((word) => word.includes(value))) ?? entrypoint ?? cmd!;
    const line = lineOf(holder);
    const role = value === words[k] && !option!.startsWith('-') ? 'app' : option!;
    const [what, error, fixed] =
      role === 'app'
        ? ['ứng dụng cần nạp', value.includes(':') ? `Could not import module "${value.split(':')[0]}"` : `Import string "${value}" must be in format "<module>:<attribute>"`, `"src.api:app"`]
        : role === '--host'
          ? ['địa chỉ để lắng nghe', '[Errno -2] Name or service not known', `"--host", "0.0.0.0"`]
          : [role === '--port' ? 'cổng' : role, `Invalid value for '${role}': '${value}' is not a valid integer.`, role === '--port' ? `"--port", "${port}"` : `"${role}", "2"`];
    // With uvicorn in the ENTRYPOINT, a shell in the CMD would only be more arguments: a fixed value is the fix.
    const viaShell = holder.json!.values.some((word) => serverWordIndex([word], 'uvicorn') === 0)
      ? `, hoặc để shell thay biến: ${holder.keyword} ["sh", "-c", "exec uvicorn … ${role === 'app' ? '' : `${role} `}${value}"] (exec để uvicorn vẫn nhận SIGTERM)`
      : '';
    return {
      line,
      why: `${holder.keyword} dạng exec (dòng ${line}) không chạy qua shell nên Docker không thay biến: uvicorn nhận nguyên chữ "${value}" làm ${what} và container dừng ngay với lỗi "${error}". Ghi ${role === 'app' ? 'thẳng tên ứng dụng' : role === '--port' ? 'cổng cố định' : 'thẳng giá trị'} (${fixed})${viaShell}.`,
    };
  }
  return null;
}

/** uvicorn's options whose value, left as `$NAME`, stops it: click reads an integer, or the socket needs an address. */
const UVICORN_VALUE_OPTIONS = new Set(['--host', '--port', '--workers']);

/** uvicorn's worker classes for gunicorn: `uvicorn.workers.UvicornWorker` and the `uvicorn-worker` package's. */
const UVICORN_WORKER = /^uvicorn(_worker)?\.(workers\.)?Uvicorn\w*Worker$/;

/**
 * `gunicorn -k uvicorn.workers.UvicornWorker …`: the app is served by uvicorn workers that gunicorn
 * only starts and watches, a common production set-up (also through GUNICORN_CMD_ARGS).
 */
function runsUvicornWorkers(ast: DockerfileAst, stage: Stage): boolean {
  const words = runWords(ast, stage);
  const at = serverWordIndex(words, 'gunicorn');
  if (at < 0) return false;
  for (let k = at + 1; k < words.length; k++) {
    const [option, inline] = words[k]!.split(/=(.*)/s);
    if ((option === '-k' || option === '--worker-class') && UVICORN_WORKER.test(inline ?? words[k + 1] ?? '')) return true;
  }
  return (stage.env.GUNICORN_CMD_ARGS ?? '').split(/[\s=]+/).some((word) => UVICORN_WORKER.test(unquote(word)));
}

// ---------------------------------------------------------------- the registry

const serves: RequirementDefinition = {
  id: 'serves',
  label: (p) =>
    `Image cuối chạy ${text(p, 'server', 'server')} trên cổng ${text(p, 'port', '?')}${LOOPBACK_BY_DEFAULT.has(text(p, 'server')) ? ' ở địa chỉ 0.0.0.0' : ''} và EXPOSE cổng đó`,
  evaluate({ analysis: { ast }, contextTexts }, p) {
    const wanted = text(p, 'server');
    const port = number(p, 'port', NaN);
    const final = finalStageOf(ast);
    const joined = final ? joinedProgramProblem(ast, final) : null;
    if (joined) return fail(joined.why, [joined.line]);
    const commented = final ? userCommentProblem(final) : null;
    if (commented) return fail(commented.why, [commented.line]);
    const { entrypoint: fixed, cmd: defaults } = final ? effectiveCommand(ast, final) : { entrypoint: null, cmd: null };
    // Docker appends a shell-form CMD to an exec-form ENTRYPOINT as ["/bin/sh", "-c", "…"]: the server gets /bin/sh as its first argument.
    if (fixed?.json && defaults && !defaults.json && !execFormCommentProblem(defaults) && fixed.json.values.some((word) => serverWordIndex([word], wanted) === 0)) {
      const words = commandsOf(defaults).flatMap((c) => [c.name, ...c.args.map((w) => w.value)]);
      return fail(
        `ENTRYPOINT dạng exec (dòng ${lineOf(fixed)}) nhận CMD dạng shell (dòng ${lineOf(defaults)}) thành ["/bin/sh", "-c", "${defaults.argsText.trim()}"]: ${wanted} nhận /bin/sh làm tham số đầu và container dừng ngay. Viết CMD dạng exec: CMD ${JSON.stringify(words).replace(/","/g, '", "')}.`,
        [lineOf(defaults), lineOf(fixed)],
      );
    }
    const server = serverOf(ast);
    if (!server) {
      const { entrypoint, cmd } = final ? effectiveCommand(ast, final) : { entrypoint: null, cmd: null };
      const broken = execFormCommentProblem(entrypoint) ?? execFormCommentProblem(cmd);
      return broken ? fail(broken.why, [broken.line]) : fail(`ENTRYPOINT/CMD của image cuối không khởi động ${wanted}.`);
    }
    const line = server.instruction.range.line;
    const stage = finalStageOf(ast)!;
    const viaWorkers = wanted === 'uvicorn' && server.name === 'gunicorn' && runsUvicornWorkers(ast, stage);
    if (server.name === 'fastapi' && wanted === 'uvicorn') {
      // `fastapi run` starts uvicorn itself, but only with fastapi-cli (fastapi[standard]) installed.
      return fail('fastapi run khởi động uvicorn bên dưới, nhưng cần gói fastapi[standard] và bài này yêu cầu chạy uvicorn trực tiếp: CMD ["uvicorn", "src.api:app", "--host", "0.0.0.0", "--port", "…"].', [line]);
    }
    if (server.name !== wanted && !viaWorkers) return fail(`Image cuối chạy ${server.name}, không phải ${wanted}.`, [line]);
    // Worker processes listen where gunicorn binds: its port, its address options.
    const shown = viaWorkers ? 'gunicorn (worker uvicorn)' : wanted;
    const words = runWords(ast, stage);
    const notInstalled = PYTHON_SERVERS.has(server.name)
      ? (serverInstallProblem(ast, stage, server.name) ??
        serverPathProblem(ast, stage, words, server.name) ??
        userInstallProblem(ast, stage, server.name) ??
        asideInstallProblem(ast, stage, words[serverWordIndex(words, server.name) - 1] === '-m' ? null : server.name) ??
        pythonVersionProblem(ast, stage))
      : null;
    if (notInstalled) return fail(notInstalled, [line]);
    const offPath = pathMissesProgram(ast, stage, words[0] ?? '') ?? pathMissesProgram(ast, stage, words[serverWordIndex(words, server.name)] ?? '') ?? pythonBinaryProblem(ast, stage, words[0] ?? '');
    if (offPath) return fail(offPath, [line]);
    const noInit = initProblem(ast, stage, words);
    if (noInit) return fail(noInit, [line]);
    const badOption = server.name === 'uvicorn' ? (uvicornUnknownOption(words) ?? uvicornLogLevelProblem(words, stage, runsWithoutShell(ast, stage, words))) : null;
    if (badOption) return fail(badOption, [line]);
    const badEnvLevel = server.name === 'uvicorn' ? uvicornEnvLogLevelProblem(ast, stage, words) : null;
    if (badEnvLevel) return fail(badEnvLevel.why, [line, badEnvLevel.line]);
    const noModule = server.name === 'uvicorn' ? uvicornModuleProblem(ast, stage, words, contextTexts ?? {}) : null;
    if (noModule) return fail(noModule.why, [line, ...noModule.lines]);
    const literal = server.name === 'uvicorn' ? execFormVariableProblem(ast, stage, words, port) : null;
    if (literal) return fail(literal.why, [literal.line]);
    const fromEnv = uvicornEnvPort(ast, stage, server);
    const listening = lastPortOption(words, stage, server.name) ?? (fromEnv ? fromEnv.port : server.port);
    if (listening !== port && fromEnv) {
      const said = fromEnv.port === null ? `lấy cổng từ ENV UVICORN_PORT (dòng ${fromEnv.line}), mà giá trị đó không phải một số` : `lắng nghe cổng ${fromEnv.port} theo ENV UVICORN_PORT (dòng ${fromEnv.line})`;
      return fail(
        `Lệnh chạy ${shown} không có --port nên uvicorn ${said}, không phải cổng ${port}. Đặt UVICORN_PORT=${port}, hoặc thêm --port ${port} vào lệnh (--port được ưu tiên hơn biến).`,
        [line, fromEnv.line],
      );
    }
    if (listening !== port) {
      const needed = viaWorkers ? `--bind 0.0.0.0:${port}` : `--port ${port}`;
      return fail(listening === null ? `Không xác định được cổng ${shown} lắng nghe (cần ${needed}).` : `${shown} lắng nghe cổng ${listening}, không phải ${port}.`, [line]);
    }
    const loopback = listensOnLoopback(ast, stage, server.name);
    if (loopback) {
      const option = LOOPBACK_BY_DEFAULT.get(server.name)!.bind ? `--bind 0.0.0.0:${port}` : '--host 0.0.0.0';
      const { env } = loopback;
      if (env) {
        return fail(
          `Lệnh chạy ${shown} không có --host nên ${server.name} lấy địa chỉ từ ENV ${env.key}=${env.value} (dòng ${env.line}) và chỉ nghe ${env.value} (địa chỉ của riêng container): docker run -p không gửi request tới được. Đặt ${env.key}=0.0.0.0 ở dòng ${env.line}, hoặc thêm ${option} vào lệnh (--host được ưu tiên hơn biến).`,
          [line, env.line],
        );
      }
      return fail(`${shown} chỉ nghe 127.0.0.1 (địa chỉ của riêng container): docker run -p không gửi request tới được. Thêm ${option}.`, [line]);
    }
    const ports = exposedPorts(ast).filter((e) => e.port === port);
    const exposed = ports.find((e) => !e.udp);
    if (!exposed && ports[0]) return fail(`EXPOSE ${port}/udp (dòng ${lineOf(ports[0].instruction)}) chỉ mở cổng UDP, còn ${shown} nhận HTTP qua TCP: dùng EXPOSE ${port} (TCP là mặc định).`, [line, lineOf(ports[0].instruction)]);
    if (!exposed) return fail(`${shown} chạy trên cổng ${port} nhưng không có EXPOSE ${port}.`, [line]);
    // The app file of the exercise (`app: 'src/api.py'`) must be where the server imports it from.
    const app = text(p, 'app');
    const imported = app === '' ? null : appModuleCheck(ast, stage, words, server.name, app);
    if (imported && !imported.pass) return fail(imported.why, imported.lines);
    return ok(`${shown} chạy trên cổng ${port} (dòng ${line}) và EXPOSE ${port} (dòng ${exposed.instruction.range.line}).`, [line, exposed.instruction.range.line]);
  },
};

const entrypointRuns: RequirementDefinition = {
  id: 'entrypoint-runs',
  label: (p) =>
    text(p, 'script')
      ? `ENTRYPOINT dạng exec chạy ${text(p, 'program')} ${text(p, 'script')}`
      : flag(p, 'alone')
        ? `ENTRYPOINT dạng exec chỉ là ${text(p, 'program')}: CMD chọn việc cần chạy`
        : `ENTRYPOINT dạng exec chạy ${text(p, 'program')}`,
  evaluate({ analysis: { ast } }, p) {
    const stage = finalStageOf(ast);
    const { entrypoint } = stage ? effectiveCommand(ast, stage) : { entrypoint: null };
    const program = text(p, 'program');
    const script = text(p, 'script');
    if (!entrypoint) return fail('Image cuối không có ENTRYPOINT.');
    const line = lineOf(entrypoint);
    const brokenEntrypoint = execFormCommentProblem(entrypoint);
    if (brokenEntrypoint) return fail(brokenEntrypoint.why, [line]);
    if (!entrypoint.json) return fail('ENTRYPOINT ở dạng shell: tham số của docker run (và CMD) bị bỏ qua, tín hiệu không tới được ứng dụng. Dùng dạng exec ["…", "…"].', [line]);
    const joined = stage ? joinedProgramProblem(ast, stage) : null;
    if (joined) return fail(joined.why, [joined.line]);
    const [first, ...rest] = withoutInit(entrypoint.json.values);
    if (!sameProgram(first ?? '', program)) return fail(`ENTRYPOINT chạy ${first ?? entrypoint.json.values[0] ?? '(trống)'}, không phải ${program}.`, [line]);
    const noInit = stage ? initProblem(ast, stage, entrypoint.json.values) : null;
    if (noInit) return fail(noInit, [line]);
    const offPath = stage ? (pathMissesProgram(ast, stage, entrypoint.json.values[0] ?? '') ?? pathMissesProgram(ast, stage, first ?? '') ?? pythonBinaryProblem(ast, stage, first ?? '')) : null;
    if (offPath) return fail(offPath, [line]);
    const commented = stage ? userCommentProblem(stage) : null;
    if (commented) return fail(commented.why, [commented.line]);
    // A Python program needs the packages installed for it, where its user can read them.
    const unreachable = stage ? (userInstallProblem(ast, stage, null) ?? asideInstallProblem(ast, stage, null) ?? pythonVersionProblem(ast, stage)) : null;
    if (unreachable) return fail(unreachable, [line]);
    const positionalsAfter = rest.filter((v) => !v.startsWith('-'));
    const workdir = stage ? workdirAt(ast, stage) : '/';
    // By its path from the WORKDIR, as a module, or by the path a COPY put it at.
    const copiedTo = stage && script ? contextFileLanding(ast, stage, script).paths : [];
    if (script && !runsScript(rest, script, workdir) && !rest.some((word) => word.endsWith('.py') && copiedTo.includes(absolutePath(workdir, word)))) {
      // `python train.py` for src/train.py: the file is not where python looks, and python says so.
      const ran = rest.find((word) => word.endsWith('.py'));
      const notThere = stage && ran !== undefined && baseName(ran) === baseName(script) ? scriptNotThere(ast, stage, rest, script, workdir) : null;
      if (notThere) return fail(notThere, [line]);
      return fail(ran === undefined ? `ENTRYPOINT không chạy ${script}.` : `ENTRYPOINT chạy ${ran}, không phải ${script}.`, [line]);
    }
    const missing = stage && script ? scriptNotThere(ast, stage, rest, script, workdir) : null;
    if (missing) return fail(missing, [line]);
    const unread = stage ? unreadInput(ast, stage, workdir, p) : null;
    if (unread) return fail(unread, [line]);
    if (!script && flag(p, 'alone') && positionalsAfter.length > 0) {
      return fail(`ENTRYPOINT đã cố định ${positionalsAfter.join(' ')}: để CMD chọn script thì ENTRYPOINT chỉ nên là ${program}.`, [line]);
    }
    return ok(`ENTRYPOINT ${JSON.stringify(entrypoint.json.values)} (dòng ${line}).`, [line]);
  },
};

/**
 * CMD written as a whole command line after an ENTRYPOINT that already names the program: Docker
 * appends the CMD, so `ENTRYPOINT ["python"]` + `CMD ["python", "src/serve.py"]` runs
 * `python python src/serve.py`, and python looks for a script named `python`. Why, or null.
 */
function programRepeated(entrypoint: readonly string[], cmd: readonly string[], workdir: string): string | null {
  const program = entrypoint[0];
  const first = cmd[0];
  if (program === undefined || first === undefined || !sameProgram(first, baseName(program).replace(/\d+(\.\d+)?$/, ''))) return null;
  const runs = [...entrypoint, ...cmd].join(' ');
  const repeated = cmd.slice(0, entrypoint.length > 1 && cmd[1] === entrypoint[1] ? 2 : 1);
  const fixed = `[${cmd.slice(repeated.length).map((value) => JSON.stringify(value)).join(', ')}]`;
  const outcome =
    entrypoint.length === 1 && /^python/.test(baseName(program))
      ? `python tìm một script tên "${first}" và dừng với lỗi "can't open file '${workdir === '/' ? '' : workdir}/${first}': [Errno 2] No such file or directory"`
      : /^python/.test(baseName(program))
        ? `${entrypoint.join(' ')} nhận thêm "${repeated.join(' ')}" làm tham số (argparse dừng với lỗi "unrecognized arguments: ${repeated.join(' ')}")`
        : `${program} nhận thêm "${repeated.join(' ')}" làm tham số mà nó không hiểu, và dừng`;
  return `ENTRYPOINT đã chạy ${entrypoint.join(' ')} và Docker nối CMD vào sau nó: container chạy "${runs}", ${outcome}. CMD chỉ giữ phần tham số: CMD ${fixed}.`;
}

const cmdDefaultArgs: RequirementDefinition = {
  id: 'cmd-default-args',
  label: (p) => {
    const args = list(p, 'args');
    return args.length > 0 ? `CMD dạng exec cho tham số mặc định ${JSON.stringify(args)} sau ENTRYPOINT` : 'CMD dạng exec cho tham số mặc định sau ENTRYPOINT';
  },
  evaluate({ analysis: { ast } }, p) {
    const stage = finalStageOf(ast);
    const { entrypoint, cmd } = stage ? effectiveCommand(ast, stage) : { entrypoint: null, cmd: null };
    if (!entrypoint?.json) return fail('Cần ENTRYPOINT dạng exec để CMD trở thành tham số mặc định của nó.', entrypoint ? [lineOf(entrypoint)] : []);
    if (!cmd) return fail('Không có CMD: chạy image mà không truyền tham số thì không có giá trị mặc định.', [lineOf(entrypoint)]);
    const line = lineOf(cmd);
    const brokenCmd = execFormCommentProblem(cmd);
    if (brokenCmd) return fail(brokenCmd.why, [line]);
    if (!cmd.json) return fail('CMD ở dạng shell: nó chạy qua /bin/sh -c chứ không được nối vào sau ENTRYPOINT. Dùng dạng exec.', [line]);
    if (cmd.json.values.length === 0) return fail('CMD rỗng.', [line]);
    const repeated = programRepeated(entrypoint.json.values, cmd.json.values, workdirAt(ast, stage!));
    if (repeated) return fail(repeated, [line, lineOf(entrypoint)]);
    const values = splitOptionValues(cmd.json.values);
    const args = list(p, 'args');
    const workdir = workdirAt(ast, stage!);
    let from = 0;
    for (const arg of splitOptionValues(args)) {
      const at = values.findIndex((_, k) => k >= from && givesArgument(values, k, arg, workdir));
      if (at < 0) {
        // `["--model random_forest"]` is one argument with a blank inside: argparse does not know it.
        const joined = cmd.json.values.find((value) => /\s/.test(value.trim()) && value.trim().split(/\s+/).includes(arg));
        if (joined !== undefined) {
          const parts = joined.trim().split(/\s+/).map((part) => JSON.stringify(part)).join(', ');
          return fail(`CMD có "${joined}" là một tham số duy nhất (dấu cách nằm trong chuỗi) nên chương trình không nhận ra nó. Mỗi từ một chuỗi: ${parts}.`, [line]);
        }
        return fail(`CMD thiếu tham số mặc định "${arg}" (mong đợi ${JSON.stringify(args)}).`, [line]);
      }
      from = at + (values[at] === '-m' ? 2 : 1);
    }
    // A default script must be in the image where the CMD names it, or python stops at once.
    for (const script of args.filter((arg) => arg.endsWith('.py'))) {
      const missing = scriptNotThere(ast, stage!, cmd.json.values, script, workdir, 'CMD');
      if (missing) return fail(missing, [line]);
    }
    return ok(`CMD ${JSON.stringify(cmd.json.values)} là tham số mặc định của ENTRYPOINT (dòng ${line}).`, [line, lineOf(entrypoint)]);
  },
};

const stageCount: RequirementDefinition = {
  id: 'stage-count',
  label: (p) => `Có ít nhất ${number(p, 'min', 2)} stage`,
  evaluate({ analysis: { ast } }, p) {
    const min = number(p, 'min', 2);
    const lines = ast.stages.map((s) => s.from.range.line);
    if (ast.stages.length >= min) return ok(`Có ${ast.stages.length} stage (${where(lines)}).`, lines);
    return fail(`Có ${ast.stages.length} stage, cần ít nhất ${min}.`, lines);
  },
};

/**
 * With `loadedFrom` (and `env`), the file the app loads at start, from the variable when the image
 * sets it: why the copied file lands elsewhere, or null (also when that cannot be told: a variable
 * without a value, a destination that may be a folder or a file, a RUN that may move files).
 */
function loadedElsewhere(ast: DockerfileAst, final: Stage, copies: readonly Instruction[], p: RequirementParams): { why: string; lines: number[] } | null {
  const loadedFrom = text(p, 'loadedFrom');
  if (loadedFrom === '') return null;
  const env = text(p, 'env');
  const set = env === '' ? undefined : final.env[env];
  // The value as Docker substitutes it (`ENV DIR=/app MODEL_PATH=$DIR/m.pkl` gives /m.pkl); null when it cannot be read.
  const actual = set === undefined ? null : envValue(ast, final, env);
  const expected = set === undefined ? loadedFrom : (actual?.value ?? null);
  if (expected === null || expected.includes('$')) return null;
  const written = actual?.instruction.pairs.findLast((pair) => pair.key === env)?.value ?? set;
  const chain = instructionsWithParents(ast, final);
  if (chain.some((i) => i.keyword === 'RUN' && commandsOf(i).some((cmd) => MOVES_FILES.has(programName(cmd))))) return null;
  const name = baseName(loadedFrom);
  for (const copy of copies) {
    const { sources, destination } = copyPaths(copy);
    if (!sources.some((source) => baseName(source) === name) || destination.includes('$')) continue;
    const dest = absolutePath(workdirAt(ast, final, copy.index), destination);
    const intoFolder = /(^\.|\/)$/.test(destination) || sources.length > 1;
    // `COPY --from=b /build/model.pkl /app/models`: a file named models, or into that folder if it exists.
    const asFile = !intoFolder && baseName(dest) !== name;
    if (asFile && mayBeFolder(ast, final, chain, copy, dest)) return null;
    const landed = intoFolder ? absolutePath(dest, name) : dest;
    if (landed === absolutePath('/', expected)) return null;
    if (asFile && expected.startsWith(`${dest}/`)) {
      return {
        why: `COPY ở dòng ${lineOf(copy)} có đích ${destination} không có dấu / ở cuối và chưa có thư mục ${dest}, nên Docker ghi ${name} thành một file tên ${dest}; ứng dụng nạp ${expected} bên trong nó và container dừng ngay khi khởi động với lỗi "NotADirectoryError: [Errno 20] Not a directory: '${expected}'". Thêm dấu / ở cuối đích: COPY --from=${flagValue(copy, 'from')} ${sources.join(' ')} ${destination}/.`,
        lines: [lineOf(copy)],
      };
    }
    const source =
      set === undefined
        ? `${text(p, 'app', 'ứng dụng')} nạp nó từ ${expected} (giá trị mặc định khi không đặt ENV ${env})`
        : written === expected
          ? `ENV ${env}=${written} bảo ứng dụng nạp nó từ ${expected}`
          : `ENV ${env}=${written} (dòng ${lineOf(actual!.instruction)}) cho ${env}=${expected}, vì ENV thay biến bằng giá trị đặt ở những dòng trước nó, không phải cùng dòng hay dòng sau, nên ứng dụng nạp nó từ ${expected}`;
    return {
      why: `COPY ở dòng ${lineOf(copy)} đặt ${name} tại ${landed}, nhưng ${source}: container dừng ngay khi khởi động với lỗi "FileNotFoundError". COPY vào ${expected.slice(0, expected.lastIndexOf('/'))}/, hoặc đặt ENV ${env}=${landed}.`,
      lines: [lineOf(copy)],
    };
  }
  return null;
}

/**
 * Whether `dest` may be a folder when `copy` runs: the base image is not an official one (it may have
 * anything), or an instruction before it makes or names it (a WORKDIR or COPY there or under it, a
 * RUN or VOLUME naming it, anything read from a variable).
 */
function mayBeFolder(ast: DockerfileAst, stage: Stage, chain: readonly Instruction[], copy: Instruction, dest: string): boolean {
  const base = baseImageOf(ast, stage);
  if (!base || libraryName(base) === null || setsWorkdir(base)) return true;
  const name = baseName(dest);
  const under = (path: string) => path === dest || path.startsWith(`${dest}/`);
  for (const instruction of chain) {
    if (instruction === copy) return false;
    const at = ast.stages[instruction.stageIndex] ?? stage;
    if (instruction.keyword === 'WORKDIR' && under(workdirAt(ast, at, instruction.index + 1))) return true;
    if (isCopy(instruction)) {
      const { destination } = copyPaths(instruction);
      if (destination.includes('$') || under(absolutePath(workdirAt(ast, at, instruction.index), destination))) return true;
    }
    if ((instruction.keyword === 'RUN' || instruction.keyword === 'VOLUME') && (instruction.argsText.includes(name) || instruction.argsText.includes('$') || instruction.heredocs.length > 0)) return true;
  }
  return true;
}

/**
 * Why `python <path>` or `python -m <module>` among `words` finds no `script` (a context file) from
 * `workdir`, or null (also when the COPYs cannot be followed, or PYTHONPATH may hold the module).
 */
function scriptNotThere(ast: DockerfileAst, stage: Stage, words: readonly string[], script: string, workdir: string, by: 'ENTRYPOINT' | 'CMD' = 'ENTRYPOINT'): string | null {
  const { paths, uncertain } = contextFileLanding(ast, stage, script);
  if (uncertain) return null;
  const moduleFlag = words.findIndex((word) => word === '-m');
  if (moduleFlag >= 0 && stage.env.PYTHONPATH !== undefined) return null;
  const word = moduleFlag >= 0 ? words[moduleFlag + 1] : words.find((w) => w.endsWith('.py'));
  if (word === undefined || word.includes('$')) return null;
  const wanted = moduleFlag >= 0 ? absolutePath(workdir, `${word.replace(/\./g, '/')}.py`) : absolutePath(workdir, word);
  if (paths.includes(wanted)) return null;
  const error = moduleFlag >= 0 ? `No module named ${word}` : `can't open file '${wanted}': [Errno 2] No such file or directory`;
  const where = paths.length === 0 ? `${script} không được COPY vào image` : `${script} nằm ở ${paths[0]}`;
  return `${where}, nhưng ${by} chạy ${wanted} (từ thư mục làm việc ${workdir}): python dừng ngay với lỗi "${error}". COPY ${script.slice(0, script.lastIndexOf('/') + 1) || script} vào ${absolutePath(workdir, script.slice(0, script.lastIndexOf('/') + 1) || '.')}${script.includes('/') ? '/' : ''}, hoặc sửa đường dẫn trong ${by}.`;
}

/**
 * With `reads` (context files the script opens relative to its working folder, `data/train.csv`):
 * why the first one is not there when the script runs in `cwd` of `stage`, or null (also when that
 * cannot be told). Its COPYs are followed whole: one after the RUN is not told apart.
 */
function unreadInput(ast: DockerfileAst, stage: Stage, cwd: string, p: RequirementParams, landing = (file: string) => contextFileLanding(ast, stage, file)): string | null {
  const script = text(p, 'script');
  for (const file of list(p, 'reads')) {
    const { paths, uncertain } = landing(file);
    const wanted = absolutePath(cwd, file);
    if (uncertain || paths.includes(wanted)) continue;
    const where = paths.length === 0 ? `${file} không được COPY vào image` : `${file} nằm ở ${paths[0]}`;
    return `${where}, nhưng ${baseName(script)} đọc ${file} từ thư mục làm việc (${cwd}), tức ${wanted}: chương trình dừng với lỗi "FileNotFoundError". COPY ${file.slice(0, file.indexOf('/') + 1) || file} vào ${absolutePath(cwd, file.slice(0, file.indexOf('/') + 1) || '.')}${file.includes('/') ? '/' : ''}.`;
  }
  return null;
}

const finalCopiesOnly: RequirementDefinition = {
  id: 'final-copies-only',
  label: (p) => `Stage cuối chỉ lấy ${list(p, 'paths').join(', ')} từ stage "${text(p, 'from')}"`,
  evaluate({ analysis: { ast } }, p) {
    const final = finalStageOf(ast);
    const from = text(p, 'from');
    const wanted = list(p, 'paths').map(baseName);
    if (!final || ast.stages.length < 2) return fail('Chỉ có một stage: không có stage nào để copy kết quả từ đó.');
    const source = stageNamed(ast, from, final.index);
    if (!source) return fail(`Không có stage "${from}" nào trước stage cuối.`, [final.from.range.line]);
    const copies = shippedInstructions(ast).filter((i) => {
      const value = i.keyword === 'COPY' ? flagValue(i, 'from') : null;
      return value !== null && stageNamed(ast, value, final.index)?.index === source.index;
    });
    if (copies.length === 0) return fail(`Stage cuối không COPY --from=${from}.`, [final.from.range.line]);
    const lines = copies.map(lineOf);
    const copied = copies.flatMap((i) => copyPaths(i).sources);
    const extra = copied.filter((s) => !wanted.includes(baseName(s)));
    if (extra.length > 0) return fail(`Stage cuối lấy thêm ${extra.join(', ')} từ "${from}": chỉ cần ${wanted.join(', ')}.`, lines);
    const missing = wanted.filter((w) => !copied.some((s) => baseName(s) === w));
    if (missing.length > 0) return fail(`Stage cuối chưa lấy ${missing.join(', ')} từ "${from}".`, lines);
    const misplaced = loadedElsewhere(ast, final, copies, p);
    if (misplaced) return fail(misplaced.why, misplaced.lines);
    return ok(`Stage cuối chỉ lấy ${wanted.join(', ')} từ "${from}" (${where(lines)}).`, lines);
  },
};

/** The requirement files a pip install reads: `-r F`, `-rF`, `--requirement F`, `--requirement=F`. */
export function requirementFiles(args: ShellWord[]): string[] {
  const files: string[] = [];
  for (let k = 0; k < args.length; k++) {
    const value = args[k]!.value;
    if (value === '-r' || value === '--requirement') files.push(args[++k]?.value ?? '');
    else if (value.startsWith('--requirement=')) files.push(value.slice('--requirement='.length));
    else if (/^-r[^-]/.test(value)) files.push(value.slice(2));
  }
  return files;
}

/** The RUN that installs from the manifest. */
function installFrom(stage: Stage, manifest: string): Instruction | undefined {
  return stage.instructions.find(
    (i) =>
      i.keyword === 'RUN' &&
      commandsOf(i).some((cmd) => {
        const args = pipInstallWords(cmd);
        return args !== null && requirementFiles(args).some((file) => baseName(file) === manifest);
      }),
  );
}

/** `RUN --mount=type=bind,source=requirements.txt,…`: the manifest reaches the install without a COPY. */
function bindsManifest(install: Instruction, manifest: string): boolean {
  return bindMounts(install).some((mount) => mount.from === null && baseName(mount.source) === manifest);
}

const copiesBeforeInstall: RequirementDefinition = {
  id: 'copies-before-install',
  label: (p) => `COPY ${text(p, 'manifest', 'requirements.txt')} rồi cài dependencies trước khi COPY mã nguồn`,
  evaluate({ analysis: { ast } }, p) {
    const manifest = baseName(text(p, 'manifest', 'requirements.txt'));
    for (const stage of ast.stages) {
      const install = installFrom(stage, manifest);
      if (!install) continue;
      const before = stage.instructions.filter((i) => i.index < install.index && isContextCopy(i));
      const early = before.filter((i) => copyPaths(i).sources.some((s) => !isManifest(s)));
      if (early.length > 0) {
        return fail(`Mã nguồn được COPY trước khi cài dependencies (${where(early.map(lineOf))}): sửa code là cài lại toàn bộ thư viện.`, [
          ...early.map(lineOf),
          lineOf(install),
        ]);
      }
      const manifestCopy = before.find((i) => copyPaths(i).sources.some((s) => baseName(s) === manifest));
      if (!manifestCopy && bindsManifest(install, manifest)) {
        return ok(`${manifest} được gắn vào lệnh cài bằng --mount=type=bind (dòng ${lineOf(install)}), trước khi COPY mã nguồn.`, [lineOf(install)]);
      }
      if (!manifestCopy) {
        // Copied only after the install: pip finds no file there and the build stops.
        const late = stage.instructions.find((i) => i.index > install.index && isContextCopy(i) && copyPaths(i).sources.some((s) => baseName(s) === manifest));
        if (late) {
          return fail(
            `${manifest} chỉ được COPY ở dòng ${lineOf(late)}, sau lệnh cài ở dòng ${lineOf(install)}: lúc cài chưa có file, pip dừng với lỗi "Could not open requirements file". Đưa COPY ${manifest} lên trước lệnh cài.`,
            [lineOf(install), lineOf(late)],
          );
        }
        return fail(`Không thấy COPY ${manifest} trước lệnh cài (dòng ${lineOf(install)}).`, [lineOf(install)]);
      }
      return ok(`COPY ${manifest} (dòng ${lineOf(manifestCopy)}) rồi cài (dòng ${lineOf(install)}) trước mã nguồn.`, [lineOf(manifestCopy), lineOf(install)]);
    }
    return fail(`Không thấy lệnh pip install -r ${manifest}.`);
  },
};

/** Bases whose accounts are known: Debian's or Alpine's system users, and the image's own user. */
const ACCOUNTS_OF_BASE: ReadonlyMap<string, string | null> = new Map([
  ['python', null],
  ['pypy', null],
  ['debian', null],
  ['alpine', null],
  // Ubuntu 24.04 ships a user named ubuntu, the node image one named node.
  ['ubuntu', 'ubuntu'],
  ['node', 'node'],
]);
const SYSTEM_ACCOUNTS = new Set(
  // Debian's, then those only Alpine has.
  'daemon bin sys sync games man lp mail news uucp proxy www-data backup list irc _apt nobody adm shutdown halt operator postmaster cron ftp sshd at squid xfs cyrus vpopmail ntp smmsp guest'.split(' '),
);

/** The line of a `useradd -u 0 name` (or adduser) that gives the account root's UID, or null. */
function madeWithRootId(ast: DockerfileAst, stage: Stage, name: string): number | null {
  for (const instruction of instructionsWithParents(ast, stage)) {
    if (instruction.keyword !== 'RUN') continue;
    for (const cmd of commandsOf(instruction)) {
      if (!/^(useradd|adduser|usermod)$/.test(programName(cmd))) continue;
      const words = cmd.args.map((word) => word.value);
      const uid = words.flatMap((word, k) => (/^(-u|--uid)$/.test(word) ? [words[k + 1]] : /^--uid=/.test(word) ? [word.slice(6)] : /^-u\d+$/.test(word) ? [word.slice(2)] : []));
      if (words.includes(name) && uid.some((value) => value !== undefined && /^0+$/.test(value))) return instruction.range.line;
    }
  }
  return null;
}

/**
 * Whether the image lacks the account `name` when `at` runs (null: at the end): true only when the
 * base's accounts are known and no instruction before `at` creates it (useradd, adduser), writes
 * /etc/passwd, or copies one in. After `USER name` the container fails to start, or the next RUN
 * fails the build; at `COPY --chown=name` the build stops.
 */
export function accountMissing(ast: DockerfileAst, stage: Stage, name: string, at: Instruction | null): boolean {
  const base = baseImageOf(ast, stage);
  const library = base ? libraryName(base) : null;
  // Another base (CUDA, a company image) may bring any account.
  if (library === null || !ACCOUNTS_OF_BASE.has(library)) return false;
  if (SYSTEM_ACCOUNTS.has(name) || ACCOUNTS_OF_BASE.get(library) === name) return false;
  const chain = instructionsWithParents(ast, stage);
  return !chain.slice(0, at === null ? chain.length : chain.indexOf(at)).some((i) => {
    if (i.argsText.includes('/etc/passwd') || i.heredocs.some((h) => h.body.includes('/etc/passwd'))) return true;
    const names = (w: ShellWord) => w.value === name || (w.value.includes('$') && substituteVariables(w.value, stage) === name);
    return i.keyword === 'RUN' && commandsOf(i).some((cmd) => /^(useradd|adduser|usermod)$/.test(programName(cmd)) && cmd.args.some(names));
  });
}

/** Groups Debian's or Alpine's base images have. */
const SYSTEM_GROUPS = new Set(
  'root daemon bin sys adm tty disk lp mail news uucp man proxy kmem dialout fax voice cdrom floppy tape sudo audio dip www-data backup operator list irc src shadow utmp video sasl plugdev staff games users nogroup wheel cron ftp sshd input netdev kvm ping abuild xfs'.split(' '),
);

/**
 * Whether the image lacks the group `name` when `at` runs (null: at the end): as accountMissing,
 * a group a RUN's account tool names (groupadd ml, useradd -g ml, the user's own group useradd
 * makes) or a write to /etc/group counts as made.
 */
export function groupMissing(ast: DockerfileAst, stage: Stage, name: string, at: Instruction | null): boolean {
  const base = baseImageOf(ast, stage);
  const library = base ? libraryName(base) : null;
  if (library === null || !ACCOUNTS_OF_BASE.has(library) || SYSTEM_GROUPS.has(name) || ACCOUNTS_OF_BASE.get(library) === name) return false;
  const chain = instructionsWithParents(ast, stage);
  return !chain.slice(0, at === null ? chain.length : chain.indexOf(at)).some((i) => {
    if (i.argsText.includes('/etc/group') || i.heredocs.some((h) => h.body.includes('/etc/group'))) return true;
    const names = (w: ShellWord) => w.value === name || (w.value.includes('$') && substituteVariables(w.value, stage) === name);
    return i.keyword === 'RUN' && commandsOf(i).some((cmd) => /^(useradd|adduser|usermod|groupadd|addgroup|groupmod)$/.test(programName(cmd)) && cmd.args.some(names));
  });
}

/** The group named by a USER or --chown value (`app:ml` → ml), variables substituted; null for none, a GID or what cannot be read. */
export function groupName(value: string, stage: Stage): string | null {
  const written = value.split(':')[1];
  const name = written === undefined ? null : substituteVariables(written.trim(), stage);
  return name === null || name === '' || /^\d+$/.test(name) ? null : name;
}

/** The account named by a USER or --chown value (`app:app` → app), variables substituted; null for a UID or what cannot be read. */
export function accountName(value: string, stage: Stage): string | null {
  const name = substituteVariables(value.split(':')[0]!.trim(), stage);
  return name === null || name === '' || /^\d+$/.test(name) ? null : name;
}

const userNonRoot: RequirementDefinition = {
  id: 'user-non-root',
  label: () => 'Container chạy bằng user không phải root (USER)',
  evaluate({ analysis: { ast } }) {
    const final = finalStageOf(ast);
    const user = final?.user;
    if (!final || !user) return fail('Image cuối không có USER: container chạy bằng root.');
    const line = lineOf(user.instruction);
    if (isRootUser(user.value)) return fail(`USER ${user.value} vẫn là root.`, [line]);
    const commented = userCommentProblem(final);
    if (commented) return fail(commented.why, [commented.line]);
    // A numeric UID needs no account; a name does, or `docker run` stops with "unable to find user".
    const name = accountName(user.value, final);
    if (name !== null && accountMissing(ast, final, name, null)) {
      return fail(
        `USER ${name} nhưng image không tạo user này: container không khởi động được ("unable to find user ${name}"). Tạo nó trước USER (RUN useradd --create-home ${name}), hoặc dùng UID số (USER 1000).`,
        [line],
      );
    }
    if (name !== null && accountMissing(ast, final, name, user.instruction)) {
      return fail(`USER ${name} (dòng ${line}) đứng trước lệnh tạo user này: các lệnh sau nó chạy bằng một user chưa có, build dừng ("unable to find user ${name}"). Đưa RUN useradd lên trước USER.`, [line]);
    }
    const rootId = name !== null ? madeWithRootId(ast, final, name) : null;
    if (rootId !== null) {
      return fail(`USER ${name} (dòng ${line}) được tạo với UID 0 (dòng ${rootId}): UID 0 chính là root, dù tên khác, nên container vẫn chạy bằng root. Bỏ -u 0 / -o, để useradd cấp UID thường (ví dụ --uid 1000).`, [line, rootId]);
    }
    const group = groupName(user.value, final);
    if (group !== null && groupMissing(ast, final, group, null)) {
      return fail(
        `USER ${user.value} nhưng image không có group ${group}: container không khởi động được ("unable to find group ${group}: no matching entries in group file"). Tạo group trước USER (RUN groupadd ${group} && useradd -g ${group} …), hoặc bỏ phần :${group} để dùng group của user.`,
        [line],
      );
    }
    // `COPY --chown=app` before the account exists: the build stops ("unable to convert uid/gid chown string to host mapping").
    for (const copy of instructionsWithParents(ast, final).filter(isCopy)) {
      const owner = flagValue(copy, 'chown');
      const account = owner === null ? null : accountName(owner, final);
      if (account !== null && accountMissing(ast, final, account, copy)) {
        return fail(
          `${copy.keyword} --chown=${owner} (dòng ${lineOf(copy)}) chạy khi image chưa có user ${account}: build dừng với lỗi "unable to convert uid/gid chown string to host mapping". Tạo user (RUN useradd) trước lệnh này, hoặc dùng UID số (--chown=1000:1000).`,
          [lineOf(copy)],
        );
      }
      const group = owner === null ? null : groupName(owner, final);
      if (group !== null && groupMissing(ast, final, group, copy)) {
        return fail(
          `${copy.keyword} --chown=${owner} (dòng ${lineOf(copy)}) chạy khi image chưa có group ${group}: build dừng với lỗi "unable to convert uid/gid chown string to host mapping". Tạo group (RUN groupadd ${group}) trước lệnh này, hoặc dùng GID số (--chown=${account ?? '1000'}:1000).`,
          [lineOf(copy)],
        );
      }
    }
    return ok(`Chạy bằng USER ${user.value} (dòng ${line}).`, [line]);
  },
};

/** Files that hold credentials when they sit in a build context. */
function isSecretFile(path: string): boolean {
  return /^(\.env(\..+)?|.*\.pem|.*\.key|id_rsa.*|id_ed25519.*|credentials(\.json)?|\.netrc|\.npmrc|\.pypirc)$/i.test(baseName(path)) || /(^|\/)\.(aws|ssh)(\/|$)/.test(normalizePath(path));
}

const noSecretInImage: RequirementDefinition = {
  id: 'no-secret-in-image',
  label: (p) => {
    const files = list(p, 'files');
    return files.length > 0 ? `Không có bí mật nào trong image (ENV/ARG, ${files.join(', ')})` : 'Không có bí mật nào trong image (ENV/ARG, tệp khoá)';
  },
  evaluate({ analysis: { ast, findings, suppressed }, dockerignore }, p) {
    // A secret an ignore comment silenced is still in the image.
    const literal = [...findings, ...suppressed].filter((f) => f.rule === 'no-secrets').map((f) => f.line);
    if (literal.length > 0) return fail(`Bí mật được ghi thẳng vào Dockerfile (${where([...new Set(literal)])}): ai có image đều đọc được. Truyền lúc chạy.`, literal);
    const copies = ast.stages.flatMap((s) => s.instructions).filter(isContextCopy);
    const explicit = copies.filter((i) => copyPaths(i).sources.some(isSecretFile));
    if (explicit.length > 0) return fail(`Tệp bí mật được COPY vào image (${where(explicit.map(lineOf))}).`, explicit.map(lineOf));
    const leak = secretWrittenToImage(ast);
    if (leak) return fail(leak.why, [leak.line]);
    const files = list(p, 'files');
    const matcher = dockerignore === undefined ? null : parseDockerignore(dockerignore);
    const whole = copies.filter((i) => copyPaths(i).sources.some((s) => normalizePath(s) === '.'));
    const leaked = files.filter((file) => !(matcher?.isExcluded(file) ?? false));
    if (whole.length > 0 && leaked.length > 0) {
      return fail(`COPY . đưa cả ${leaked.join(', ')} vào image: thêm ${leaked.join(', ')} vào .dockerignore.`, whole.map(lineOf));
    }
    return ok('Không thấy bí mật nào được ghi vào Dockerfile hay COPY vào image.');
  },
};

/** A COPY source that takes `file` of the build context along: the whole context, `*`, or a folder above it. */
function copiesFile(source: string, file: string): boolean {
  const path = normalizePath(source);
  return path === '.' || path === '*' || file === path || file.startsWith(`${path}/`);
}

const modelNotInImage: RequirementDefinition = {
  id: 'model-not-in-image',
  label: () => 'Model không nằm trong image (không COPY, không tải lúc build)',
  evaluate({ analysis: { ast }, dockerignore }, p) {
    const shipped = shippedInstructions(ast);
    const copied = shipped.filter((i) => isCopy(i) && copyPaths(i).sources.some(isModelArtefact));
    if (copied.length > 0) return fail(`Model được COPY vào image (${where(copied.map(lineOf))}).`, copied.map(lineOf));
    // `COPY . .` takes the model files of the build context (the `files` parameter) along, unless .dockerignore leaves them out.
    const matcher = dockerignore === undefined ? null : parseDockerignore(dockerignore);
    const models = list(p, 'files').map(normalizePath).filter((file) => !(matcher?.isExcluded(file) ?? false));
    const whole = shipped.filter((i) => isContextCopy(i) && copyPaths(i).sources.some((source) => models.some((file) => copiesFile(source, file))));
    if (whole.length > 0) {
      const lines = whole.map(lineOf);
      return fail(`COPY ở ${where(lines)} chép cả ${models.join(', ')} vào image: chỉ COPY những gì app cần (COPY src/ ./src/), hoặc loại model bằng .dockerignore.`, lines);
    }
    const downloaded = shipped.filter(downloadsModel);
    if (downloaded.length > 0) return fail(`Model được tải trong lúc build (${where(downloaded.map(lineOf))}): nó vẫn nằm trong một layer của image.`, downloaded.map(lineOf));
    return ok('Image không chứa model: model được gắn vào hoặc tải khi container chạy.');
  },
};

const baseImage: RequirementDefinition = {
  id: 'base-image',
  label: (p) => `Image cuối xây từ ${text(p, 'match')}`,
  evaluate({ analysis: { ast } }, p) {
    const root = rootStage(ast);
    const match = text(p, 'match');
    if (!root) return fail('Không có FROM nào.');
    const line = root.from.range.line;
    const image = root.base.resolved;
    if (globMatch(match, image) || globMatch(match, image.replace(/^docker\.io\/(library\/)?/, ''))) return ok(`FROM ${image} (dòng ${line}).`, [line]);
    return fail(`Image cuối xây từ ${image}, cần ${match}.`, [line]);
  },
};

const healthcheck: RequirementDefinition = {
  id: 'healthcheck',
  label: () => 'Image cuối có HEALTHCHECK',
  evaluate({ analysis: { ast } }) {
    const found = shippedInstructions(ast).filter((i) => i.keyword === 'HEALTHCHECK');
    const last = found[found.length - 1];
    if (!last) return fail('Không có HEALTHCHECK.');
    if (last.healthcheck?.none) return fail('HEALTHCHECK NONE tắt kiểm tra sức khoẻ.', [lineOf(last)]);
    if (!last.healthcheck?.command) return fail('HEALTHCHECK thiếu CMD: Docker không build được Dockerfile này.', [lineOf(last)]);
    return ok(`Có HEALTHCHECK (dòng ${lineOf(last)}).`, [lineOf(last)]);
  },
};

const envSet: RequirementDefinition = {
  id: 'env-set',
  label: (p) =>
    p.value !== undefined ? `ENV ${text(p, 'name')}=${text(p, 'value')}` : `ENV đặt ${text(p, 'name')}${text(p, 'under') ? ` (một tệp trong ${text(p, 'under')})` : ''}`,
  evaluate({ analysis: { ast } }, p) {
    const name = text(p, 'name');
    const wanted = p.value === undefined ? null : text(p, 'value');
    const set = shippedInstructions(ast).filter((i) => i.keyword === 'ENV' && i.pairs.some((pair) => pair.key === name));
    const last = set[set.length - 1];
    if (!last) return fail(`Image cuối không đặt ENV ${name}.`);
    const value = [...last.pairs].reverse().find((pair) => pair.key === name)?.value ?? '';
    const line = lineOf(last);
    // What the container gets once Docker substituted the variables; null when that cannot be read here.
    const final = finalStageOf(ast);
    const actual = final ? (envValue(ast, final, name)?.value ?? null) : null;
    const substituted = actual !== null && actual !== unquote(value) ? `, tức ${name}=${actual === '' ? '(rỗng)' : actual} (ENV thay biến bằng giá trị đặt ở những dòng trước nó, không phải cùng dòng hay dòng sau)` : '';
    if (wanted !== null && (actual ?? unquote(value)) !== wanted) return fail(`ENV ${name}=${value}${substituted}, cần ${wanted}.`, [line]);
    // `ENV NAME=` sets nothing a program can use (Python, for one, reads an empty PYTHONUNBUFFERED as unset).
    if ((actual ?? unquote(value)).trim() === '') return fail(`ENV ${name}=${value}${substituted}: giá trị rỗng, đặt một giá trị cho nó.`, [line]);
    // `under`: a file inside that folder (the model in the mounted volume), not the folder itself.
    const under = text(p, 'under');
    if (under !== '' && actual !== null && !normalizePath(actual).startsWith(`${normalizePath(under)}/`)) {
      return fail(`ENV ${name}=${value}${substituted}: cần đường dẫn tới một tệp trong ${under}, ví dụ ${normalizePath(under)}/model.pkl.`, [line]);
    }
    return ok(`ENV ${name}=${value} (dòng ${line}).`, [line]);
  },
};

const volume: RequirementDefinition = {
  id: 'volume',
  label: (p) => `VOLUME ${text(p, 'path')}`,
  evaluate({ analysis: { ast } }, p) {
    const path = normalizePath(text(p, 'path'));
    const final = finalStageOf(ast);
    const found = final && shippedInstructions(ast).find((i) => i.keyword === 'VOLUME' && volumePaths(i, final).some((v) => normalizePath(v) === path));
    if (found) return ok(`VOLUME ${text(p, 'path')} (dòng ${lineOf(found)}).`, [lineOf(found)]);
    return fail(`Không có VOLUME ${text(p, 'path')}.`);
  },
};

const expose: RequirementDefinition = {
  id: 'expose',
  label: (p) => `EXPOSE ${text(p, 'port')}`,
  evaluate({ analysis: { ast } }, p) {
    const port = number(p, 'port', NaN);
    const found = exposedPorts(ast).find((e) => e.port === port && !e.udp);
    if (found) return ok(`EXPOSE ${port} (dòng ${lineOf(found.instruction)}).`, [lineOf(found.instruction)]);
    return fail(`Không có EXPOSE ${port}.`);
  },
};

const workdir: RequirementDefinition = {
  id: 'workdir',
  label: (p) => (text(p, 'path') ? `WORKDIR ${text(p, 'path')}` : 'Có WORKDIR'),
  evaluate({ analysis: { ast } }, p) {
    const found = shippedInstructions(ast).filter((i) => i.keyword === 'WORKDIR');
    const last = found[found.length - 1];
    if (!last) return fail('Không có WORKDIR.');
    const path = text(p, 'path');
    // `WORKDIR $APP_HOME` and `WORKDIR /app` then `WORKDIR src` are judged by the folder they name.
    const value = workdirAt(ast, finalStageOf(ast)!);
    if (path && value !== absolutePath('/', path)) return fail(`WORKDIR là ${value}, cần ${path}.`, [lineOf(last)]);
    return ok(`WORKDIR ${value} (dòng ${lineOf(last)}).`, [lineOf(last)]);
  },
};

const runsInBuilder: RequirementDefinition = {
  id: 'runs-in-builder',
  label: (p) => `${text(p, 'script')} chạy ở một stage build, không nằm trong image cuối`,
  evaluate({ analysis: { ast } }, p) {
    const script = normalizePath(text(p, 'script'));
    const shipped = new Set(shippedStages(ast).map((s) => s.index));
    // Where each stage copied the script: `python /build/src/train.py` runs it from any WORKDIR.
    const landed = new Map<number, string[]>();
    const copiedHere = (stage: Stage) => landed.get(stage.index) ?? landed.set(stage.index, contextFileLanding(ast, stage, script).paths).get(stage.index)!;
    // Each RUN's WORKDIR, from one walk a stage: a workdirAt per RUN would be quadratic in a long file.
    const workdirs = new Map<number, Map<number, string>>();
    const workdirOf = (stage: Stage, run: Instruction) => (workdirs.get(stage.index) ?? workdirs.set(stage.index, workdirsBefore(ast, stage)).get(stage.index)!).get(run.index) ?? workdirAt(ast, stage, run.index);
    const runs = ast.stages
      .flatMap((s) => s.instructions)
      .filter((i) => {
        if (i.keyword !== 'RUN') return false;
        const stage = ast.stages[i.stageIndex]!;
        const workdir = workdirOf(stage, i);
        return runCommands(i).some(({ program, words }) => runsScript(words, script, workdir) || (PYTHON.test(program) && words.some((w) => w.endsWith('.py') && copiedHere(stage).includes(absolutePath(workdir, w)))));
      });
    const inFinal = runs.filter((i) => shipped.has(i.stageIndex));
    if (inFinal.length > 0) return fail(`${script} chạy trong image cuối (${where(inFinal.map(lineOf))}): công cụ và dữ liệu train đi theo image.`, inFinal.map(lineOf));
    if (runs.length === 0) return fail(`Không thấy RUN nào chạy ${script}.`);
    // The RUN's script opens its inputs from where the RUN runs; a cd moves that.
    // Asked once per stage and folder: the answer depends on nothing else. Where a stage put each input, once.
    const asked = new Set<string>();
    const landings = new Map<string, ReturnType<typeof contextFileLanding>>();
    const landing = (stage: Stage) => (file: string) => landings.get(`${stage.index} ${file}`) ?? landings.set(`${stage.index} ${file}`, contextFileLanding(ast, stage, file)).get(`${stage.index} ${file}`)!;
    for (const run of runs) {
      if (commandsOf(run).some((cmd) => programName(cmd) === 'cd')) continue;
      const stage = ast.stages[run.stageIndex]!;
      const workdir = workdirOf(stage, run);
      if (asked.has(`${stage.index} ${workdir}`)) continue;
      asked.add(`${stage.index} ${workdir}`);
      const unread = unreadInput(ast, stage, workdir, p, landing(stage));
      if (unread) return fail(`RUN ở dòng ${lineOf(run)}: ${unread.replace('chương trình dừng', 'build dừng')}`, [lineOf(run)]);
    }
    // The first few: each is a walk of its stage, and a build stops at the first that fails anyway.
    for (const run of runs.slice(0, 3)) {
      const missing = missingOutputFolder(ast, run, script, p);
      if (missing) return fail(`RUN ở dòng ${lineOf(run)}: ${missing}`, [lineOf(run)]);
    }
    return ok(`${script} chạy ở stage build (${where(runs.map(lineOf))}).`, runs.map(lineOf));
  },
};

/** What a RUN executes, program and words: each shell command, or an exec form's first word with the rest. */
function runCommands(instruction: Instruction): { program: string; words: readonly string[] }[] {
  if (instruction.json) return [{ program: baseName(instruction.json.values[0] ?? ''), words: instruction.json.values.slice(1) }];
  return commandsOf(instruction).map((cmd) => ({ program: programName(cmd), words: cmd.args.map((w) => w.value) }));
}

/** Folders every Debian or Alpine python image has, where a script may write a file straight away. */
const IMAGE_FOLDERS = new Set(['/', '/tmp', '/root', '/home', '/opt', '/srv', '/mnt', '/media', '/var/tmp', '/dev/shm']);
/** Top folders a python image fills with its own subfolders: what is under them is not judged. /home is empty until an account gets one. */
const SYSTEM_TOPS = new Set(['usr', 'etc', 'var', 'lib', 'lib64', 'bin', 'sbin', 'proc', 'sys', 'dev', 'run', 'boot']);
/** Commands whose words name accounts and groups, not folders: a home they make is told by createdHome. */
const ACCOUNT_TOOLS = new Set(['useradd', 'adduser', 'groupadd', 'addgroup']);

/**
 * With `output` (the script's option naming the file it writes, which it does not create the folder
 * of: joblib.dump opens the path as it is), why the RUN stops: the folder `--output` names is in no
 * python image and nothing before the script made it (WORKDIR, a COPY into or below it, a RUN that
 * names it, e.g. `mkdir -p`). Judged only on an official python base; a variable or a `cd` leaves it unjudged.
 */
function missingOutputFolder(ast: DockerfileAst, run: Instruction, script: string, p: RequirementParams): string | null {
  const option = text(p, 'output');
  if (!option) return null;
  const stage = ast.stages[run.stageIndex]!;
  const commands = runCommands(run);
  if (commands.some(({ program }) => program === 'cd')) return null;
  const workdir = workdirAt(ast, stage, run.index);
  // The script by its path, else (run where a COPY put it) the RUN's only python command.
  const pythons = commands.filter(({ program, words }) => PYTHON.test(program) && words.some((w) => w.endsWith('.py')));
  const command = commands.find(({ words }) => runsScript(words, script, workdir)) ?? (pythons.length === 1 ? pythons[0] : undefined);
  if (!command) return null;
  const words = splitOptionValues(command.words);
  const k = words.indexOf(option);
  const value = k >= 0 ? words[k + 1] : undefined;
  // Without the option the script writes its default file into its working folder.
  if (value === undefined && k < 0) return unwritableOutput(ast, stage, run, script, workdir, null);
  if (!value || value.includes('$')) return null;
  const file = absolutePath(workdir, value);
  const folder = file.slice(0, file.lastIndexOf('/')) || '/';
  if (!folderNeverMade(ast, stage, folder, run.index, 'build', { run, value })) return unwritableOutput(ast, stage, run, script, folder, file);
  return `${baseName(script)} ghi model vào ${file} nhưng thư mục ${folder} chưa có, và ${baseName(script)} không tự tạo nó: build dừng với lỗi "FileNotFoundError". Tạo thư mục trước (${makesFolder(folder)}) hoặc ghi vào thư mục đã có (--output ${absolutePath(workdir, baseName(file))}).`;
}

/**
 * Why the training RUN, run by a USER other than root, may not write into `folder` (root made it,
 * or it is the python image's own), or null: also when folder-owners.ts cannot follow the stage.
 */
function unwritableOutput(ast: DockerfileAst, stage: Stage, run: Instruction, script: string, folder: string, file: string | null): string | null {
  if (SWITCHES_USER.test(run.argsText) || WRITABLE_BY_ANYONE.test(folder)) return null;
  const owners = new FolderOwners(stage);
  for (const instruction of instructionsWithParents(ast, stage)) {
    if (instruction.index >= run.index) break;
    if (!owners.apply(instruction)) return null;
  }
  const { name, line } = owners.user;
  if (name === null || name === 'root') return null;
  const base = baseImageOf(ast, stage);
  const owner = owners.ownerOf(folder) ?? (base && libraryName(base) === 'python' && ROOT_FOLDERS.has(folder) ? 'root' : null);
  if (owner !== 'root') return null;
  const written = file ?? `${folder}/ (file mặc định)`;
  return `${baseName(script)} chạy bằng user ${name} (USER ở dòng ${line}) nhưng ghi model vào ${written}, mà ${folder} thuộc root: build dừng với lỗi "PermissionError: [Errno 13] Permission denied". Stage build có thể train bằng root (chỉ image cuối cần user thường), hoặc giao thư mục cho user đó trước USER (RUN chown ${name} ${folder}).`;
}

/** How to make `folder`: a mkdir, or for a home, the account's --create-home. */
function makesFolder(folder: string): string {
  const home = /^\/home\/([^/]+)$/.exec(folder);
  return home ? `RUN useradd --create-home ${home[1]} tạo ${folder}, hoặc RUN mkdir -p ${folder}` : `RUN mkdir -p ${folder}`;
}

/**
 * Whether `folder` is in no python image and nothing in `stage` up to the instruction at index `until`
 * made it: WORKDIR, a COPY into or below it, a RUN that names it (`mkdir -p models`), the home
 * `useradd -m` makes (that folder only, nothing below it), and, when the container starts (`run`),
 * a VOLUME: BuildKit only records it in the image's config, so no RUN of the build sees it.
 * `own` is the RUN whose output word names the folder once without making it. False when not judged:
 * a base other than the official python image, or a variable in a COPY's destination.
 */
function folderNeverMade(ast: DockerfileAst, stage: Stage, folder: string, until: number, when: 'build' | 'run', own?: { run: Instruction; value: string }): boolean {
  const base = baseImageOf(ast, stage);
  if (!base || libraryName(base) !== 'python') return false;
  if (IMAGE_FOLDERS.has(folder) || SYSTEM_TOPS.has(folder.split('/')[1] ?? '')) return false;
  const within = (path: string, dir: string) => path === dir || path.startsWith(dir === '/' ? '/' : `${dir}/`);
  // The folder's name as a path segment: `models` in `mkdir -p models`, not `out` in `--output`.
  const segment = new RegExp(`(?<![\\w.-])${baseName(folder).replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(?![\\w.-])`, 'g');
  const mentions = (textToSearch: string) => textToSearch.match(segment)?.length ?? 0;
  // One walk, the WORKDIR followed as workdirAt does: a file of many instructions stays linear.
  let dir = '/';
  for (const instruction of instructionsWithParents(ast, stage)) {
    if (instruction.index > until) break;
    if (instruction.keyword === 'WORKDIR') {
      dir = absolutePath(dir, resolved(unquote(instruction.argsText.trim()), stage));
      if (within(dir, folder)) return false;
    }
    if (isCopy(instruction)) {
      const { sources, destination } = copyPaths(instruction);
      const dest = absolutePath(dir, destination);
      if (dest.includes('$') || within(dest, folder)) return false;
      // A folder copied (or an archive ADD unpacks) may bring any subfolder with it.
      const bringsFolders = instruction.keyword === 'ADD' || sources.some((source) => source === '.' || source.endsWith('/') || source.includes('*') || !baseName(source).includes('.'));
      if (bringsFolders && within(folder, dest)) return false;
    }
    if (instruction.keyword === 'RUN' && runMakes(instruction, folder, mentions, instruction === own?.run ? mentions(own.value) : 0)) return false;
    if (when === 'run' && instruction.keyword === 'VOLUME' && mentions(instruction.argsText) > 0) return false;
  }
  return true;
}

/**
 * Whether a RUN may make `folder`: it names it more than `named` times (the training RUN's own
 * output word names it once), not counting an account's name (`useradd trainer` makes no
 * /home/trainer), or an account tool makes it as a home.
 */
function runMakes(run: Instruction, folder: string, mentions: (text: string) => number, named: number): boolean {
  let count = mentions([run.argsText, ...run.heredocs.map((h) => h.body)].join('\n')) - named;
  for (const cmd of commandsOf(run)) {
    if (!ACCOUNT_TOOLS.has(programName(cmd))) continue;
    if (createdHome(cmd) === folder) return true;
    count -= mentions(cmd.args.map((word) => word.value).join(' '));
  }
  return count > 0;
}

/** Folders any user may write. A home is the user's only as folder-owners.ts follows it (useradd -m). */
const WRITABLE_BY_ANYONE = /^\/(tmp(\/.*)?|var\/tmp|dev\/shm)$/;
function writableByAnyone(dir: string): boolean {
  return WRITABLE_BY_ANYONE.test(dir);
}

/** Folders of the python image that root owns and no user may write: what a non-root job finds there. */
const ROOT_FOLDERS = new Set(['/', '/root', '/home', '/opt', '/srv', '/mnt', '/media']);

/**
 * Who owns `dir` when the container runs, as far as this Dockerfile decides it: `user` when a
 * non-root USER created it (WORKDIR, mkdir, COPY --chown into a new folder) or it was handed over
 * (chown, chmod), `root` when root created it, `image` for a python image's own folder left as it
 * is (root's), null when that cannot be told: another base's folder, a folder the Dockerfile never
 * creates, a volume covers it, or the stage does what folder-owners.ts cannot follow.
 */
function ownerOf(ast: DockerfileAst, stage: Stage, dir: string): 'root' | 'user' | 'image' | null {
  const owners = new FolderOwners(stage);
  for (const instruction of instructionsWithParents(ast, stage)) {
    if (instruction.keyword === 'VOLUME' && instruction.argsText.includes(dir)) return null;
    if (!owners.apply(instruction)) return null;
  }
  const base = baseImageOf(ast, stage);
  return owners.ownerOf(dir) ?? (base && libraryName(base) === 'python' && ROOT_FOLDERS.has(dir) ? 'image' : null);
}

const outputWritable: RequirementDefinition = {
  id: 'output-writable',
  // True whoever runs the job: whether it must be another user than root is user-non-root's item.
  label: (p) => `Job ghi được ${text(p, 'file', 'model.pkl')}: thư mục có sẵn và user chạy job có quyền ghi vào đó`,
  evaluate({ analysis: { ast } }, p) {
    const stage = finalStageOf(ast);
    if (!stage) return ok('Không có stage nào: không chấm.');
    // The file the job writes: `--output X` on its command line, else the default, in its working directory.
    const words = runWords(ast, stage);
    const option = text(p, 'option', '--output');
    const at = words.findIndex((w) => w === option || w.startsWith(`${option}=`));
    const written = at < 0 ? text(p, 'file', 'model.pkl') : words[at]!.includes('=') ? words[at]!.slice(option.length + 1) : (words[at + 1] ?? '');
    const cwd = workdirAt(ast, stage);
    const path = absolutePath(cwd, written);
    const dir = path.slice(0, path.lastIndexOf('/')) || '/';
    // The job opens the file as named (joblib.dump): a folder the image lacks stops it, whoever runs it.
    if (written !== '' && !written.includes('$') && folderNeverMade(ast, stage, dir, Infinity, 'run')) {
      return fail(`Job ghi ${path} nhưng image không có thư mục ${dir}, và train.py không tự tạo nó: job dừng ở cuối với lỗi "FileNotFoundError". Tạo thư mục khi build (${makesFolder(dir)}, giao cho user chạy job) hoặc ghi vào thư mục đã có.`, []);
    }
    const user = stage.user;
    if (!user || isRootUser(user.value)) return ok('Job chạy bằng root nên ghi được mọi thư mục (việc chạy bằng root do mục riêng chấm).');
    if (written === '' || written.includes('$')) return ok('Không xác định được nơi job ghi file: không chấm.');
    const owner = writableByAnyone(dir) ? 'user' : ownerOf(ast, stage, dir);
    if (owner !== 'root' && owner !== 'image') return ok(`USER ${user.value} ghi được ${path}.`, [lineOf(user.instruction)]);
    const name = user.value.split(':')[0]!.trim();
    // A UID without an account, or an account made without a home, has no /home/<name> to write to.
    const home = madeHome(ast, stage, name);
    const chowned = owner === 'root' ? chownedCopyInto(ast, stage, dir) : null;
    const whose = chowned
      ? `${dir} vẫn thuộc root (${chowned.why})`
      : owner === 'image'
        ? `${dir} có sẵn trong image gốc và thuộc root`
        : `${dir} là thư mục do root tạo`;
    // The root of the file system is handed to no one: a working folder of its own is.
    const handOver = dir === '/' ? `Đặt thư mục làm việc riêng và giao cho user đó (WORKDIR /app rồi RUN chown ${name} /app, trước USER)` : `Giao thư mục cho user đó (RUN … && chown ${name} ${dir}, trước USER)`;
    return fail(
      `Job chạy bằng USER ${name} nhưng ghi ${path}, mà ${whose}: train.py dừng ở cuối với lỗi "PermissionError: [Errno 13] Permission denied". ${handOver} hoặc cho job ghi vào ${home ? 'thư mục của user' : '/tmp'} (${option} ${home ? `/home/${name}` : '/tmp'}/${written.split('/').pop()}).`,
      chowned ? [lineOf(user.instruction), chowned.line] : [lineOf(user.instruction)],
    );
  },
};

/**
 * The last `COPY --chown` into `dir` itself when `dir` already existed, and why it leaves `dir`
 * root's: BuildKit chowns what it copies and the folders it creates, never a destination folder that
 * was there (moby/buildkit#790, #1941). Null when no such COPY.
 */
function chownedCopyInto(ast: DockerfileAst, stage: Stage, dir: string): { line: number; why: string } | null {
  const workdirs = workdirsBefore(ast, stage);
  const chain = instructionsWithParents(ast, stage);
  const copy = chain.findLast((i) => isCopy(i) && flagValue(i, 'chown') !== null && absolutePath(workdirs.get(i.index) ?? '/', resolved(copyPaths(i).destination, stage)) === dir);
  if (!copy) return null;
  const made = chain.find((i) => i.index < copy.index && i.keyword === 'WORKDIR' && workdirAt(ast, stage, i.index + 1) === dir);
  const before = made ? `WORKDIR ở dòng ${lineOf(made)}` : 'một bước trước đó';
  return {
    line: lineOf(copy),
    why: `${copy.keyword} --chown=${flagValue(copy, 'chown')} ở dòng ${lineOf(copy)} chỉ đổi chủ những gì nó chép vào và những thư mục nó tạo mới, còn ${dir} đã có từ ${before}`,
  };
}

export const requirements: RequirementDefinition[] = [
  serves,
  entrypointRuns,
  cmdDefaultArgs,
  stageCount,
  finalCopiesOnly,
  copiesBeforeInstall,
  userNonRoot,
  noSecretInImage,
  modelNotInImage,
  baseImage,
  healthcheck,
  envSet,
  volume,
  expose,
  workdir,
  runsInBuilder,
  outputWritable,
];

export const requirementsById: ReadonlyMap<string, RequirementDefinition> = new Map(requirements.map((r) => [r.id, r]));

/** Label and verdict of one rubric requirement. Unknown ids (an old link) fail with a reason; nothing throws. */
export function evaluateRequirement(ref: RequirementRef, context: RequirementContext): { label: string } & RequirementResult {
  const definition = requirementsById.get(ref.id);
  const params = ref.params ?? {};
  if (!definition) {
    return { label: `Yêu cầu "${ref.id}"`, pass: false, why: `Yêu cầu "${ref.id}" không tồn tại (có thể link bài tập đã cũ).`, lines: [] };
  }
  let label = `Yêu cầu "${ref.id}"`;
  try {
    label = definition.label(params);
    return { label, ...definition.evaluate(context, params) };
  } catch (error) {
    return { label, pass: false, why: `Không kiểm tra được yêu cầu này (lỗi của trình chấm: ${error instanceof Error ? error.message : String(error)}).`, lines: [] };
  }
}
