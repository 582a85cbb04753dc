// What the layer rules know about installing software in a RUN: which OS packages a command
// installs or removes, which of them are a build toolchain, and which commands install an
// application's dependencies from a manifest (and so belong right after copying that manifest).
import { unquoteWord } from './context-sources';
import { commandsOf, findFlag, flagValue, hasFlag, pipInstallStart, positionals, programName, PYTHON, stageOf } from './query';
import type { Instruction, Range, RuleContext, ShellCommand, ShellWord, Stage } from './types';

// ---------------------------------------------------------------- OS packages

/** Options of apt-get/apk/yum that take the next word as their value (so it is not a package). */
const OPTIONS_WITH_VALUE = new Set([
  '-o',
  '--option',
  '-t',
  '--target-release',
  '--default-release',
  '-c',
  '--config-file',
  '--virtual',
  '-X',
  '--repository',
  '--root',
  '-p',
  '--repo',
  '--enablerepo',
  '--disablerepo',
  '--setopt',
  '--installroot',
  '--releasever',
]);

/** `yum` stands for its kin too: dnf, microdnf, tdnf and zypper install and remove with the same subcommands (or `in`, `rm`). */
export type PackageManager = 'apt' | 'apk' | 'yum';

const MANAGERS: ReadonlyMap<string, PackageManager> = new Map([
  ['apt-get', 'apt'],
  ['apt', 'apt'],
  ['aptitude', 'apt'],
  ['apk', 'apk'],
  ['yum', 'yum'],
  ['dnf', 'yum'],
  ['microdnf', 'yum'],
  ['tdnf', 'yum'],
  ['zypper', 'yum'],
]);

/** The OS package manager a command drives, or null. */
export function packageManagerOf(cmd: ShellCommand): PackageManager | null {
  return MANAGERS.get(programName(cmd)) ?? null;
}

/** The subcommand of an apt command (`update`, `install`…); undefined for other programs. */
export function aptSubcommand(cmd: ShellCommand): string | undefined {
  return packageManagerOf(cmd) === 'apt' ? subcommandWord(cmd)?.value : undefined;
}

/** The subcommand word (`install`, `add`, `purge`…), skipping options and their values. */
export function subcommandWord(cmd: ShellCommand): ShellWord | undefined {
  for (let i = 0; i < cmd.args.length; i++) {
    const word = cmd.args[i]!;
    if (word.value.startsWith('-')) {
      if (OPTIONS_WITH_VALUE.has(word.value)) i++;
      continue;
    }
    return word;
  }
  return undefined;
}

/**
 * Words after the subcommand that name packages (option values such as `-t bookworm` skipped);
 * only those that pass `keep` when it is given (one list instead of a list and its filtered copy).
 */
export function packageWords(cmd: ShellCommand, keep?: (word: ShellWord) => boolean): readonly ShellWord[] {
  let count = 0;
  let afterSubcommand = false;
  for (let i = 0; i < cmd.args.length; i++) {
    const word = cmd.args[i]!;
    if (word.value.startsWith('-')) {
      if (OPTIONS_WITH_VALUE.has(word.value)) i++;
    } else if (!afterSubcommand) afterSubcommand = true;
    else if (!keep || keep(word)) listed[count++] = word;
  }
  return listed.slice(0, count);
}

/**
 * The words packageWords lists, copied out at their exact size: a list grown by push has room for
 * 16 from its first word (101 KB per 10k analysis). Counted, never emptied.
 */
const listed: ShellWord[] = [];

type Subcommands = Readonly<Record<PackageManager, ReadonlySet<string>>>;

/** Subcommands that install, then those that remove, per package manager. */
const INSTALLS: Subcommands = { apt: new Set(['install']), apk: new Set(['add']), yum: new Set(['install', 'in', 'groupinstall']) };
const REMOVALS: Subcommands = {
  apt: new Set(['purge', 'remove', 'autoremove']),
  apk: new Set(['del']),
  yum: new Set(['remove', 'rm', 'erase', 'autoremove']),
};

/**
 * Options with which a package manager only shows what it would do: `apt-get install -s curl`
 * (postgres's official image asks it whether a package exists) installs nothing, asks nothing and
 * leaves no cache, so no rule about installing applies to it.
 */
const DRY_RUNS: Readonly<Record<PackageManager, string[]>> = {
  apt: ['-s', '--simulate', '--just-print', '--dry-run', '--recon', '--no-act'],
  apk: ['-s', '--simulate'],
  yum: ['--assumeno'],
};

