// Question 8's first lesson: Docker reuses a layer only while everything before it is unchanged.
// Copying the source before installing dependencies means every code edit reinstalls them all.
import { contextSources, copyDestination, findContextSource, isWholeContext, unquoteWord } from '../context-sources';
import { cleanPath, resolvePath } from '../dockerignore';
import { inCase, majorityCasing } from '../keyword-casing';
import { dependencyInstall, gapBetween, spanning, type DependencyInstall } from '../packages';
import { commandsOf, pipInstallStart, positionals, programName } from '../query';
import { defineRule } from '../rule';
import { sourceText } from '../source-text';
import type { DockerfileAst, Fix, Instruction, ShellCommand, Stage, Token } from '../types';

/** Folders that conventionally hold application code (they change with every edit). */
const SOURCE_FOLDERS = new Set(['src', 'app', 'lib', 'source', 'sources', 'code', 'pkg', 'cmd', 'internal', 'api', 'server', 'project']);

/** Longer names cannot be a source folder: most sources (`requirements.txt`) are rejected before lower-casing. */
const LONGEST_SOURCE_FOLDER = Math.max(...Array.from(SOURCE_FOLDERS, (folder) => folder.length));

function isSourceFolder(path: string): boolean {
  return path.length <= LONGEST_SOURCE_FOLDER && SOURCE_FOLDERS.has(path.toLowerCase());
}

/** A file of application code (`app.py`, `src/*.py`, `index.js`); not setup.py, which `pip install .` reads. */
const CODE_FILE = /(^|\/)(?!setup\.py$)[^/]+\.(py|ipynb|js|ts|go|rb)$/;

/** The whole context (`.`), a whole source folder (`src/`, `./app`) or a code file. */
function isSourceCopy(source: string): boolean {
  if (isWholeContext(source) || CODE_FILE.test(source)) return true;
  // A single name (`requirements.txt`) is already clean: most sources skip the path cleaning.
  return isSourceFolder(source.includes('/') ? cleanPath(source) : source);
}

/** The dependency installs a RUN performs, in order; null when it performs none (most RUNs). */
function installsOf(run: Instruction): DependencyInstall[] | null {
  let installs: DependencyInstall[] | null = null;
  const commands = commandsOf(run);
  for (let i = 0; i < commands.length; i++) {
    const install = dependencyInstall(commands[i]!);
    if (install) (installs ??= []).push(install);
  }
  return installs;
}

/** pip options that read files from the build context. */
const CONTEXT_OPTIONS = /^(-r|-c|-e|--requirement|--constraint|--editable|--find-links|-f)(=|$)/;

/** Programs that read nothing from the build context. */
const CONTEXT_FREE = new Set(['rm', 'echo', 'true', 'mkdir']);

/** Commands that read nothing from the build context, so they may move above the source COPY. */
function readsNoContext(cmd: ShellCommand): boolean {
  if (CONTEXT_FREE.has(programName(cmd))) return true;
  const args = cmd.args;
  let i = pipInstallStart(cmd);
  // `pip install --upgrade pip` or named packages from the index: no file of the context involved.
  if (i < 0) return false;
  for (; i < args.length; i++) {
    const v = args[i]!.value;
    if (v.startsWith('-') ? CONTEXT_OPTIONS.test(v) : /[/$]/.test(v) || v.startsWith('.')) return false;
  }
  return true;
}

/** `pip install`, `npm ci`, `go mod download`: how the message names the install. */
function installLabel(install: DependencyInstall): string {
  const words = positionals(install.command);
  const first = words[0]?.value;
  let label = install.command.name;
  for (let i = 0; i < (first === 'mod' || first === 'run' ? 2 : 1) && i < words.length; i++) label += ` ${words[i]!.value}`;
  return label;
}

/** Absolute working folder after a WORKDIR sequence, or null when it cannot be known. */
function resolveFolder(current: string | null, path: string): string | null {
  const unquoted = unquoteWord(path);
  if (unquoted.includes('$') || (current === null && !unquoted.startsWith('/'))) return null;
  return resolvePath(unquoted, current ?? '/');
}

/** Each manifest the installs read, once, in order. */
function manifestsOf(installs: DependencyInstall[]): string[] {
  // Plain loops: this runs only when the rule reports, and there (not warmed up by other code, as in
  // an editor between keystrokes) a Set spread from flatMap cost several microseconds.
  const manifests: string[] = [];
  for (const install of installs) for (const manifest of install.manifests) if (!manifests.includes(manifest)) manifests.push(manifest);
  return manifests;
}

/** Instructions that read nothing from the context: the only ones that may stand between the COPY and the RUN. */
const CONTEXT_FREE_INSTRUCTIONS = new Set(['WORKDIR', 'ENV', 'ARG', 'LABEL', 'USER', 'EXPOSE', 'STOPSIGNAL']);

/**
 * The quick fix: copy the manifests (`manifestsOf(installs)`) and install before the whole-context
 * COPY, when nothing else can break.
 */
