// Whether a Python server can start in the shipped image: its program is installed (the python
// images have no uvicorn), and the module it loads (`uvicorn src.api:app`) is where Python looks for
// it: the context file (src/api.py) followed through the shipped COPY instructions and WORKDIRs, then
// compared with the module path read from the server's directory (cwd, --app-dir, PYTHONPATH).
// "Cannot tell" (null) whenever the image may get either some way this does not follow: a COPY
// --from a stage that copied it, a RUN that moves files or installs the project, a variable without a
// value, a `cd` before the server starts. Grading never fails a Dockerfile on a guess.
import { baseName, copyPaths, flagValue, isContextCopy, isModelArtefact, normalizePath, stageNamed, unquote } from './facts';
import { baseImageOf, libraryName, setsWorkdir } from './images';
import { sourceReads } from './layer-cache';
import { commandsOf, instructionsWithParents, pipInstallArgs, programName } from './query';
import { substituteVariables } from './servers';
import { SWITCHES_USER, userOf } from './folder-owners';
import type { DockerfileAst, ImageRef, Instruction, ShellCommand, Stage } from './types';

export interface AppModuleResult {
  pass: boolean;
  /** Vietnamese reason. */
  why: string;
  lines: number[];
}

/** `src.api:app`, `main:app`, `src.api:create_app()`: a dotted module, `:`, an attribute. */
const APP_SPEC = /^([A-Za-z_]\w*(?:\.[A-Za-z_]\w*)*):[A-Za-z_][\w.]*(\(.*\))?$/;
/** Commands that put files in place some other way than COPY (or that may move the app). */
export const MOVES_FILES: ReadonlySet<string> = new Set(['mv', 'cp', 'ln', 'rsync', 'tar', 'unzip', 'git', 'curl', 'wget']);

/** `path` read from `dir`, as an absolute path without `.`, `..` or repeated slashes. */
export function absolutePath(dir: string, path: string): string {
  const parts: string[] = [];
  for (const part of `${path.startsWith('/') ? '' : dir}/${path}`.split('/')) {
    if (part === '..') parts.pop();
    else if (part !== '' && part !== '.') parts.push(part);
  }
  return `/${parts.join('/')}`;
}

/** Where `server` starts among the words a stage runs: `uvicorn`, `/usr/local/bin/uvicorn`, `python -m uvicorn`; -1 if nowhere. */
export function serverWordIndex(words: readonly string[], server: string): number {
  return words.findIndex((w, k) => w.slice(w.lastIndexOf('/') + 1) === server || (words[k - 1] === '-m' && w === server));
}

/** The value of `--name value` or `--name=value` among `words`, from `from` on. */
function optionValue(words: readonly string[], from: number, ...names: string[]): string | undefined {
  for (let k = from; k < words.length; k++) {
    const [option, inline] = words[k]!.split(/=(.*)/s);
    if (names.includes(option!)) return inline ?? words[k + 1];
  }
  return undefined;
}

interface Landing {
  /** Absolute paths the file is copied to; empty when no COPY follows it. */
  paths: string[];
  lines: number[];
  /** The image may hold the file some way not followed here. */
  uncertain: boolean;
  /** The last WORKDIR, where the server starts; null when a variable (or the base's own WORKDIR) hides it. */
  cwd: string | null;
}

/**
 * Where the shipped image holds `file` of the build context, through its COPY/ADD and WORKDIR
 * instructions. `stages` keeps each stage's landing, worked out once however many COPY --from read it.
 */
function landingOf(ast: DockerfileAst, stage: Stage, file: string, stages = new Map<number, Landing>()): Landing {
  const base = baseImageOf(ast, stage);
  const landing: Landing = { paths: [], lines: [], uncertain: false, cwd: base && setsWorkdir(base) ? null : '/' };
  const dirs = new Set<string>(['/']);
  const resolve = (path: string, at: Stage) => {
    const value = substituteVariables(path, at);
    return value === null || (landing.cwd === null && !value.startsWith('/')) ? null : absolutePath(landing.cwd ?? '/', value);
  };
  for (const instruction of instructionsWithParents(ast, stage)) {
    const at = ast.stages[instruction.stageIndex] ?? stage;
    if (instruction.keyword === 'WORKDIR') {
      landing.cwd = resolve(unquote(instruction.argsText.trim()), at);
      if (landing.cwd === null) landing.uncertain = true;
      else dirs.add(landing.cwd);
    } else if (instruction.keyword === 'RUN') {
      if (commandsOf(instruction).some((cmd) => MOVES_FILES.has(programName(cmd)) || installsProject(cmd.args.map((w) => w.value)))) landing.uncertain = true;
    } else if (instruction.keyword === 'COPY' || instruction.keyword === 'ADD') {
      followCopy(ast, instruction, at, file, landing, dirs, resolve, stages);
    }
  }
  stages.set(stage.index, landing);
  return landing;
}