/** Whether a command of `manager` only shows what it would do (`apt-get install -s`, or `-sy`). */
export function isDryRun(cmd: ShellCommand, manager: PackageManager): boolean {
  // The list itself, not spread: this runs for every install command, several times per RUN.
  return findFlag(cmd, DRY_RUNS[manager]) !== undefined;
}

/** The packages (those that pass `keep`, if given) of a command whose subcommand is one of `subcommands`, else null. */
function managedPackages(cmd: ShellCommand, subcommands: Subcommands, keep?: (word: ShellWord) => boolean): readonly ShellWord[] | null {
  const manager = packageManagerOf(cmd);
  // Only a package manager's command has a subcommand worth reading.
  const subcommand = manager && subcommandWord(cmd);
  return subcommand && subcommands[manager].has(subcommand.value) && !isDryRun(cmd, manager) ? packageWords(cmd, keep) : null;
}

/** `apt-get install`, `apk add`, `yum install` …: the packages installed, else null. */
export function installedPackages(cmd: ShellCommand): readonly ShellWord[] | null {
  return managedPackages(cmd, INSTALLS);
}

/** Whether the command installs a package whose word passes `names` (`apk add python3` for Python); lists none. */
export function installsPackage(cmd: ShellCommand, names: (word: ShellWord) => boolean): boolean {
  return !!managedPackages(cmd, INSTALLS, names)?.length;
}

/** `apt-get purge|remove`, `apk del`, `yum remove` …: the packages removed, else null. */
export function removedPackages(cmd: ShellCommand): readonly ShellWord[] | null {
  return managedPackages(cmd, REMOVALS);
}

/** Where a version (`=`, `<`, `>`, `~`) or an architecture (`:`) starts. */
const VERSION_MARK = /[=:<>~]/;

/** `curl=7.88.1-10` → `curl`; `libpq-dev:amd64` → `libpq-dev`. */
export function packageName(word: string): string {
  const end = word.search(VERSION_MARK);
  return end < 0 ? word : word.slice(0, end); // most package words are bare names: no copy
}

const TOOLCHAIN = new Set([
  'build-essential',
  'build-base',
  'gcc',
  'g++',
  'gcc-c++',
  'clang',
  'llvm',
  'make',
  'cmake',
  'ninja-build',
  'autoconf',
  'automake',
  'libtool',
  'gfortran',
  'golang',
  'golang-go',
  'go',
  'rustc',
  'cargo',
  'musl-dev',
  'libc-dev',
  'linux-headers',
  'kernel-headers',
  'development tools',
]);

const VERSIONED_COMPILER = /^(gcc|g\+\+|clang|golang)-[\d.]+$/;
/** Upper-case ASCII, or any non-ASCII character (`toLowerCase` maps the Kelvin sign to `k`). */
const MAY_CHANGE_CASE = /[A-Z\u0080-\uffff]/;

/** A compiler, build tool or header package that a runtime image does not need. */
export function isToolchainPackage(word: string): boolean {
  const written = packageName(word);
  if (written === '' || written.includes('$')) return false;
  // Package names are nearly always lower-case already: lower-casing each one would copy it.
  const name = MAY_CHANGE_CASE.test(written) ? written.toLowerCase() : written;
  if (TOOLCHAIN.has(name)) return true;
  // Header packages (`libpq-dev`, `python3-devel`) and versioned compilers (`gcc-12`, `g++-12`, `golang-1.21`).
  return name.endsWith('-dev') || name.endsWith('-devel') || VERSIONED_COMPILER.test(name);
}

/**
 * Packages of a kind (`isKind` reads a package word) that a RUN installs and does not remove again
 * in the same RUN (`apt-get purge`/`remove` of it, `apk del` of it or of its `--virtual` group,
 * `yum remove`). A removal whose list holds a variable (`apt-get purge -y $BUILD_DEPS`) is trusted
 * to cover it.
 */
