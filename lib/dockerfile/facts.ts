// Facts: named predicates over the analysis that say whether a Dockerfile shows a practice the
// checklists ask for ("multi-stage", "a HEALTHCHECK", "WORKDIR set"…). Checklist items and task
// requirements read them; the checklist component shows their Vietnamese description.
import type { Analysis } from './analyze';
import { parseShell, SHELL_NAMES } from './parse/shell';
import { ASSIGNMENT, commandsOf, envLineSetting, finalStageOf, instructionsWithParents, isCommand, positionals, programName, unwrap } from './query';
import { effectiveCommand, serverOf, substituteVariables, type Server } from './servers';
import { sourceText } from './source-text';
import type { DockerfileAst, Flag, Instruction, Range, ShellCommand, Stage } from './types';

export interface FactResult {
  pass: boolean;
  /** Vietnamese: what was (not) seen, and where. */
  why: string;
  /** 1-based lines involved. */
  lines: number[];
}

export interface Fact {
  id: string;
  /** Vietnamese: what the Dockerfile must show, as the checklist component displays it. */
  description: string;
  evaluate(analysis: Analysis): FactResult;
}

// ---------------------------------------------------------------- shared reading helpers

export function unquote(value: string): string {
  return value.replace(/^(["'])(.*)\1$/, '$2');
}

/** Instructions of the image that ships: the final stage and the stages it is built FROM, base first. */
export function shippedInstructions(ast: DockerfileAst): readonly Instruction[] {
  const final = finalStageOf(ast);
  return final ? instructionsWithParents(ast, final) : [];
}

export function flagValue(instruction: Instruction, name: string): string | null {
  const flag = instruction.flags.find((f) => f.name.toLowerCase() === name);
  return flag?.value == null ? null : unquote(flag.value.trim());
}

/** `requirements.txt .   # Layer 3` → [`requirements.txt .`, `# Layer 3`]: the words before the first `#` word, and the rest. */
export function splitComment(text: string): [string, string] {
  const at = text.search(/(^|\s)#/);
  return [text.slice(0, at).trim(), text.slice(at).trim()];
}

/**
 * Why a `# comment` after an instruction is no comment, what Docker then does (`effect`), and the fix:
 * one wording for the builds item and the requirements that judge how the container starts.
 */
export function trailingCommentWhy(keyword: string, line: number, effect: string, comment: string, kept: string): string {
  return `${keyword} ở dòng ${line}: Dockerfile chỉ coi # là chú thích khi nó đứng đầu dòng, nên ${effect}. Đưa "${comment}" lên một dòng riêng phía trên, để lại "${kept}".`;
}

/**
 * Where a `# comment` written after a COPY/ADD starts among its words (shell form), or -1. Docker
 * reads `#` as a comment only at the start of a line: there the words are more sources, and the
 * build stops (build-stops.ts says so).
 */
export function trailingCommentAt(instruction: Instruction): number {
  if (instruction.json || instruction.heredocs.length > 0) return -1;
  return instruction.args.findIndex((token) => token.value.startsWith('#'));
}

/**
 * Sources and destination of a COPY/ADD (exec or shell form), quotes removed. Words from a trailing
 * `# comment` on are left out: the other items judge the copy the learner meant.
 */
export function copyPaths(instruction: Instruction): { sources: string[]; destination: string } {
  const comment = trailingCommentAt(instruction);
  const tokens = comment < 0 ? instruction.args : instruction.args.slice(0, comment);
  const words = instruction.json ? instruction.json.values : tokens.map((token) => unquote(token.value));
  if (words.length < 2) return { sources: [], destination: words[0] ?? '' };
  return { sources: words.slice(0, -1), destination: words[words.length - 1] ?? '' };
}

export function isCopy(instruction: Instruction): boolean {
  return instruction.keyword === 'COPY' || instruction.keyword === 'ADD';
}

/** A COPY/ADD that reads the build context (not `--from` a stage or image, not an ADD of a URL). */
export function isContextCopy(instruction: Instruction): boolean {
  if (!isCopy(instruction) || flagValue(instruction, 'from') !== null) return false;
  if (instruction.heredocs.length > 0) return false;
  return copyPaths(instruction).sources.some((source) => !/^[a-z]+:\/\//i.test(source));
}

/** `src/model.py` and `./src/model.py/` compare equal. */
export function normalizePath(path: string): string {
  let p = path.trim().replace(/\\/g, '/');
  while (p.startsWith('./')) p = p.slice(2);
  p = p.replace(/\/+$/, '').replace(/\/{2,}/g, '/');
  return p === '' || p === '.' ? '.' : p;
}

export function baseName(path: string): string {
  const p = normalizePath(path);
  return p.slice(p.lastIndexOf('/') + 1);
}

/** The earlier stage a `COPY --from=<value>` reads, by name (case-insensitive) or index. */
export function stageNamed(ast: DockerfileAst, value: string, before: number): Stage | undefined {
  if (/^\d+$/.test(value)) {
    const index = Number(value);
    return index < before ? ast.stages[index] : undefined;
  }
  const name = value.toLowerCase();
  return ast.stages.find((s) => s.index < before && s.name?.toLowerCase() === name);
}

/** Dependency manifests: copying them alone before the install keeps the install layer cached. */
export function isManifest(path: string): boolean {
  return /^(requirements[\w.-]*\.txt|constraints[\w.-]*\.txt|setup\.py|setup\.cfg|pyproject\.toml|poetry\.lock|uv\.lock|Pipfile(\.lock)?|environment\.ya?ml|package(-lock)?\.json|yarn\.lock|pnpm-lock\.yaml|go\.(mod|sum)|Gemfile(\.lock)?)$/.test(
    baseName(path),
  );
}

/** Model artefacts (question 9): weights files and model folders. */
export function isModelArtefact(path: string): boolean {
  const p = normalizePath(path);
  if (/\.(pkl|pickle|pt|pth|onnx|h5|hdf5|keras|safetensors|joblib|ckpt|bin|gguf|tflite|pb)$/i.test(p)) return true;
  return /(^|\/)models?(\/|$)/i.test(p) && !/\.(py|txt|md|json|ya?ml|sh)$/i.test(p);
}

/** Programs that download at build time. */
const DOWNLOADERS = new Set(['curl', 'wget', 'aws', 'gsutil', 'gcloud', 'az', 'huggingface-cli', 'hf', 'dvc', 'rclone']);
/** Python calls that fetch a model's weights (Hugging Face, torch hub), as `python -c` or a RUN heredoc runs them. */
const MODEL_FETCH_CALL = /\b(from_pretrained|snapshot_download|hf_hub_download|load_state_dict_from_url)\s*\(|\btorch\.hub\.load\s*\(/;

/**
 * A RUN that puts a model into its layer by downloading it: a download tool fetching a model file,
 * `huggingface-cli download` (or `hf download`), or Python fetching weights at build time.
 */
export function downloadsModel(instruction: Instruction): boolean {
  if (instruction.keyword !== 'RUN') return false;
  const byTool = commandsOf(instruction).some((cmd) => {
    const name = programName(cmd);
    if ((name === 'huggingface-cli' || name === 'hf') && cmd.args[0]?.value === 'download') return true;
    return DOWNLOADERS.has(name) && cmd.args.some((w) => isModelArtefact(w.value));
  });
  const texts = [instruction.argsText, ...instruction.heredocs.map((h) => h.body)];
  // A plain download call (urllib, requests) fetching a model file: the file is in the layer too.
  const byPython = texts.some((text) => URL_FETCH_CALL.test(text) && MODEL_FILE_IN_TEXT.test(text));
  return byTool || byPython || texts.some((text) => MODEL_FETCH_CALL.test(text));
}

/** Python calls that fetch a URL. */
const URL_FETCH_CALL = /\b(urlretrieve|urlopen|requests\.get|httpx\.get|wget\.download|gdown\.download)\s*\(/;
/** A model file named anywhere in a text. */
const MODEL_FILE_IN_TEXT = /\.(pkl|pt|pth|onnx|h5|safetensors|joblib|ckpt)\b/;

/** System package installs: apt-get/apt install, apk add, yum/dnf/microdnf install. */
export function isSystemInstall(cmd: ShellCommand): boolean {
  const sub = positionals(cmd)[0]?.value;
  if (isCommand(cmd, 'apt-get', 'apt', 'yum', 'dnf', 'microdnf')) return sub === 'install';
  if (isCommand(cmd, 'apk')) return sub === 'add';
  return false;
}

/** Init programs that reap zombies and forward signals, then exec the command after their options (and `--`). */
export const INITS = new Set(['tini', 'tini-static', 'dumb-init']);

/** The command an init wrapper runs (`["tini", "-g", "--", "python"]` → `["python"]`); other commands as they are. */
export function withoutInit(values: readonly string[]): readonly string[] {
  if (!INITS.has(baseName(values[0] ?? ''))) return values;
  let at = 1;
  while (at < values.length && values[at]!.startsWith('-') && values[at] !== '--') at++;
  return values.slice(values[at] === '--' ? at + 1 : at);
}

/**
 * Why the exec-form command of `stage` cannot start because its program is a whole command line in
 * one string (`CMD ["python app.py"]`), or null. Docker execs the first string as it is, blanks
 * included, and stops with `exec: "python app.py": executable file not found in $PATH`. With an
 * exec-form ENTRYPOINT the program is its first string (an init's command after it), and CMD only
 * gives arguments, where blanks are the program's business.
 */
export function joinedProgramProblem(ast: DockerfileAst, stage: Stage): { why: string; line: number } | null {
  const { entrypoint, cmd } = effectiveCommand(ast, stage);
  // A shell-form ENTRYPOINT runs under sh, which splits the words; `ENTRYPOINT []` leaves CMD the command.
  const owner = entrypoint && !(entrypoint.json && entrypoint.json.values.length === 0) ? entrypoint : cmd;
  if (!owner?.json) return null;
  const program = withoutInit(owner.json.values)[0];
  if (program === undefined || !/\s/.test(program) || program.trim() === '') return null;
  const words = program.trim().split(/\s+/);
  const line = owner.range.line;
  const fixed = JSON.stringify(owner.json.values.flatMap((value) => (value === program ? words : [value]))).replace(/","/g, '", "');
  return {
    why: `Dòng ${line}: ${owner.keyword} dạng exec lấy cả chuỗi "${program}" làm tên chương trình (Docker không tách theo dấu cách), nên container dừng với "executable file not found in $PATH". Mỗi từ một chuỗi: ${owner.keyword} ${fixed}.`,
    line,
  };
}

function linesOf(instructions: Instruction[]): number[] {
  return [...new Set(instructions.map((i) => i.range.line))].sort((a, b) => a - b);
}

function firstOf(ast: DockerfileAst, keyword: string): Instruction[] {
  return shippedInstructions(ast).filter((i) => i.keyword === keyword);
}

/** "dòng 3" / "các dòng 3, 7". */
export function where(lines: number[]): string {
  if (lines.length === 0) return '';
  return lines.length === 1 ? `dòng ${lines[0]}` : `các dòng ${lines.join(', ')}`;
}

/** A secret of a RUN's mounts written to a file of the image, and where. */
export interface SecretLeak {
  line: number;
  why: string;
}

/** Programs that print what they read (files, stdin, their arguments): sent to a file, a secret they read lands there. */
const PRINTS = new Set(['cat', 'tac', 'echo', 'printf', 'head', 'tail', 'base64', 'tr', 'cut', 'sed', 'awk', 'grep', 'jq', 'envsubst', 'xxd']);
/** Programs that copy their sources to their last argument; mv too, as a mounted file can only be copied out of its mount. */
const COPIES = new Set(['cp', 'install', 'rsync', 'mv']);
/** Tools whose `config` subcommand keeps the value in a file of the home folder. */
const CONFIG_FILES: Readonly<Record<string, string>> = { git: '~/.gitconfig', pip: '~/.config/pip/pip.conf', pip3: '~/.config/pip/pip.conf', npm: '~/.npmrc', pnpm: '~/.npmrc', yarn: '~/.yarnrc', poetry: '~/.config/pypoetry/auth.toml' };
/** A `config` word that takes a value back out. */
const UNSETS = /^(--unset(-all)?|--remove-section|unset|delete|rm|--unset=.*)$/;
/** A redirection of standard output (`>`, `>>`, `1>`, `&>`, `>|`) and its target; `2>` and `>&2` are not. */
const STDOUT_TO = /(?<![\w<>&])(?:1|&)?>>?\|?[ \t]*(?!&)([^\s;&|<>()]+)/g;

function mountTarget(flag: Flag): string | null {
  const target = flag.options.target ?? flag.options.dst ?? flag.options.destination;
  return target === undefined ? null : normalizePath(target);
}

/** A command a RUN executes, with its text (redirections included: the parser drops them from the words) and its line. */
interface RunStep {
  cmd: ShellCommand;
  text: string;
  line: number;
  /** Index of the shell step whose `-c` script holds this command; -1 for the RUN's own commands. */
  script: number;
}

/** The script of `sh -c '…'`, `bash -ec "…"`, `bash -o pipefail -c …` among a shell's words (the program first), or undefined. */
function shellScriptOf<Word extends { value: string }>(words: readonly Word[]): Word | undefined {
  if (!SHELL_NAMES.has(baseName(words[0]?.value ?? ''))) return undefined;
  const at = words.findIndex((w, k) => k > 0 && /^-[a-zA-Z]*c[a-zA-Z]*$/.test(w.value));
  return at < 0 ? undefined : words[at + 1];
}

/**
 * The commands a RUN executes, in order, each followed by those of the script a shell it runs with
 * `-c` reads (the script is a shell script of its own, and may write the secret as well).
 */
function runSteps(ast: DockerfileAst, instruction: Instruction): RunStep[] {
  const steps: RunStep[] = [];
  const addScript = (script: string, range: Range, depth: number, shell: number) => {
    // The script's commands are reported on the line its string starts on.
    for (const node of parseShell({ text: script, rangeOf: () => range }).commands) addCommand(unwrap(node), script.slice(node.logicalStart, node.logicalEnd), range.line, depth, shell);
  };
  const addCommand = (cmd: ShellCommand, text: string, line: number, depth: number, shell: number) => {
    steps.push({ cmd, text, line, script: shell });
    const script = depth < 3 && cmd.nameWord ? shellScriptOf([cmd.nameWord, ...cmd.args]) : undefined;
    if (script) addScript(script.value, script.range, depth + 1, steps.length - 1);
  };
  const values = instruction.json?.values;
  // The commands a shell runs: an exec-form RUN's own command is read below, as no shell reads it.
  if (!values) for (const cmd of commandsOf(instruction)) addCommand(cmd, sourceText(ast, cmd.range), cmd.range.line, 0, -1);
  const script = values ? shellScriptOf(values.map((value) => ({ value }))) : undefined;
  if (script) addScript(script.value, instruction.range, 1, -1);
  // Any other exec form runs no shell: nothing in it is substituted or redirected, so only a copier
  // puts a secret it names into a file (`["cp", "/run/secrets/x", "/app/x"]`). Its words, each
  // single-quoted, read as one shell command with the same values.
  else if (values && COPIES.has(baseName(values[0] ?? ''))) addScript(values.map((value) => `'${value.replaceAll("'", "'\\''")}'`).join(' '), instruction.range, 1, -1);
  return steps;
}

/** Where a command's text sends its standard output, in order (quoted strings blanked: redirections inside them are a script's own). */
function stdoutTargets(text: string): string[] {
  return Array.from(text.replace(/'[^']*'|"(?:[^"\\]|\\.)*"/g, '""').matchAll(STDOUT_TO), (match) => match[1]!);
}

/**
 * Whether step `j` prints the secret on its standard output: a printer that reads it, or a shell
 * whose `-c` script has such a command whose output is the script's own (not redirected, not piped
 * on: `sh -c 'cat /run/secrets/x' > /app/x`).
 */
function printsSecret(steps: readonly RunStep[], j: number, reads: (text: string) => boolean): boolean {
  const { cmd, text } = steps[j]!;
  if (PRINTS.has(programName(cmd))) return reads(text);
  return steps.some(
    (step, i) => step.script === j && steps[i + 1]?.cmd.operatorBefore !== '|' && stdoutTargets(step.text).length === 0 && printsSecret(steps, i, reads),
  );
}

/**
 * Whether what step `k` reads on its standard input holds the secret: a printer of it up the pipe
 * (`cat /run/secrets/x | base64 > f`), or, for the first command of a `-c` script, what its shell
 * reads (`cat /run/secrets/x | sh -c 'tee /app/x'`). A command that only uses the secret
 * (`pip install --index-url …`) prints none of it.
 */
function pipedSecret(steps: readonly RunStep[], k: number, reads: (text: string) => boolean): boolean {
  let from = k;
  while (from > 0 && steps[from]!.cmd.operatorBefore === '|') from--;
  for (let j = from; j < k; j++) if (printsSecret(steps, j, reads)) return true;
  const shell = steps[k]!.script;
  return shell >= 0 && shell + 1 === k && pipedSecret(steps, shell, reads);
}

/** The file a command writes what it read of the secret to, or null; `reads` tells whether a text reads it. */
function secretTarget(steps: readonly RunStep[], k: number, reads: (text: string) => boolean): { path: string; program: string } | null {
  const { cmd, text } = steps[k]!;
  const program = programName(cmd);
  const files = positionals(cmd).map((w) => w.value);
  const piped = pipedSecret(steps, k, reads);
  if (COPIES.has(program) && files.length >= 2 && files.slice(0, -1).some(reads)) return { path: files.at(-1)!, program };
  if (program === 'tee' && piped && files.length > 0) return { path: files[0]!, program };
  if (program === 'sed' && cmd.args.some((w) => /^(-i|--in-place)/.test(w.value)) && files.slice(0, -1).some(reads)) return { path: files.at(-1)!, program };
  const config = CONFIG_FILES[program];
  if (config && cmd.args[0]?.value === 'config' && cmd.args.some((w) => reads(w.value)) && !cmd.args.some((w) => UNSETS.test(w.value))) return { path: config, program };
  if (PRINTS.has(program) ? !piped && !reads(text) : !printsSecret(steps, k, reads)) return null;
  const path = stdoutTargets(text).find((target) => !target.startsWith('/dev/'));
  return path === undefined ? null : { path, program };
}

/** Whether a later command of the RUN takes the written secret back out: `rm` of it (or a folder above), or a config unset. */
function removedLater(rest: readonly RunStep[], written: { path: string; program: string }): boolean {
  const path = normalizePath(written.path);
  return rest.some(({ cmd }) => {
    const program = programName(cmd);
    if (program === 'rm' || program === 'shred') return positionals(cmd).some((w) => path === normalizePath(w.value) || path.startsWith(`${normalizePath(w.value)}/`));
    return program === written.program && written.path === CONFIG_FILES[program] && cmd.args.some((w) => UNSETS.test(w.value));
  });
}

/**
 * The first command of the shipped image's RUNs that writes a secret of its `--mount=type=secret`
 * to a file the layer keeps (`cp` or `mv /run/secrets/x /app/x`, `cat … > f`, `sed -i "s/…/$(cat …)/" f`,
 * `git config … $(cat …)`, the same in a `sh -c` script, the output of such a script sent to a
 * file, an exec-form copy), which puts the secret back in the image.
 * Not judged: a file the same RUN removes, one under another of its mounts (tmpfs, cache), a stage
 * the final image only copies from.
 */
export function secretWrittenToImage(ast: DockerfileAst): SecretLeak | null {
  for (const instruction of shippedInstructions(ast)) {
    if (instruction.keyword !== 'RUN') continue;
    const mounts = instruction.flags.filter((f) => f.name.toLowerCase() === 'mount');
    const secrets = mounts.filter((f) => f.options.type === 'secret');
    if (secrets.length === 0) continue;
    const paths = secrets.flatMap((f) => mountTarget(f) ?? (f.options.id === undefined ? [] : [`/run/secrets/${f.options.id}`]));
    const variables = new Set(secrets.flatMap((f) => (f.options.env !== undefined && ASSIGNMENT.test(`${f.options.env}=`) ? [f.options.env] : [])));
    const discarded = mounts.filter((f) => f.options.type !== 'secret').flatMap((f) => mountTarget(f) ?? []);
    const reads = (text: string) => paths.some((path) => text.includes(path)) || [...variables].some((name) => new RegExp(`\\$\\{?${name}\\b`).test(text));
    const steps = runSteps(ast, instruction);
    for (const [k, { cmd, line }] of steps.entries()) {
      // A variable set from the secret carries it: `export TOKEN=$(cat /run/secrets/x)`.
      for (const word of cmd.name === 'export' ? [...cmd.assignments, ...cmd.args] : cmd.assignments) {
        const eq = word.value.indexOf('=');
        // Only a variable name goes into the pattern `reads` builds: `export 'a(b=…'` sets nothing.
        if (ASSIGNMENT.test(word.value) && reads(word.value.slice(eq + 1))) variables.add(word.value.slice(0, eq));
      }
      const written = secretTarget(steps, k, reads);
      if (written === null || removedLater(steps.slice(k + 1), written)) continue;
      const path = normalizePath(written.path);
      if (discarded.some((mount) => path === mount || path.startsWith(`${mount}/`))) continue;
      const secret = secrets[0]!.options.id ?? paths[0] ?? '';
      const mounted = paths[0] ?? `/run/secrets/${secret}`;
      return {
        line,
        why: `${written.program} ở dòng ${line} ghi bí mật ${secret} (từ --mount=type=secret) vào ${written.path}: tệp đó nằm lại trong layer của image, ai có image đều đọc được, và --mount=type=secret không còn tác dụng. Dùng bí mật ngay trong lệnh cần nó, đọc thẳng từ ${mounted} (vd. pip install --index-url "$(cat ${mounted})" …), hoặc xoá ${written.path} trong cùng lệnh RUN.`,
      };
    }
  }
  return null;
}

// ---------------------------------------------------------------- the facts

function presence(id: string, keyword: string, description: string, seen: string, missing: string): Fact {
  return {
    id,
    description,
    evaluate({ ast }) {
      const found = firstOf(ast, keyword);
      if (found.length > 0) return { pass: true, why: `${seen} (${where(linesOf(found))}).`, lines: linesOf(found) };
      return { pass: false, why: missing, lines: [] };
    },
  };
}

const multiStage: Fact = {
  id: 'multi-stage',
  description: 'Có từ hai stage trở lên và stage cuối COPY --from một stage build trước đó.',
  evaluate({ ast }) {
    if (ast.stages.length < 2) {
      return {
        pass: false,
        why: `Chỉ có ${ast.stages.length} stage: công cụ build và mã nguồn đều nằm trong image cuối.`,
        lines: ast.stages.map((s) => s.from.range.line),
      };
    }
    const final = finalStageOf(ast)!;
    const copies = shippedInstructions(ast).filter((i) => {
      if (i.keyword !== 'COPY') return false;
      const from = flagValue(i, 'from');
      return from !== null && stageNamed(ast, from, final.index) !== undefined;
    });
    if (copies.length === 0) {
      const parent = final.baseStage === null ? undefined : ast.stages[final.baseStage];
      if (parent) {
        const name = parent.name ?? String(parent.index);
        return {
          pass: false,
          why: `Stage cuối xây FROM ${name} (dòng ${final.from.range.line}) nên mang theo mọi thứ của stage đó: công cụ build, mã nguồn, cache. Cho stage cuối một base nhỏ và chỉ COPY --from=${name} những gì cần để chạy.`,
          lines: [final.from.range.line],
        };
      }
      return {
        pass: false,
        why: `Có ${ast.stages.length} stage nhưng stage cuối không COPY --from stage nào trước nó.`,
        lines: [final.from.range.line],
      };
    }
    const lines = linesOf(copies);
    return { pass: true, why: `Có ${ast.stages.length} stage; stage cuối lấy kết quả build bằng COPY --from (${where(lines)}).`, lines };
  },
};

const healthcheck: Fact = {
  id: 'healthcheck',
  description: 'Image cuối có lệnh HEALTHCHECK (không phải HEALTHCHECK NONE).',
  evaluate({ ast, findings, suppressed }) {
    // Docker keeps only the last HEALTHCHECK, a parent stage's included: a NONE after a CMD turns it off.
    const last = firstOf(ast, 'HEALTHCHECK').at(-1);
    if (!last) return { pass: false, why: 'Image cuối không có HEALTHCHECK: Docker không biết container còn phục vụ được hay không.', lines: [] };
    const lines = [last.range.line];
    if (last.healthcheck?.none) return { pass: false, why: `HEALTHCHECK NONE (dòng ${lines[0]}) tắt kiểm tra sức khoẻ: Docker chỉ giữ HEALTHCHECK cuối cùng.`, lines };
    // Without CMD (`HEALTHCHECK curl …`) the image does not build.
    if (!last.healthcheck?.command) return { pass: false, why: `HEALTHCHECK thiếu CMD (dòng ${lines[0]}): Docker không build được Dockerfile này.`, lines };
    // `curl -f …` on a slim image without curl: every check fails and the container is always "unhealthy".
    // An ignore comment silences the finding, not the failure.
    const { range } = last;
    const broken = [...findings, ...suppressed].find((f) => f.rule === 'healthcheck-tool-missing' && f.line >= range.line && f.line <= range.endLine);
    if (broken) return { pass: false, why: `Dòng ${broken.line}: ${broken.message}`, lines };
    const elsewhere = healthPortProblem(ast, last.healthcheck.command);
    if (elsewhere) return { pass: false, why: elsewhere.why, lines: [...lines, elsewhere.line] };
    return { pass: true, why: `Image cuối có HEALTHCHECK (dòng ${lines[0]}).`, lines };
  },
};

/** The words the final stage runs, as Docker joins ENTRYPOINT and CMD; an `sh -c` script split at its blanks. */
export function runWords(ast: DockerfileAst, stage: Stage): string[] {
  const { entrypoint, cmd } = effectiveCommand(ast, stage);
  const owner = entrypoint ?? cmd;
  if (!owner) return [];
  const words = owner.json
    ? [...owner.json.values, ...(entrypoint?.json && cmd?.json ? cmd.json.values : [])]
    : commandsOf(owner).flatMap((c) => [c.name, ...c.args.map((w) => w.value)]);
  return words.flatMap((w) => w.trim().split(/\s+/)).map(unquote);
}

/**
 * The port uvicorn or flask listens on when `--port` is given more than once (an ENTRYPOINT's and
 * a CMD's): click keeps the last. Null when given once or not at all (serverOf reads that), or for
 * another server, or a value that is no number.
 */
export function lastPortOption(words: readonly string[], stage: Stage, server: string): number | null {
  if (server !== 'uvicorn' && server !== 'flask') return null;
  const at = words.findIndex((w, k) => w.slice(w.lastIndexOf('/') + 1) === server || (words[k - 1] === '-m' && w === server));
  const values: string[] = [];
  for (let k = at + 1; at >= 0 && k < words.length; k++) {
    const [option, inline] = words[k]!.split(/=(.*)/s);
    if (option === '--port' || (server === 'flask' && option === '-p')) values.push(inline ?? words[k + 1] ?? '');
  }
  const last = values.length > 1 ? substituteVariables(values[values.length - 1]!, stage) : null;
  return last !== null && /^\d+$/.test(last) ? Number(last) : null;
}

/** A request to the container itself: `http://localhost:8000/…`, the port optional (80, 443). */
const SELF_URL = /\b(https?):\/\/(?:localhost|127\.0\.0\.1|0\.0\.0\.0|\[::1\])(?::(\d+|\$))?(?=[/'"\s)]|$)/;

/**
 * The port uvicorn reads from UVICORN_PORT when its command gives no --port (click fills a missing
 * option from its variable), and the ENV line that sets it; null when no ENV sets it or a --port wins.
 */
export function uvicornEnvPort(ast: DockerfileAst, stage: Stage, server: Server): { port: number | null; line: number } | null {
  if (server.name !== 'uvicorn' || server.portSource !== 'default') return null;
  const env = envLineSetting(ast, stage, 'UVICORN_PORT');
  if (!env) return null;
  const value = (stage.env.UVICORN_PORT ?? '').trim();
  return { port: /^\d+$/.test(value) ? Number(value) : null, line: env.range.line };
}

/**
 * Why a HEALTHCHECK that asks the container itself on one port can never succeed, the server
 * listening on another: every check fails and Docker marks the container "unhealthy". Null when
 * the port is a variable, the URL another host, or the server's port not known.
 */
function healthPortProblem(ast: DockerfileAst, command: Instruction): { why: string; line: number } | null {
  const text = command.json ? command.json.values.join(' ') : command.argsText;
  const url = SELF_URL.exec(text);
  const server = serverOf(ast);
  const final = finalStageOf(ast);
  const fromEnv = server && final ? uvicornEnvPort(ast, final, server) : null;
  const port = server && final ? (lastPortOption(runWords(ast, final), final, server.name) ?? (fromEnv ? fromEnv.port : server.port)) : null;
  if (!url || url[2] === '$' || !server || port === null) return null;
  const asked = url[2] === undefined ? (url[1] === 'https' ? 443 : 80) : Number(url[2]);
  if (asked === port) return null;
  const line = server.instruction.range.line;
  return {
    line,
    why: `HEALTHCHECK (dòng ${command.range.line}) hỏi cổng ${asked} nhưng ${server.name} lắng nghe cổng ${port} (dòng ${line}): mọi lần kiểm tra đều lỗi và Docker đánh dấu container "unhealthy". Sửa URL thành ${url[1]}://localhost:${port}/….`,
  };
}

const workdir = presence('workdir', 'WORKDIR', 'Image cuối đặt WORKDIR.', 'Có WORKDIR', 'Không có WORKDIR: lệnh chạy trong thư mục gốc /.');
const expose = presence('expose', 'EXPOSE', 'Image cuối khai báo cổng bằng EXPOSE.', 'Có EXPOSE', 'Không có EXPOSE: không ghi lại cổng mà ứng dụng lắng nghe.');
const label = presence('label', 'LABEL', 'Image cuối có LABEL (metadata: maintainer, version…).', 'Có LABEL', 'Không có LABEL nào mô tả image.');
const volume = presence('volume', 'VOLUME', 'Image cuối khai báo VOLUME cho dữ liệu hay model gắn vào lúc chạy.', 'Có VOLUME', 'Không có VOLUME nào.');

const commandDefined: Fact = {
  id: 'command-defined',
  description: 'Image cuối có ENTRYPOINT hoặc CMD.',
  evaluate({ ast }) {
    const found = shippedInstructions(ast).filter((i) => i.keyword === 'CMD' || i.keyword === 'ENTRYPOINT');
    const lines = linesOf(found);
    // Defined, yet the container cannot start it: the checklist asks for a command that runs.
    const final = finalStageOf(ast);
    const joined = final ? joinedProgramProblem(ast, final) : null;
    if (joined) return { pass: false, why: joined.why, lines: [joined.line] };
    if (found.length > 0) return { pass: true, why: `Có ENTRYPOINT/CMD (${where(lines)}).`, lines };
    return { pass: false, why: 'Không có ENTRYPOINT hay CMD: container không biết chạy gì.', lines: [] };
  },
};

const PRAGMA = /^#\s*(hocdocker-ignore|hadolint\s)/;

const comments: Fact = {
  id: 'comments',
  description: 'Dockerfile có chú thích (# …) giải thích các bước.',
  evaluate({ ast }) {
    const found = ast.comments.filter((c) => !PRAGMA.test(c.text) && c.text.replace(/^#/, '').trim() !== '');
    const lines = found.map((c) => c.range.line);
    if (found.length > 0) return { pass: true, why: `Có ${found.length} dòng chú thích (${where(lines.slice(0, 5))}${lines.length > 5 ? '…' : ''}).`, lines };
    return { pass: false, why: 'Không có chú thích nào: người đọc sau không biết vì sao từng bước tồn tại.', lines: [] };
  },
};

/** Interpreter and tooling switches: real, but not the app's configuration. */
const NOT_CONFIGURATION = new Set([
  'PATH',
  'PYTHONUNBUFFERED',
  'PYTHONDONTWRITEBYTECODE',
  'PYTHONFAULTHANDLER',
  'PYTHONHASHSEED',
  'DEBIAN_FRONTEND',
  'LANG',
  'HOME',
  'PYTHONPATH',
  'PYTHONIOENCODING',
  'VIRTUAL_ENV',
]);

/** Settings of the installers (`PIP_DEFAULT_TIMEOUT`, `UV_COMPILE_BYTECODE`, `POETRY_VIRTUALENVS_CREATE`) and locale variables. */
const TOOL_SETTING = /^(PIP|UV|POETRY|PIPENV|CONDA|LC)_/;

const isConfiguration = (key: string) => !NOT_CONFIGURATION.has(key) && !TOOL_SETTING.test(key);

const envConfig: Fact = {
  id: 'env-config',
  description: 'Image cuối đặt cấu hình của ứng dụng bằng ENV (MODEL_PATH, LOG_LEVEL, PORT…), ngoài các cờ của trình thông dịch.',
  evaluate({ ast }) {
    const found = shippedInstructions(ast).filter((i) => i.keyword === 'ENV' && i.pairs.some((p) => isConfiguration(p.key)));
    const keys = found.flatMap((i) => i.pairs.map((p) => p.key)).filter(isConfiguration);
    const lines = linesOf(found);
    if (found.length > 0) return { pass: true, why: `ENV cấu hình ứng dụng: ${keys.join(', ')} (${where(lines)}).`, lines };
    return { pass: false, why: 'Không có ENV nào cấu hình ứng dụng (đường dẫn model, mức log…): cấu hình đang bị viết cứng.', lines: [] };
  },
};

/** Packages that only build things: compilers, make, headers. */
function isToolchainPackage(name: string): boolean {
  const pkg = name.replace(/[=<>].*$/, '');
  return /^(build-essential|build-base|gcc|g\+\+|gcc-c\+\+|clang|make|cmake|golang|go|musl-dev|linux-headers)$/.test(pkg) || /-dev(el)?$/.test(pkg);
}

const buildDepsRemoved: Fact = {
  id: 'build-deps-removed',
  description: 'Image cuối không còn công cụ build (build-essential, gcc, *-dev…): cài ở stage builder, hoặc gỡ ngay trong cùng lệnh RUN.',
  evaluate({ ast }) {
    const kept: Instruction[] = [];
    const names = new Set<string>();
    for (const instruction of shippedInstructions(ast)) {
      if (instruction.keyword !== 'RUN') continue;
      const commands = commandsOf(instruction);
      const installed = commands
        .filter(isSystemInstall)
        .flatMap((cmd) => positionals(cmd).slice(1).map((w) => w.value))
        .filter(isToolchainPackage);
      if (installed.length === 0) continue;
      const removed = new Set(
        commands
          .filter((cmd) => {
            const sub = positionals(cmd)[0]?.value;
            return (
              (isCommand(cmd, 'apt-get', 'apt', 'yum', 'dnf', 'microdnf') && (sub === 'purge' || sub === 'remove' || sub === 'erase')) ||
              (isCommand(cmd, 'apk') && sub === 'del')
            );
          })
          .flatMap((cmd) => positionals(cmd).slice(1).map((w) => w.value)),
      );
      // `apk add --virtual .build-deps gcc …` is removed with `apk del .build-deps`.
      const virtual = commands.filter((c) => isCommand(c, 'apk')).flatMap((c) => {
        const at = c.args.findIndex((w) => w.value === '--virtual' || w.value === '-t');
        return at >= 0 ? [c.args[at + 1]?.value ?? ''] : [];
      });
      const left = installed.filter((pkg) => !removed.has(pkg.replace(/[=<>].*$/, '')) && !virtual.some((v) => v !== '' && removed.has(v)));
      if (left.length > 0) {
        kept.push(instruction);
        for (const pkg of left) names.add(pkg.replace(/[=<>].*$/, ''));
      }
    }
    const lines = linesOf(kept);
    if (kept.length > 0) {
      return { pass: false, why: `Image cuối vẫn giữ công cụ build: ${[...names].join(', ')} (${where(lines)}). Cài chúng ở stage builder, hoặc gỡ trong cùng RUN.`, lines };
    }
    return { pass: true, why: 'Image cuối không giữ lại công cụ build nào.', lines: [] };
  },
};

const layerOrder: Fact = {
  id: 'layer-order',
  description:
    'Trong mỗi stage: cài gói hệ thống trước khi COPY từ build context, và COPY manifest + cài dependencies trước khi COPY mã nguồn (không có cảnh báo deps-before-source).',
  evaluate({ ast, findings }) {
    const late: Instruction[] = [];
    for (const stage of ast.stages) {
      let contextCopied = false;
      for (const instruction of stage.instructions) {
        if (isContextCopy(instruction)) contextCopied = true;
        else if (instruction.keyword === 'RUN' && contextCopied && commandsOf(instruction).some(isSystemInstall)) late.push(instruction);
      }
    }
    const depsLate = findings.filter((f) => f.rule === 'deps-before-source').map((f) => f.line);
    const lines = [...new Set([...linesOf(late), ...depsLate])].sort((a, b) => a - b);
    if (late.length > 0) {
      return { pass: false, why: `Gói hệ thống được cài sau khi COPY từ build context (${where(linesOf(late))}): đổi một tệp là cài lại cả gói hệ thống.`, lines };
    }
    if (depsLate.length > 0) {
      return { pass: false, why: `Mã nguồn được COPY trước khi cài dependencies (${where(depsLate)}): sửa code là cài lại toàn bộ thư viện.`, lines };
    }
    return { pass: true, why: 'Thứ tự ổn: gói hệ thống → manifest + dependencies → mã nguồn.', lines: [] };
  },
};

/** Keys that say where a model is fetched or mounted at run time. */
const MODEL_LOCATION_KEY = /MODEL.*(PATH|DIR|URL|URI|REGISTRY|BUCKET|NAME|VERSION)|REGISTRY_URL|CACHE_DIR/;

const modelAtRuntime: Fact = {
  id: 'model-at-runtime',
  description:
    'Model không nằm trong image mà được gắn vào (VOLUME) hoặc tải lúc chạy (ENV chỉ nơi lấy model như MODEL_PATH, MODEL_URL, hay lệnh chạy script tải model).',
  evaluate({ ast }) {
    const shipped = shippedInstructions(ast);
    const baked = shipped.filter((i) => isCopy(i) && copyPaths(i).sources.some(isModelArtefact));
    if (baked.length > 0) {
      const lines = linesOf(baked);
      return { pass: false, why: `Model được COPY vào image (${where(lines)}): mỗi lần đổi model phải build và đẩy lại cả image.`, lines };
    }
    const fetched = shipped.filter(downloadsModel);
    if (fetched.length > 0) {
      const lines = linesOf(fetched);
      return { pass: false, why: `Model được tải trong lúc build (${where(lines)}): nó nằm trong một layer của image, đổi model là phải build lại.`, lines };
    }
    const signs = shipped.filter(
      (i) =>
        i.keyword === 'VOLUME' ||
        (i.keyword === 'ENV' && i.pairs.some((p) => MODEL_LOCATION_KEY.test(p.key))) ||
        ((i.keyword === 'CMD' || i.keyword === 'ENTRYPOINT') && /download|fetch/i.test(i.json ? i.json.values.join(' ') : i.argsText)),
    );
    const lines = linesOf(signs);
    if (signs.length > 0) return { pass: true, why: `Model được gắn hoặc tải lúc chạy (${where(lines)}).`, lines };
    return { pass: false, why: 'Không thấy model được gắn vào (VOLUME) hay tải lúc chạy (ENV chỉ nơi lấy model, script tải).', lines: [] };
  },
};

export const facts: Fact[] = [
  multiStage,
  healthcheck,
  workdir,
  expose,
  commandDefined,
  label,
  volume,
  comments,
  envConfig,
  buildDepsRemoved,
  layerOrder,
  modelAtRuntime,
];

export const factsById: ReadonlyMap<string, Fact> = new Map(facts.map((f) => [f.id, f]));