/** Options whose value is a path but not a project: `-r /tmp/requirements.txt`, `--target /deps`. */
const PATH_VALUE_OPTIONS = new Set(['-r', '--requirement', '-c', '--constraint', '-t', '--target', '--prefix', '--root', '-f', '--find-links', '--cache-dir', '--src', '--log']);

/** `pip install .`, `pip install -e .`, `pip install /src/app`: the project, app included, goes into site-packages. */
function installsProject(args: readonly string[]): boolean {
  return (
    args.includes('install') &&
    args.some((arg, k) => (arg === '.' || arg === '-e' || arg === '--editable' || arg.startsWith('./') || arg.startsWith('/')) && !PATH_VALUE_OPTIONS.has(args[k - 1] ?? ''))
  );
}

function followCopy(
  ast: DockerfileAst,
  instruction: Instruction,
  at: Stage,
  file: string,
  landing: Landing,
  dirs: Set<string>,
  resolve: (path: string, at: Stage) => string | null,
  stages: Map<number, Landing>,
): void {
  const from = flagValue(instruction, 'from');
  if (from !== null) {
    // A stage of this file that holds the file hands it on when the copy takes it (or may); an image's files are not the context's.
    const source = stageNamed(ast, from, at.index);
    if (!source || !source.instructions.some((i) => isContextCopy(i) && copyPaths(i).sources.some((s) => sourceReads(s, file)))) return;
    const there = stages.get(source.index) ?? landingOf(ast, source, file, stages);
    if (there.uncertain) {
      landing.uncertain = true;
      return;
    }
    // COPY --from reads paths from the root of the stage, whatever its WORKDIR.
    const taken = copyPaths(instruction).sources.map((s) => (/[*?[$]/.test(s) ? null : absolutePath('/', s)));
    if (there.paths.some((path) => taken.some((s) => s === null || s === '/' || path === s || path.startsWith(`${s}/`)))) landing.uncertain = true;
    return;
  }
  if (!isContextCopy(instruction)) return;
  const { sources, destination } = copyPaths(instruction);
  // A source from a variable (`COPY $SRC ./src/`) may be the file or a folder holding it.
  if (sources.some((source) => source.includes('$'))) {
    landing.uncertain = true;
    return;
  }
  const reading = sources.filter((source) => sourceReads(source, file));
  if (reading.length === 0) return;
  const dest = resolve(destination, at);
  if (dest === null || instruction.flags.some((f) => f.name.toLowerCase() === 'parents')) {
    landing.uncertain = true;
    return;
  }
  for (const source of reading) {
    const path = normalizePath(source.replace(/^\/+/, ''));
    let target: string;
    if (path === '.' || path === '*') target = `${dest}/${file}`;
    else if (path === file) {
      // One file into a folder (`.`, `dir/`, a WORKDIR, several sources), or under a new name.
      const intoFolder = destination.endsWith('/') || destination === '.' || sources.length > 1 || dirs.has(dest);
      target = intoFolder ? `${dest}/${file.slice(file.lastIndexOf('/') + 1)}` : dest;
    } else if (file.startsWith(`${path}/`)) {
      // A folder: its contents, not the folder itself, land in the destination.
      target = `${dest}/${file.slice(path.length + 1)}`;
    } else {
      // A glob: where its match lands is not worked out here.
      landing.uncertain = true;
      continue;
    }
    landing.paths.push(absolutePath('/', target));
    landing.lines.push(instruction.range.line);
  }
}

/** Where the image of `stage` holds context file `file` through its COPYs, and whether it may hold it elsewhere too. */
export function contextFileLanding(ast: DockerfileAst, stage: Stage, file: string): { paths: string[]; uncertain: boolean } {
  const { paths, uncertain } = landingOf(ast, stage, normalizePath(file));
  return { paths, uncertain };
}

/**
 * Checks that the server started by `words` (the final stage's ENTRYPOINT + CMD, from the `server`
 * word on) can import the module of context file `file`. Null when it cannot be told.
 */
export function appModuleCheck(
  ast: DockerfileAst,
  stage: Stage,
  words: readonly string[],
  server: string,
  file: string,
  expectedAttribute = 'app',
): AppModuleResult | null {
  const at = serverWordIndex(words, server);
  // A `cd` in an `sh -c` script moves the server's directory.
  if (at < 0 || words.slice(0, at).includes('cd')) return null;
  const malformed = malformedApp(server, words, at, expectedAttribute);
  if (malformed) return { pass: false, why: malformed, lines: commandLines(ast, stage) };
  const spec = words.slice(at + 1).find((w) => APP_SPEC.test(w));
  const moduleName = spec ? APP_SPEC.exec(spec)![1]! : null;
  if (!spec || !moduleName) return null;
  const landing = landingOf(ast, stage, normalizePath(file));
  const lines = [...new Set([...landing.lines, ...commandLines(ast, stage)])].sort((a, b) => a - b);
  if (landing.paths.length === 0) {
    if (landing.uncertain) return null;
    return { pass: false, why: `${file} không được COPY vào image cuối: ${server} không nạp được ${spec}. Thêm COPY cho mã nguồn (ví dụ COPY src/ ./src/).`, lines };
  }
  // Where Python looks: the server's directory (uvicorn --app-dir, gunicorn --chdir), then PYTHONPATH.
  const { cwd } = landing;
  if (cwd === null) return null;
  const appDir = optionValue(words, at + 1, '--app-dir', '--chdir', '--pythonpath');
  const roots = [appDir === undefined ? cwd : absolutePath(cwd, appDir)];
  const pythonPath = stage.env.PYTHONPATH;
  if (pythonPath !== undefined) {
    const value = substituteVariables(pythonPath, stage);
    if (value === null) return null;
    for (const entry of value.split(':')) if (entry !== '') roots.push(absolutePath(cwd, entry));
  }
  const relative = moduleName.replace(/\./g, '/');
  const candidates = roots.flatMap((root) => [absolutePath(root, `${relative}.py`), absolutePath(root, `${relative}/__init__.py`)]);
  const attribute = spec.slice(spec.indexOf(':') + 1);
  if (landing.paths.some((path) => candidates.includes(path))) {
    // The module is the app file: the attribute must be the one it defines (`app = FastAPI()` in the exercises).
    if (attribute === expectedAttribute || attribute.includes('(')) return { pass: true, why: `${server} nạp ${spec} từ ${landing.paths[0]}.`, lines };
    return {
      pass: false,
      why: `${server} nạp thuộc tính "${attribute}" của ${file}, nhưng file này đặt tên ứng dụng là ${expectedAttribute}: container dừng với lỗi "Attribute \"${attribute}\" not found". Viết ${moduleName}:${expectedAttribute}.`,
      lines,
    };
  }
  if (landing.uncertain) return null;
  const where = landing.paths[0]!;
  const root = roots[0]!;
  const dirOption = server === 'uvicorn' ? '--app-dir' : '--chdir';
  const fix = where.startsWith(`${root}/`) && where.endsWith('.py')
    ? `viết ${where.slice(root.length + 1, -3).replace(/\//g, '.')}:${attribute}`
    : where.endsWith(`/${relative}.py`)
      ? `thêm ${dirOption} ${where.slice(0, -(relative.length + 4)) || '/'}`
      : `thêm ${dirOption} ${where.slice(0, where.lastIndexOf('/')) || '/'} và viết ${where.slice(where.lastIndexOf('/') + 1, -3)}:${attribute}`;
  // Copied to a relative path before the only WORKDIR was set (a WORKDIR added below the starter's COPY): moving it up is the fix.
  const chain = instructionsWithParents(ast, stage);
  const workdirs = chain.filter((i) => i.keyword === 'WORKDIR');
  const copies = chain.filter((i) => landing.lines.includes(i.range.line));
  const workdir = workdirs.length === 1 ? workdirs[0]! : undefined;
  const copiedFirst = workdir !== undefined && copies.length > 0 && copies.every((i) => i.range.line < workdir.range.line && !copyPaths(i).destination.startsWith('/'));
  return {
    pass: false,
    why: `${server} nạp ${spec} nên tìm ${candidates[0]}, nhưng ${file} nằm ở ${where}: container sẽ dừng với "Could not import module". Sửa: ${copiedFirst ? `đưa WORKDIR (dòng ${workdir.range.line}) lên trước COPY, hoặc ` : ''}${fix}.`,
    lines,
  };
}

/** The line of the command that starts the server. */
function commandLines(ast: DockerfileAst, stage: Stage): number[] {
  const line = instructionsWithParents(ast, stage).findLast((i) => i.keyword === 'CMD' || i.keyword === 'ENTRYPOINT')?.range.line;
  return line === undefined ? [] : [line];
}

/** Options of each server that take no value: any other option (without `=`) takes the next word. */
const VALUELESS_OPTIONS: Record<string, ReadonlySet<string>> = {
  uvicorn: new Set([
    '--reload', '--factory', '--proxy-headers', '--no-proxy-headers', '--access-log', '--no-access-log', '--use-colors',
    '--no-use-colors', '--server-header', '--no-server-header', '--date-header', '--no-date-header', '--version', '--help',
  ]),
  gunicorn: new Set([
    '--reload', '--spew', '--check-config', '--print-config', '--preload', '--no-sendfile', '--reuse-port', '-D', '--daemon',
    '-R', '--enable-stdio-inheritance', '--capture-output', '--log-syslog', '--proxy-protocol', '--strip-header-spaces',
    '--do-handshake-on-connect', '--suppress-ragged-eofs', '--disable-redirect-access-to-syslog', '--no-control-socket', '-v', '--version', '-h', '--help',
  ]),
};

/** What a server loads when its app argument names a module only: gunicorn's `application`; uvicorn refuses. */
const DEFAULT_ATTRIBUTE: Record<string, string> = { gunicorn: 'application' };

/**
 * Why the server's app argument (its one positional word) cannot be imported, or null: a file path
 * (`src/api.py:app`), or a module without its attribute (`src.api`) when the server does not load
 * the attribute the app file defines. Variables are not judged.
 */
function malformedApp(server: string, words: readonly string[], at: number, expectedAttribute: string): string | null {
  const valueless = VALUELESS_OPTIONS[server];
  if (!valueless) return null;
  for (let k = at + 1; k < words.length; k++) {
    const word = words[k]!;
    if (word.startsWith('-')) {
      // `--bind=…` and `-w4` carry their value; `-w 4` takes the next word.
      const carriesValue = word.includes('=') || (!word.startsWith('--') && word.length > 2);
      if (!carriesValue && !valueless.has(word)) k++;
      continue;
    }
    if (word.includes('$') || APP_SPEC.test(word)) return null;
    // `ENTRYPOINT ["uvicorn"]` then `CMD ["uvicorn", "src.api:app", …]`: the program's name, twice.
    if (word === server) {
      const app = words.slice(k + 1).find((next) => APP_SPEC.test(next));
      // click reads every argument before it runs: an app after the stray word is one argument too many.
      const error = app === undefined ? `Import string \"${word}\" must be in format \"<module>:<attribute>\"` : `Got unexpected extra argument (${app})`;
      return `${server} được gọi hai lần (thường do ENTRYPOINT đã chạy ${server} và CMD lặp lại nó): chữ "${word}" thứ hai thành ứng dụng cần nạp, nên container dừng ngay với lỗi "${error}". Bỏ "${word}" thừa${app === undefined ? '' : `, để CMD bắt đầu bằng "${app}"`}.`;
    }
    const isPath = word.includes('/') || word.endsWith('.py') || /\.py:/.test(word);
    const fallback = DEFAULT_ATTRIBUTE[server];
    if (!isPath && !word.includes(':') && fallback === expectedAttribute) return null;
    const dotted = word.replace(/\.py(?=:|$)/, '').replace(/^\.\//, '').replace(/\//g, '.');
    const fixed = `${dotted.split(':')[0]}:${word.includes(':') ? word.slice(word.indexOf(':') + 1) : expectedAttribute}`;
    if (isPath) {
      const failure = server === 'gunicorn' ? '"ModuleNotFoundError" rồi "Worker failed to boot"' : '"Could not import module"';
      return `${server} nhận chuỗi import dạng "module:thuộc_tính", không phải đường dẫn file "${word}": container dừng với lỗi ${failure}. Viết ${fixed}.`;
    }
    return fallback === undefined
      ? `${server} cần cả tên thuộc tính sau dấu hai chấm ("${word}" thiếu ":${expectedAttribute}"): container dừng với lỗi "Import string must be in format <module>:<attribute>". Viết ${fixed}.`
      : `Không có ":${expectedAttribute}" sau "${word}" thì ${server} tìm thuộc tính ${fallback}, mà file chỉ đặt tên ứng dụng là ${expectedAttribute}: container dừng với lỗi "Failed to find attribute '${fallback}'". Viết ${fixed}.`;
  }
  return null;
}

/** Bases known to come without any Python server (or init program): it must be installed on top. */
const BARE_BASES = new Set(['python', 'pypy', 'debian', 'ubuntu', 'alpine']);

/** Whether the stage's base image is one of the bare bases above (another may bring anything). */
export function onBareBase(ast: DockerfileAst, stage: Stage): boolean {
  const base = baseImageOf(ast, stage);
  const library = base ? libraryName(base) : null;
  return library !== null && BARE_BASES.has(library);
}

/** Programs that install software: any of them in a shipped RUN may install the server. */
const INSTALLERS = new Set(['pip', 'pip3', 'uv', 'poetry', 'pipenv', 'pdm', 'pipx', 'conda', 'mamba', 'micromamba', 'apt-get', 'apt', 'apk', 'dnf', 'yum']);

/**
 * Why the shipped image plainly cannot run the Python server `server`, or null when it may (or when
 * that cannot be told). On a bare base it needs a shipped RUN that installs something, or a COPY
 * that may bring an installed environment (a folder or a wheel, from a stage or the context); an
 * environment copied only under /root cannot serve a non-root USER, since Debian's /root is 0700.
 */
export function serverInstallProblem(ast: DockerfileAst, stage: Stage, server: string): string | null {
  if (!onBareBase(ast, stage)) return null;
  let underRoot: Instruction | null = null;
  let rootOpened = false;
  // A folder of the context named like no environment (`COPY src/ ./src/`): the app's code, most likely.
  let codeFolder = false;
  for (const instruction of instructionsWithParents(ast, stage)) {
    if (instruction.keyword === 'RUN') {
      const commands = commandsOf(instruction);
      if (commands.some((cmd) => INSTALLERS.has(programName(cmd)) || pipInstallArgs(cmd) !== null)) return null;
      // `chmod 755 /root`, `chown -R app /root`: whether the user can reach /root is no longer known.
      if (commands.some((cmd) => /^(chmod|chown)$/.test(programName(cmd)) && cmd.args.some((w) => w.value.startsWith('/root')))) rootOpened = true;
    } else if ((instruction.keyword === 'COPY' || instruction.keyword === 'ADD') && copyPaths(instruction).sources.some(mayHoldPackages)) {
      const { sources, destination } = copyPaths(instruction);
      if (isContextCopy(instruction) && sources.every(isCodeFolder)) {
        codeFolder = true;
        continue;
      }
      if (!/^\/root(\/|$)/.test(destination)) return null;
      underRoot ??= instruction;
    }
  }
  const user = stage.user?.value.split(':')[0]?.trim() ?? 'root';
  if (underRoot === null && codeFolder) return null;
  if (underRoot === null) {
    return `Image cuối không cài ${server}: không có lệnh cài gói (pip install…) nào, cũng không COPY môi trường đã cài từ stage khác, nên container dừng ngay ("executable file not found"). Cài requirements trong image cuối, hoặc COPY --from=builder môi trường đã cài.`;
  }
  if (rootOpened || user === 'root' || user === '0' || user === '' || user.includes('$')) return null;
  return `Thư viện được COPY vào ${copyPaths(underRoot).destination} (dòng ${underRoot.range.line}) nhưng container chạy bằng USER ${user}: thư mục /root chỉ root vào được (quyền 700), nên ${server} không chạy được. COPY vào thư mục của user đó (ví dụ /home/${user}/.local, rồi đặt PATH) hoặc dùng một venv như /opt/venv.`;
}

/**
 * Why the packages pip installed in the shipped image are out of the container's reach, or null
 * (also when that cannot be told). On the python image, with every install done by pip itself:
 * - all run by root with `--user`: they sit in /root/.local, and Debian's /root is 0700, so a
 *   non-root USER gets "No module named …" (or cannot run the server);
 * - all run by the container's own non-root USER: pip falls back to a user install in its home
 *   ("normal site-packages is not writeable"), so the server's script sits in ~/.local/bin, which
 *   is on no PATH unless the Dockerfile adds it.
 * `server` is the program the container starts, or null for a Python script (which imports them).
 * Not judged: a venv, --prefix/--target, another installer, a COPY that may bring packages, sudo.
 */
export function userInstallProblem(ast: DockerfileAst, stage: Stage, server: string | null): string | null {
  const base = baseImageOf(ast, stage);
  if (!base || libraryName(base) !== 'python' || movesUserInstalls(stage)) return null;
  const installs: { line: number; user: string; userFlag: boolean }[] = [];
  let user = 'root';
  let rootOpened = false;
  for (const instruction of instructionsWithParents(ast, stage)) {
    if (instruction.keyword === 'USER') user = userOf(instruction.argsText, stage) ?? '$';
    if ((instruction.keyword === 'COPY' || instruction.keyword === 'ADD') && copyPaths(instruction).sources.some((source) => mayHoldPackages(source) && !(isContextCopy(instruction) && isCodeFolder(source)))) return null;
    if (instruction.keyword !== 'RUN') continue;
    if (SWITCHES_USER.test(instruction.argsText) || /venv|activate|virtualenv/.test(instruction.argsText)) return null;
    for (const cmd of commandsOf(instruction)) {
      const program = programName(cmd);
      if (/^(chmod|chown)$/.test(program) && cmd.args.some((w) => w.value.startsWith('/root'))) rootOpened = true;
      const pip = pipInstallArgs(cmd);
      if (pip === null) {
        if (INSTALLERS.has(program)) return null;
        continue;
      }
      // A pip named by its path may be a venv's; --prefix, --target and --root put packages elsewhere.
      if (cmd.name.includes('/') || pip.some((w) => /^(-t|--target|--prefix|--root)(=|$)/.test(w.value))) return null;
      installs.push({ line: instruction.range.line, user, userFlag: pip.some((w) => w.value === '--user') });
    }
  }
  const final = userOf(stage.user?.value ?? 'root', stage);
  if (installs.length === 0 || final === null || final === 'root' || final.includes('$')) return null;
  const path = stage.env.PATH;
  // A PATH that names another folder may lead to a venv's python or pip: not judged.
  const entries = path === undefined ? DEFAULT_PATH : path.split(':').flatMap((entry) => (entry === '$PATH' || entry === '${PATH}' ? DEFAULT_PATH : [normalizePath(entry)]));
  if (entries.some((entry) => !DEFAULT_PATH.includes(entry) && !entry.endsWith('/.local/bin'))) return null;
  const first = installs[0]!;
  if (installs.every((install) => install.user === 'root' && install.userFlag) && !rootOpened) {
    const fails = server === null ? 'Python không thấy các gói đó và chương trình dừng với lỗi "ModuleNotFoundError: No module named …"' : `${server} không chạy được`;
    return `pip install --user ở dòng ${first.line} chạy bằng root nên cài thư viện vào /root/.local, nhưng container chạy bằng USER ${final}: thư mục /root chỉ root vào được (quyền 700), nên ${fails}. Bỏ --user để cài vào thư viện chung của image (pip install --no-cache-dir -r requirements.txt), hoặc cài trước khi đổi USER mà không dùng --user.`;
  }
  if (server === null || !installs.every((install) => install.user === final)) return null;
  // Only a home useradd -m (or adduser) made at /home/<name>: elsewhere pip may not even run.
  if (!madeHome(ast, stage, final)) return null;
  const bin = `/home/${final}/.local/bin`;
  if (entries.includes(bin)) return null;
  return `pip install ở dòng ${first.line} chạy bằng USER ${final}, không ghi được vào thư viện chung của image nên cài vào thư mục của user (/home/${final}/.local): ${server} nằm ở ${bin}, không có trong PATH, nên container dừng với "executable file not found in $PATH". Cài thư viện bằng root trước USER ${final}, hoặc thêm ENV PATH=${bin}:$PATH.`;
}

/**
 * `3.11` of `python:3.11.9-slim`, `3.11 (Alpine)` of `python:3.11-alpine`: the version and the C
 * library packages are built for; null for `slim`, `latest`, a variable, another image.
 */
function pythonVersion(ref: ImageRef | null): string | null {
  if (!ref || ref.unresolved || libraryName(ref) !== 'python') return null;
  const version = /^(\d+\.\d+)(\.|-|$)/.exec(ref.tag ?? '')?.[1];
  return version === undefined ? null : /alpine/.test(ref.tag ?? '') ? `${version} (Alpine)` : version;
}

/**
 * Why packages copied from a stage built on another Python version cannot be imported, or null:
 * a user install, a venv or site-packages holds them under lib/python3.X/, which another version
 * never looks in (and a venv's python links to the old one). Only python images with a version tag.
 */
export function pythonVersionProblem(ast: DockerfileAst, stage: Stage): string | null {
  const here = pythonVersion(baseImageOf(ast, stage));
  if (here === null) return null;
  for (const instruction of instructionsWithParents(ast, stage)) {
    const from = instruction.keyword === 'COPY' ? flagValue(instruction, 'from') : null;
    const source = from === null ? undefined : stageNamed(ast, from, instruction.stageIndex);
    if (!source) continue;
    const environment = copyPaths(instruction).sources.find((path) => normalizePath(path).split('/').some((part) => ENVIRONMENT.test(part)));
    const there = pythonVersion(baseImageOf(ast, source));
    if (environment === undefined || there === null || there === here) continue;
    const image = baseImageOf(ast, stage)!.raw;
    if (there.split(' ')[0] === here.split(' ')[0]) {
      // Same version, another C library: wheels built for glibc (Debian) do not load on musl (Alpine), or back.
      return `Dòng ${instruction.range.line} chép ${environment} từ stage ${from} (python ${there}) sang image cuối ${image}: các gói có mã C (numpy, scikit-learn) được build cho thư viện C của image kia nên không nạp được ("ImportError"), container dừng. Dùng cùng một loại image cho mọi stage (cùng -slim, hoặc cùng -alpine).`;
    }
    return `Dòng ${instruction.range.line} chép ${environment} từ stage ${from} (python ${there}) sang image cuối chạy python ${here}: thư viện nằm trong lib/python${there.split(' ')[0]}/site-packages mà python ${here.split(' ')[0]} không tìm tới, nên container dừng với "ModuleNotFoundError". Dùng cùng một phiên bản Python cho mọi stage (ví dụ cả hai FROM ${image}).`;
  }
  return null;
}

/** Whether a RUN of the stage chain makes the account `name` with its home at /home/<name>. */
export function madeHome(ast: DockerfileAst, stage: Stage, name: string): boolean {
  return instructionsWithParents(ast, stage).some((i) => i.keyword === 'RUN' && commandsOf(i).some((cmd) => createsHome(cmd, name)));
}

/** `useradd -m name`, `useradd --create-home … name`, `adduser name`: the account gets /home/name. */
function createsHome(cmd: ShellCommand, name: string): boolean {
  const program = programName(cmd);
  const words = cmd.args.map((word) => word.value);
  if (words[words.length - 1] !== name || words.some((word) => /^(-d|--home(-dir)?)$/.test(word))) return false;
  if (program === 'adduser') return !words.some((word) => word === '--no-create-home' || word === '-H');
  return program === 'useradd' && words.some((word) => word === '--create-home' || /^-[a-zA-Z]*m/.test(word));
}

/** Variables that send pip's installs elsewhere than site-packages or ~/.local, or make every install a user install. */
export function movesUserInstalls(stage: Stage): boolean {
  return ['HOME', 'PYTHONUSERBASE', 'PIP_USER', 'PIP_TARGET', 'PIP_PREFIX', 'PIP_ROOT'].some((name) => stage.env[name] !== undefined);
}

/** A folder of the context that holds code, not an installed environment: `src/`, `app`, not `.venv`, `.`, a glob, a wheel. */
function isCodeFolder(source: string): boolean {
  const path = normalizePath(source);
  const name = path.split('/').pop() ?? '';
  return path !== '.' && !/[*?[$]/.test(path) && !ENVIRONMENT.test(name) && !/^(bin|lib|wheels?|dist|install|packages|deps|vendor)$/.test(name) && mayHoldPackages(source);
}

/** A folder (an environment, site-packages, a prefix) or a package file: not a model, not a script. */
function mayHoldPackages(source: string): boolean {
  const name = normalizePath(source).split('/').pop() ?? '';
  if (isModelArtefact(source)) return false;
  // A name with an extension is a file (`.local`, `.venv` are folders).
  return /\.(whl|egg|tar\.gz|zip)$/.test(name) || !/^[^.].*\.\w+$/.test(name);
}

/** The PATH of the python, debian, ubuntu and alpine images, which `$PATH` in an ENV stands for. */
const DEFAULT_PATH = ['/usr/local/sbin', '/usr/local/bin', '/usr/sbin', '/usr/bin', '/sbin', '/bin'];
/** What a Python environment is called: a user install, a virtual environment, bare site-packages. */
const ENVIRONMENT = /^(\.local|\.?venv|site-packages)$/;
/** Commands after which a program may sit anywhere: links, copies, a script. */
const PLACES_PROGRAMS = new Set(['ln', 'cp', 'mv', 'install', 'update-alternatives', 'sh', 'bash']);

/**
 * Why a venv copied from a stage to another path cannot run its scripts, or null. A venv's scripts
 * start with `#!<where the venv was made>/bin/python`: copied elsewhere, that interpreter is not
 * there and the container stops with "no such file or directory". A user install (`.local`) is
 * not judged: its scripts name the system python. Nor a venv made relocatable (`uv venv --relocatable`).
 */
function movedVenvProblem(ast: DockerfileAst, environments: readonly { instruction: Instruction; source: string; destination: string }[], server: string): string | null {
  const moved = environments.find(
    ({ source, destination }) => /^\.?venv$/.test(baseName(source)) && source.startsWith('/') && !source.includes('$') && normalizePath(source) !== destination,
  );
  if (!moved || ast.instructions.some((i) => i.argsText.includes('--relocatable'))) return null;
  const from = normalizePath(moved.source);
  return `Dòng ${moved.instruction.range.line} chép venv từ ${from} sang ${moved.destination}: script ${server} trong ${moved.destination}/bin vẫn bắt đầu bằng #!${from}/bin/python, mà đường dẫn đó không có trong image cuối, nên container dừng với "no such file or directory". Chép venv về đúng chỗ cũ (COPY --from=… ${from} ${from}, PATH gồm ${from}/bin), hoặc chạy bằng python -m ${server}.`;
}

/**
 * Why the server's command is plainly not on PATH, or null when it may be (or that cannot be told):
 * on a bare base with nothing installed by a RUN, the environments copied from a stage (a user
 * install, a venv, site-packages) hold the server's script under their `bin`, and neither that
 * folder nor the folder of any other copy is on the stage's PATH. `python -m server`, a path to the
 * program, an activated venv or a script in front of it are not judged.
 */
export function serverPathProblem(ast: DockerfileAst, stage: Stage, words: readonly string[], server: string): string | null {
  if (!onBareBase(ast, stage)) return null;
  const at = serverWordIndex(words, server);
  if (at < 0 || words[at]!.includes('/') || words[at - 1] === '-m') return null;
  if (words.slice(0, at).some((w) => w === 'source' || w === '.' || w.includes('activate'))) return null;
  const environments: { instruction: Instruction; source: string; destination: string }[] = [];
  const destinations: string[] = [];
  for (const instruction of instructionsWithParents(ast, stage)) {
    if (instruction.keyword === 'RUN') {
      const commands = commandsOf(instruction);
      if (commands.some((cmd) => INSTALLERS.has(programName(cmd)) || PLACES_PROGRAMS.has(programName(cmd)) || programName(cmd).endsWith('.sh') || pipInstallArgs(cmd) !== null)) return null;
      continue;
    }
    if (instruction.keyword !== 'COPY' && instruction.keyword !== 'ADD') continue;
    const { sources, destination } = copyPaths(instruction);
    const named = sources.filter((source) => ENVIRONMENT.test(baseName(source)));
    const fromStage = flagValue(instruction, 'from') !== null;
    if (!fromStage) {
      // A venv from the build context: where its scripts point is not known here.
      if (named.length > 0) return null;
      continue;
    }
    if (!sources.some(mayHoldPackages)) continue;
    // Anything else copied from a stage (a prefix, a folder of unknown layout) may bring the server: not judged.
    if (named.length === 0 || !destination.startsWith('/') || destination.includes('$')) return null;
    const to = normalizePath(destination);
    destinations.push(to, to.slice(0, to.lastIndexOf('/')) || '/', `${to}/bin`);
    environments.push({ instruction, source: named[0]!, destination: to });
  }
  const first = environments[0];
  if (first === undefined) return null;
  const moved = movedVenvProblem(ast, environments, server);
  if (moved) return moved;
  const raw = stage.env.PATH;
  const path = raw === undefined ? DEFAULT_PATH : raw.split(':').flatMap((entry) => (entry === '$PATH' || entry === '${PATH}' ? DEFAULT_PATH : [normalizePath(entry)]));
  if (path.some((entry) => entry.includes('$'))) return null;
  if (destinations.some((folder) => path.includes(folder))) return null;
  const line = first.instruction.range.line;
  if (baseName(first.source) === 'site-packages') {
    return `Dòng ${line} chỉ COPY site-packages: script ${server} (nằm trong thư mục bin của stage build) không được chép theo, nên container dừng với "executable file not found in $PATH". Chạy bằng python -m ${server}, hoặc COPY thêm thư mục bin đó.`;
  }
  const bin = `${first.destination}/bin`;
  return `${server} được cài trong ${bin} (COPY dòng ${line}) nhưng thư mục này không có trong PATH, nên container dừng với "executable file not found in $PATH". Thêm ENV PATH=${bin}:$PATH.`;
}