export function unpurgedPackages(instruction: Instruction, isKind: (word: string) => boolean): ShellWord[] {
  const commands = commandsOf(instruction);
  let kept: ShellWord[] | undefined;
  for (let index = 0; index < commands.length; index++) {
    const cmd = commands[index]!;
    // Most installs name no such package at all: tell so from the words before listing the packages.
    if (packageManagerOf(cmd) === null || !namesPackage(cmd, isKind)) continue;
    const installed = installedPackages(cmd);
    if (!installed) continue;
    // Removals are looked up only once such a package is met: most installs hold none.
    let removed: Set<string> | null | undefined;
    let group: string | undefined;
    for (const word of installed) {
      if (!isKind(word.value)) continue;
      if (removed === undefined) {
        removed = removalsFrom(commands, index + 1);
        // `apk add --virtual .build-deps …`: removing the group removes its packages.
        if (packageManagerOf(cmd) === 'apk') group = (flagValue(cmd, '--virtual') ?? flagValue(cmd, '-t'))?.toLowerCase();
      }
      if (removed === null) break;
      if (removed.has(packageName(word.value).toLowerCase()) || (group && removed.has(group))) continue;
      (kept ??= []).push(word);
    }
  }
  return kept ?? [];
}

/** Toolchain packages a RUN installs and does not remove again in the same RUN (see unpurgedPackages). */
export function unpurgedToolchain(instruction: Instruction): ShellWord[] {
  return unpurgedPackages(instruction, isToolchainPackage);
}

/** Whether any word of the command that could be a package (subcommand and option values too) passes `isKind`. */
function namesPackage(cmd: ShellCommand, isKind: (word: string) => boolean): boolean {
  for (let i = 0; i < cmd.args.length; i++) {
    const word = cmd.args[i]!.value;
    if (!word.startsWith('-') && isKind(word)) return true;
  }
  return false;
}

/** Lower-cased package names the commands from `start` on remove; null when a removal list holds a variable (it may remove anything). */
function removalsFrom(commands: readonly ShellCommand[], start: number): Set<string> | null {
  const names = new Set<string>();
  for (let i = start; i < commands.length; i++) {
    for (const word of removedPackages(commands[i]!) ?? []) {
      if (word.value.includes('$')) return null;
      names.add(packageName(word.value).toLowerCase());
    }
  }
  return names;
}

// ---------------------------------------------------------------- cache mounts and cleanup

/**
 * Whether a `RUN --mount=type=cache|tmpfs,target=…` has a target (trailing slashes dropped) that
 * passes `matches`: such paths stay out of the layer.
 */
export function hasCacheMount(instruction: Instruction, matches: (target: string) => boolean): boolean {
  for (let i = 0; i < instruction.flags.length; i++) {
    const flag = instruction.flags[i]!;
    if (flag.name !== 'mount') continue;
    const type = unquoteWord(flag.options.type ?? '');
    if (type !== 'cache' && type !== 'tmpfs') continue;
    const target = unquoteWord(flag.options.target ?? flag.options.dst ?? flag.options.destination ?? '').replace(/\/+$/, '');
    if (target !== '' && matches(target)) return true;
  }
  return false;
}

/** Whether `target` is `path` or one of its parents (a mount on `/root/.cache` covers `/root/.cache/pip`). */
export function coversPath(target: string, path: string): boolean {
  return path === target || path.startsWith(`${target}/`);
}

/** Whether an `rm` in the RUN (from its command `from` on) deletes a path that `pattern` matches (`rm -rf /var/lib/apt/lists/*`). */
export function removesPath(instruction: Instruction, pattern: RegExp, from = 0): boolean {
  const commands = commandsOf(instruction);
  for (let c = from; c < commands.length; c++) {
    const cmd = commands[c]!;
    if (programName(cmd) !== 'rm') continue;
    for (let a = 0; a < cmd.args.length; a++) {
      const path = cmd.args[a]!.value;
      if (!path.startsWith('-') && pattern.test(path)) return true;
    }
  }
  return false;
}

// ---------------------------------------------------------------- dependency installs

export interface DependencyInstall {
  command: ShellCommand;
  /** What to copy first, as it would be written in a COPY (`requirements.txt`, `package.json package-lock.json*`). */
  manifests: string[];
  /**
   * true when the install reads only its manifests, so copying them first and installing before the
   * rest of the source is a mechanical change (false for `pip install .`, `poetry install` without `--no-root`).
   */
  manifestOnly: boolean;
}

/** An installer besides pip, and how to tell that a command of it installs from its manifests. */
interface Installer {
  /** What it reads, as it would be copied first (shared lists: callers only read them). */
  manifests: string[];
  /** Whether `<program> <words>` (its positionals) installs from the manifests. */
  installs(words: string[], cmd: ShellCommand): boolean;
  /** The flag without which the install also reads the project itself (`poetry install --no-root`). */
  manifestOnlyWith?: string;
}

const MAVEN: Installer = { manifests: ['pom.xml'], installs: (words) => words.some((w) => w.startsWith('dependency:')) };