function reorderFix(ast: DockerfileAst, stage: Stage, copy: Instruction, run: Instruction, installs: DependencyInstall[], manifests: string[]): Fix | undefined {
  const sources = contextSources(copy);
  if (sources.length !== 1 || !isWholeContext(sources[0]!.value) || sources[0]!.value.includes('*')) return undefined;
  if (!installs.every((install) => install.manifestOnly)) return undefined;
  // Written into a COPY line, a manifest named like a flag would be read as one, and a blank would
  // split it. One named like a folder (`-r .`) is no manifest: copying it first copies the source.
  if (manifests.some((manifest) => manifest.startsWith('-') || /\s/.test(manifest) || /(^|\/)\.{0,2}$/.test(manifest))) return undefined;
  const commands = commandsOf(run);
  if (!commands.every((cmd) => dependencyInstall(cmd) !== null || readsNoContext(cmd))) return undefined;

  // Moving one install would leave the next one behind the source COPY: not a complete fix.
  const laterInstall = stage.instructions.some((i) => i.index > run.index && i.keyword === 'RUN' && installsOf(i) !== null);
  if (laterInstall) return undefined;

  const between = stage.instructions.filter((i) => i.index > copy.index && i.index < run.index);
  if (between.some((i) => !CONTEXT_FREE_INSTRUCTIONS.has(i.keyword))) return undefined;

  // The manifests must land where the install reads them: the COPY's destination is the RUN's folder.
  let folder: string | null = null;
  let folderAtCopy: string | null = null;
  for (const instruction of stage.instructions) {
    if (instruction.index === copy.index) folderAtCopy = folder;
    if (instruction.index >= run.index) break;
    if (instruction.keyword === 'WORKDIR') folder = resolveFolder(folder, instruction.argsText.trim());
  }
  const destination = copyDestination(copy);
  const relativeHere = /^\.\/?$/.test(destination);
  const workdirBetween = between.some((i) => i.keyword === 'WORKDIR');
  if (relativeHere ? workdirBetween : !(destination.startsWith('/') && folder !== null && resolveFolder(folderAtCopy, destination) === folder)) return undefined;

  const flags = copy.flags.map((flag) => sourceText(ast, flag.range)).join(' ');
  // In the casing most of the file's keywords are written in, as instruction-casing asks.
  const keyword = `${inCase('COPY', majorityCasing(ast))}${flags ? ` ${flags}` : ''}`;
  // What stood between the COPY and the RUN first, then the manifests (those at the top in one COPY), the RUN, the COPY.
  const gap = sourceText(ast, gapBetween(copy.range, run.range));
  const kept = gap.replace(/^[ \t]*\r?\n(\s*\r?\n)*/, '').replace(/\s+$/, '');
  const lines = kept ? [kept] : [];
  const plain = manifests.filter((m) => !m.includes('/'));
  if (plain.length > 0) lines.push(`${keyword} ${plain.join(' ')} ./`);
  for (const m of manifests) if (m.includes('/')) lines.push(`${keyword} ${m} ${m}`);
  lines.push(sourceText(ast, run.range), sourceText(ast, copy.range));
  return {
    title: `Chép ${manifests.join(' ')} và cài dependencies trước khi chép mã nguồn`,
    edits: [{ range: spanning(copy.range, run.range), text: lines.join('\n') }],
  };
}

export default defineRule({
  meta: {
    id: 'deps-before-source',
    category: 'layers',
    lesson: { question: 8, anchor: 'optimal-layer-ordering' },
    messages: {
      order:
        '{{instruction}} {{source}} chép mã nguồn trước khi cài dependencies ở dòng {{line}} ({{install}}): sửa bất kỳ file code nào cũng làm cài lại toàn bộ dependencies. COPY {{manifest}} trước, cài dependencies, rồi mới COPY mã nguồn.',
    },
    fixable: true,
  },
  inspectStage(stage, context) {
    const { ast } = context;
    let copy: Instruction | undefined;
    let source: Token | undefined;
    /** Whether a RUN installed dependencies before the source COPY. */
    let installedBefore = false;
    for (let i = 0; i < stage.instructions.length; i++) {
      const instruction = stage.instructions[i]!;
      if (!copy || !source) {
        source = findContextSource(instruction, isSourceCopy);
        if (source) copy = instruction;
        else if (instruction.keyword === 'RUN' && installsOf(instruction)) installedBefore = true;
        continue;
      }
      if (instruction.keyword !== 'RUN') continue;
      // Never an empty list: null when the RUN installs nothing.
      const installs = installsOf(instruction);
      // The dependencies came first (`uv sync --no-install-project`, `poetry install --no-root`,
      // `pip install -r`): installing the project itself after its source is the pattern taught.
      if (!installs || (installedBefore && installs.every((install) => !install.manifestOnly))) continue;
      const manifests = manifestsOf(installs);
      context.report({
        messageId: 'order',
        range: source.range,
        data: {
          instruction: copy.keyword,
          source: source.value,
          line: instruction.range.line,
          install: installLabel(installs[0]!),
          manifest: manifests.join(' '),
        },
        fix: reorderFix(ast, stage, copy, instruction, installs, manifests),
      });
      break;
    }
  },
});