const INSTALLERS: ReadonlyMap<string, Installer> = new Map(
  Object.entries({
    poetry: { manifests: ['pyproject.toml', 'poetry.lock*'], installs: (words) => words[0] === 'install', manifestOnlyWith: '--no-root' },
    // `pipenv install requests` adds a package, it does not read the lock.
    pipenv: { manifests: ['Pipfile', 'Pipfile.lock*'], installs: (words) => words.length === 1 && (words[0] === 'install' || words[0] === 'sync') },
    uv: { manifests: ['pyproject.toml', 'uv.lock*'], installs: (words) => words[0] === 'sync', manifestOnlyWith: '--no-install-project' },
    npm: {
      manifests: ['package.json', 'package-lock.json*'],
      installs: (words, cmd) => words[0] === 'ci' || (words.length === 1 && (words[0] === 'install' || words[0] === 'i') && !hasFlag(cmd, '-g', '--global')),
    },
    yarn: { manifests: ['package.json', 'yarn.lock*'], installs: (words) => words.length === 0 || (words.length === 1 && words[0] === 'install') },
    pnpm: { manifests: ['package.json', 'pnpm-lock.yaml*'], installs: (words) => words.length === 1 && (words[0] === 'install' || words[0] === 'i') },
    go: { manifests: ['go.mod', 'go.sum*'], installs: (words) => words[0] === 'mod' && words[1] === 'download' },
    bundle: { manifests: ['Gemfile', 'Gemfile.lock*'], installs: (words) => words.length === 0 || words[0] === 'install' },
    mvn: MAVEN,
    mvnw: MAVEN,
    composer: { manifests: ['composer.json', 'composer.lock*'], installs: (words) => words[0] === 'install', manifestOnlyWith: '--no-autoloader' },
  } satisfies Record<string, Installer>),
);

/**
 * A command that installs an application's dependencies from the build context
 * (`pip install -r …`, `pip install .`, `poetry install`, `npm ci`/`install`, `yarn`, `pnpm install`,
 * `go mod download`, `bundle install`, `mvn dependency:…`), with the manifest it reads.
 */
export function dependencyInstall(cmd: ShellCommand): DependencyInstall | null {
  const pipStart = pipInstallWordsStart(cmd);
  if (pipStart >= 0) return pipDependencyInstall(cmd, pipStart);
  const installer = INSTALLERS.get(programName(cmd));
  if (!installer || !installer.installs(positionals(cmd).map((w) => w.value), cmd)) return null;
  const manifestOnly = installer.manifestOnlyWith === undefined || hasFlag(cmd, installer.manifestOnlyWith);
  return { command: cmd, manifests: installer.manifests, manifestOnly };
}

/**
 * The words after `install` of a pip install in any spelling, `uv pip install` included (it takes
 * pip's arguments). Not for the pip rules: uv has its own cache and flags.
 */
export function pipInstallWords(cmd: ShellCommand): ShellWord[] | null {
  const start = pipInstallWordsStart(cmd);
  return start < 0 ? null : cmd.args.slice(start);
}

/** Where pipInstallWords's words start in `cmd.args`, or -1. */
function pipInstallWordsStart(cmd: ShellCommand): number {
  const { args } = cmd;
  return programName(cmd) === 'uv' && args[0]?.value === 'pip' && args[1]?.value === 'install' ? 2 : pipInstallStart(cmd);
}

/** `-r file`, `--requirement file` (and `-c`, `--constraint`): the file is the next word. */
const REQUIREMENT_OPTIONS = new Set(['-r', '--requirement', '-c', '--constraint']);
/** `-rfile`, `--requirement=file` (and `-c`, `--constraint`): the file follows what this matches. */
const ATTACHED_REQUIREMENT = /^(?:-[rc](?=\S)|--(?:requirement|constraint)=)/;

/** `.`, `./`, `.[dev]`, `-e .` — the project in the current folder. */
const LOCAL_PROJECT = /^\.\/?(\[[^\]]*\])?$/;
/** pip options whose value is a path, not a project to install. */
const PIP_PATH_OPTIONS = new Set(['-r', '--requirement', '-c', '--constraint', '-t', '--target', '--prefix', '--root', '-f', '--find-links']);

function pipDependencyInstall(cmd: ShellCommand, start: number): DependencyInstall | null {
  const args = cmd.args;
  // Listed from the first one: most pip installs name packages, and read no file.
  let requirements: string[] | undefined;
  for (let i = start; i < args.length; i++) {
    const v = args[i]!.value;
    // The project itself, wherever it stands (the words skipped below are paths, never the project;
    // the word before the first is `install`).
    if (LOCAL_PROJECT.test(v) && !PIP_PATH_OPTIONS.has(args[i - 1]!.value)) return { command: cmd, manifests: ['pyproject.toml'], manifestOnly: false };
    if (REQUIREMENT_OPTIONS.has(v)) {
      const file = args[++i]?.value;
      if (file) (requirements ??= []).push(file);
      continue;
    }
    const attached = ATTACHED_REQUIREMENT.exec(v);
    if (attached) (requirements ??= []).push(v.slice(attached[0].length));
  }
  if (!requirements) return null;
  // A requirements file named through a variable or outside the context cannot be copied mechanically.
  const mechanical = requirements.every((file) => !file.includes('$') && !file.startsWith('/') && !file.includes('..') && !file.includes('://'));
  return { command: cmd, manifests: requirements, manifestOnly: mechanical };
}

// ---------------------------------------------------------------- ranges

/** The span from the program name to its subcommand (`apt-get install`, `apk add`, `pip install`). */
export function commandWordsRange(cmd: ShellCommand, subcommand: ShellWord | undefined): Range {
  const start = cmd.nameWord?.range ?? cmd.range;
  return spanning(start, subcommand?.range ?? start);
}

/** An empty range just after a word or command: where a quick fix inserts text (` -y` after `install`). */
export function after(word: { range: Range }): Range {
  const { endLine, endColumn } = word.range;
  return { line: endLine, column: endColumn, endLine, endColumn };
}

/** The span from the start of one range to the end of another. */
export function spanning(first: Range, last: Range): Range {
  return { line: first.line, column: first.column, endLine: last.endLine, endColumn: last.endColumn };
}

/** The span between two ranges: from the end of the first to the start of the second. */
export function gapBetween(first: Range, second: Range): Range {
  return { line: first.endLine, column: first.endColumn, endLine: second.line, endColumn: second.column };
}

/**
 * Reports a command that lacks a flag (`missing`: `apk add` without `--no-cache`) over the words
 * from its program name to `subcommand`, with the fix that writes the flag right after `subcommand`.
 */
export function reportMissingFlag(
  context: RuleContext,
  cmd: ShellCommand,
  subcommand: ShellWord,
  flag: string,
  data?: Record<string, string>,
): void {
  context.report({
    messageId: 'missing',
    range: commandWordsRange(cmd, subcommand),
    data,
    // Only a subcommand written plainly gets the flag after it: a script that ends on `install\`
    // would escape the blank written after it (`install -y` as one word), and in `insta'll` whose
    // quote runs to the end of the script the flag would land inside the quote.
    fix: subcommand.raw !== subcommand.value ? undefined : { title: `Thêm ${flag}`, edits: [{ range: after(subcommand), text: ` ${flag}` }] },
  });
}

/**
 * Reports the package words one install leaves unpinned (never an empty list) as one `unpinned`
 * finding that spans them all, with the first as the example: how apt-pin-versions and
 * pip-pin-versions word it.
 */
export function reportUnpinned(context: RuleContext, unpinned: readonly ShellWord[]): void {
  const first = unpinned[0]!;
  context.report({
    messageId: 'unpinned',
    range: spanning(first.range, unpinned[unpinned.length - 1]!.range),
    data: { packages: unpinned.map((w) => w.value).join(', '), example: first.value },
  });
}

/** The `install` word of `apt-get install` / `apt install`, or undefined for any other command. */
export function aptInstallWord(cmd: ShellCommand): ShellWord | undefined {
  const name = programName(cmd);
  if (name !== 'apt-get' && name !== 'apt') return undefined;
  const install = subcommandWord(cmd);
  return install?.value === 'install' && !isDryRun(cmd, 'apt') ? install : undefined;
}

/** Whether an apt command sets an option: by a word that alone does (`isWord`), or by `-o <setting>`. */
function aptOptionSet(cmd: ShellCommand, setting: RegExp, isWord: (word: string) => boolean): boolean {
  const args = cmd.args;
  for (let i = 0; i < args.length; i++) {
    const v = args[i]!.value;
    if (v === '-o' ? setting.test(args[i + 1]?.value ?? '') : isWord(v)) return true;
  }
  return false;
}

/** The `install` word of a pip install (`pip install`, `python -m pip install`), or undefined. */
export function pipInstallWord(cmd: ShellCommand): ShellWord | undefined {
  // The install word stands just before the words pipInstallStart finds.
  const start = pipInstallStart(cmd);
  return start < 0 ? undefined : cmd.args[start - 1];
}

// ---------------------------------------------------------------- builds

/** Programs `buildStep` knows besides python. */
const BUILD_TOOLS = new Set(['go', 'npm', 'yarn', 'pnpm', 'mvn', 'mvnw', 'gradle', 'gradlew', 'cargo', 'dotnet']);
const MAVEN_BUILDS = new Set(['package', 'install', 'verify']);
const GRADLE_BUILDS = new Set(['build', 'assemble', 'bootJar', 'installDist']);

/**
 * A command that compiles, bundles or trains (`go build`, `npm run build`, `mvn package`,
 * `cargo build`, `python train.py`): work that belongs in a builder stage. Returns the word that
 * names the step (for the finding's range), else undefined.
 */
export function buildStep(cmd: ShellCommand): ShellWord | undefined {
  const name = programName(cmd);
  const python = name.startsWith('python') && PYTHON.test(name);
  // Most commands are none of these: do not collect their positionals.
  if (!python && !BUILD_TOOLS.has(name)) return undefined;
  const words = positionals(cmd);
  const first = words[0];
  const second = words[1];
  if (python) {
    const moduleName = flagValue(cmd, '-m');
    if (moduleName !== undefined) return /(^|\.)train/i.test(moduleName) ? cmd.args.find((w) => w.value === moduleName) : undefined;
    return first && /(^|\/)train[\w-]*\.py$/i.test(first.value) ? first : undefined;
  }
  switch (name) {
    case 'go':
    case 'cargo':
      return first?.value === 'build' || first?.value === 'install' ? first : undefined;
    case 'npm':
      return first?.value === 'run' && second?.value === 'build' ? second : undefined;
    case 'yarn':
    case 'pnpm':
      if (first?.value === 'build') return first;
      return first?.value === 'run' && second?.value === 'build' ? second : undefined;
    case 'mvn':
    case 'mvnw':
      return words.find((w) => MAVEN_BUILDS.has(w.value));
    case 'gradle':
    case 'gradlew':
      return words.find((w) => GRADLE_BUILDS.has(w.value));
    case 'dotnet':
      return first?.value === 'publish' || first?.value === 'build' ? first : undefined;
    default:
      return undefined;
  }
}

/**
 * Reports each apt install of a RUN that lacks an option (`-y`, `--no-install-recommends`): no word
 * sets it alone (`isOptionWord`, also asked of the value a variable among the words may hold), and
 * no `-o <setting>` matches `setting`. The fix writes `option` right after `install`. The rule's
 * message id is `missing`.
 */
export function reportAptInstallsWithout(
  context: RuleContext,
  instruction: Instruction,
  option: string,
  setting: RegExp,
  isOptionWord: (word: string) => boolean,
): void {
  if (instruction.keyword !== 'RUN') return;
  const stage = stageOf(context.ast, instruction);
  const commands = commandsOf(instruction);
  for (let c = 0; c < commands.length; c++) {
    const command = commands[c]!;
    const install = aptInstallWord(command);
    if (!install || aptOptionSet(command, setting, isOptionWord) || variableMayHold(command, stage, isOptionWord)) continue;
    reportMissingFlag(context, command, install, option, { command: command.name });
  }
}

// ---------------------------------------------------------------- variables

/** `$NAME`, `${NAME}`, `${NAME:-default}` as a whole word. */
const WHOLE_VARIABLE = /^\$(?:\{([A-Za-z_]\w*)(?::?-([^}]*))?\}|([A-Za-z_]\w*))$/;

/**
 * Whether a command may get a flag through a variable (`apt-get install $APT_OPTS curl`):
 * a whole-word `$X`/`${X}` whose ENV/ARG value in the stage passes `isFlag`, or that has no known
 * value (it could hold anything, so a rule must not claim the flag is missing).
 */
export function variableMayHold(cmd: ShellCommand, stage: Stage | undefined, isFlag: (word: string) => boolean): boolean {
  for (let i = 0; i < cmd.args.length; i++) {
    const word = cmd.args[i]!;
    if (!word.value.startsWith('$')) continue; // the common case: a literal word, no pattern to run
    const m = WHOLE_VARIABLE.exec(word.value);
    if (!m) continue;
    const name = m[1] ?? m[3] ?? '';
    const known = stage?.env[name] ?? stage?.args[name] ?? m[2] ?? null;
    if (known === null || known.includes('$') || known.split(/\s+/).some(isFlag)) return true;
  }
  return false;
}
