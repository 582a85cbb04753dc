// Small questions the rules ask of parsed RUN commands (after hadolint's Shell module):
// "is there an apt-get install? with -y? which packages?" — never of raw text.
import type { ParsedTree } from './parse';
import { ShellScriptNode } from './parse/shell';
import type { StageNode } from './parse/stages';
import type { Instruction, ShellCommand, ShellScript, ShellWord, Stage, DockerfileAst } from './types';

/** Wrappers that run the next word as the real command. */
const WRAPPERS = new Set(['sudo', 'env', 'exec', 'nice', 'nohup', 'time', 'command', 'xargs']);
/** A word that sets a variable for the command after it: `A=1`. */
export const ASSIGNMENT = /^[A-Za-z_]\w*=/;

/** The program's base name: `/usr/bin/pip3` → `pip3`. */
export function programName(cmd: ShellCommand): string {
  return baseName(cmd.name);
}

/** A path's last segment: `/usr/bin/python3` → `python3`. */
export function baseName(path: string): string {
  // Asked of every command by many rules; most names have no slash, and keep their own string.
  if (!path.includes('/')) return path;
  return path.slice(path.lastIndexOf('/') + 1);
}

/**
 * The command as it will really run: `sudo apt-get install x` reads as `apt-get install x`,
 * `env A=1 pip install x` as `pip install x`.
 */
export function unwrap(cmd: ShellCommand): ShellCommand {
  let current = cmd;
  for (let depth = 0; depth < 4 && WRAPPERS.has(programName(current)); depth++) {
    const rest = current.args;
    let i = 0;
    while (i < rest.length && (rest[i]!.value.startsWith('-') || ASSIGNMENT.test(rest[i]!.value))) i++;
    const nameWord = rest[i];
    if (!nameWord) return current;
    // Spelled out: a parsed command computes its range on demand, and a spread would drop it.
    current = {
      name: nameWord.value,
      nameWord,
      args: rest.slice(i + 1),
      assignments: current.assignments,
      operatorBefore: current.operatorBefore,
      piped: current.piped,
      range: current.range,
    };
  }
  return current;
}

/** Shell scripts of an instruction: a shell-form RUN, and the shell heredoc bodies of a RUN. */
export function scriptsOf(instruction: Instruction): ShellScript[] {
  const scripts: ShellScript[] = [];
  if (instruction.shell) scripts.push(instruction.shell);
  for (const heredoc of instruction.heredocs) if (heredoc.shell) scripts.push(heredoc.shell);
  return scripts;
}

/**
 * Every command a RUN executes (unwrapped from sudo/env), in order, across its heredoc bodies.
 * The tree never changes after parsing, so rules share one answer, kept on the instruction's shell
 * form (see ShellScriptNode.commandsMemo). Callers must treat it as read-only.
 */
export function commandsOf(instruction: Instruction): readonly ShellCommand[] {
  const shell = instruction.shell;
  if (shell instanceof ShellScriptNode) return (shell.commandsMemo ??= collectCommands(instruction));
  return collectCommands(instruction);
}

/** The commands of an instruction that runs none; shared, never written. */
const NO_COMMANDS: ShellCommand[] = [];

function collectCommands(instruction: Instruction): readonly ShellCommand[] {
  // Nearly every RUN is one shell-form script with no sudo/env wrapper: its own list is the
  // answer, without a copy kept beside it for as long as the tree lives.
  if (instruction.heredocs.length === 0) {
    const own = instruction.shell?.commands;
    if (!own) return NO_COMMANDS;
    let i = 0;
    while (i < own.length && unwrap(own[i]!) === own[i]) i++;
    if (i === own.length) return own;
  }
  return scriptsOf(instruction).flatMap((script) => script.commands.map(unwrap));
}

export function isCommand(cmd: ShellCommand, ...names: string[]): boolean {
  return names.includes(programName(cmd));
}

/** `--flag` itself or `--flag=value`, without building `--flag=`. */
function isLongFlag(value: string, flag: string): boolean {
  return value.startsWith(flag) && (value.length === flag.length || value.charCodeAt(flag.length) === 61);
}

/**
 * The word that sets one of `flags`. Short names like `-y` also match inside clusters (`-qy`);
 * long names match `--yes` and `--yes=value`. Words after `--` are operands, never flags.
 */
export function findFlag(cmd: ShellCommand, flags: readonly string[]): ShellWord | undefined {
  for (const word of cmd.args) {
    const v = word.value;
    if (v.charCodeAt(0) !== 45) continue;
    if (v === '--') return undefined;
    for (const flag of flags) {
      if (flag.startsWith('--') ? isLongFlag(v, flag) : flag.length === 2 && v.charCodeAt(1) !== 45 ? v.indexOf(flag[1]!, 1) > 0 : v === flag) return word;
    }
  }
  return undefined;
}

/** Whether one of `flags` is set (`apt-get -qy` for `-y`). */
export function hasFlag(cmd: ShellCommand, ...flags: string[]): boolean {
  return findFlag(cmd, flags) !== undefined;
}

/** Value of `--flag value` or `--flag=value`. */
export function flagValue(cmd: ShellCommand, flag: string): string | undefined {
  for (let i = 0; i < cmd.args.length; i++) {
    const v = cmd.args[i]!.value;
    if (v === flag) return cmd.args[i + 1]?.value;
    if (isLongFlag(v, flag)) return v.slice(flag.length + 1);
  }
  return undefined;
}

/** Arguments that are not flags (a word starting with `-`). Flag values cannot be told apart in general. */
export function positionals(cmd: ShellCommand): ShellWord[] {
  return cmd.args.filter(isPositional);
}

/** Whether a word is no flag (`-` alone, stdin, is an operand). */
export function isPositional(word: ShellWord): boolean {
  return word.value.charCodeAt(0) !== 45 || word.value === '-';
}

/** `pip`, `pip3`, `pip3.11`. */
export const PIP = /^pip(\d+(\.\d+)?)?$/;
/** `python`, `python3`, `python3.11`. */
export const PYTHON = /^python(\d+(\.\d+)?)?$/;

/**
 * `pip install …` in any spelling (`pip`, `pip3`, `pip3.11`, `python -m pip`, `python3 -m pip`):
 * the index in `cmd.args` of the first word after `install`, or -1 when the command is not a pip
 * install. An index, not the words: most callers read them once, and a copy per call was 120 KB
 * of a 10k-line file's analysis.
 */
export function pipInstallStart(cmd: ShellCommand): number {
  const name = programName(cmd);
  // Most commands are neither: one char test before any regex.
  if (name.charCodeAt(0) !== 112) return -1;
  const args = cmd.args;
  let from = 0;
  if (!PIP.test(name)) {
    if (!PYTHON.test(name)) return -1;
    const moduleFlag = args.findIndex((w) => w.value === '-m');
    if (moduleFlag < 0 || !PIP.test(args[moduleFlag + 1]?.value ?? '')) return -1;
    from = moduleFlag + 2;
  }
  // `install` must be the first word after pip's own options.
  for (let i = from; i < args.length; i++) {
    const value = args[i]!.value;
    if (value === 'install') return i + 1;
    if (value.charCodeAt(0) !== 45) return -1;
  }
  return -1;
}

/** The words after `install` of a pip install (see pipInstallStart), or null when the command is not one. */
export function pipInstallArgs(cmd: ShellCommand): ShellWord[] | null {
  const start = pipInstallStart(cmd);
  return start < 0 ? null : cmd.args.slice(start);
}

// An index of -1 (no FROM yet, no FROM at all) read from an array is looked up as the property "-1",
// through the prototype chain, and turns the access megamorphic: these look before they index.

/** The final stage; undefined when the file has no FROM. */
export function finalStageOf(ast: DockerfileAst): Stage | undefined {
  return ast.finalStage >= 0 ? ast.stages[ast.finalStage] : undefined;
}

/** The stage an instruction belongs to; undefined before the first FROM. */
export function stageOf(ast: DockerfileAst, instruction: Instruction): Stage | undefined {
  return instruction.stageIndex >= 0 ? ast.stages[instruction.stageIndex] : undefined;
}

/** The final stage and every stage it is built FROM (the image that ships), final first. */
export function shippedStages(ast: DockerfileAst): readonly Stage[] {
  if (!isParsedTree(ast)) return baseChain(ast, finalStageOf(ast));
  return (ast.shippedMemo ??= baseChain(ast, finalStageOf(ast)));
}

/** Stage instructions including those inherited from the stages it is built FROM (base first). */
export function instructionsWithParents(ast: DockerfileAst, stage: Stage): readonly Instruction[] {
  if (!isStageNode(stage)) return collectWithParents(ast, stage);
  return (stage.withParentsMemo ??= collectWithParents(ast, stage));
}

/** The ENV of `stage`, or of a stage it is built FROM, that sets `key` last: where its value in `stage.env` comes from. */
export function envLineSetting(ast: DockerfileAst, stage: Stage, key: string): Instruction | undefined {
  return instructionsWithParents(ast, stage).findLast((i) => i.keyword === 'ENV' && i.pairs.some((pair) => pair.key === key));
}

function collectWithParents(ast: DockerfileAst, stage: Stage): readonly Instruction[] {
  // Most stages build on an image, not a stage: their own list is the answer, with no copy.
  if (stage.baseStage === null) return stage.instructions;
  return baseChain(ast, stage).reverse().flatMap((inChain) => inChain.instructions);
}

/** A stage and every stage it is built FROM, nearest first; a loop, were there one, ends the chain. */
function baseChain(ast: DockerfileAst, stage: Stage | undefined): Stage[] {
  const chain: Stage[] = [];
  let current = stage;
  while (current && !chain.includes(current)) {
    chain.push(current);
    current = current.baseStage === null ? undefined : ast.stages[current.baseStage];
  }
  return chain;
}

export function isParsedTree(ast: DockerfileAst): ast is ParsedTree {
  return 'shippedMemo' in ast;
}

function isStageNode(stage: Stage): stage is StageNode {
  return 'withParentsMemo' in stage;
}

export type LostEffect = 'cd' | 'export' | 'umask' | 'source' | 'shell';

/**
 * Commands whose effect ends with their shell (one RUN), by what they were meant to do: ineffective-run's
 * message ids, and what consecutive-run must not carry into the next RUN's commands.
 */
const LOST_EFFECTS = new Map<string, LostEffect>([
  ['cd', 'cd'],
  ['pushd', 'cd'],
  ['popd', 'cd'],
  ['export', 'export'],
  ['unset', 'export'],
  ['umask', 'umask'],
  ['source', 'source'],
  ['.', 'source'],
  ['set', 'shell'],
  ['shopt', 'shell'],
  ['alias', 'shell'],
  ['ulimit', 'shell'],
]);

/** What a command was meant to do when its effect ends with its RUN, else null. */
export function lostEffect(cmd: ShellCommand): LostEffect | null {
  if (cmd.name === '') return 'export'; // a bare `VAR=value`
  return LOST_EFFECTS.get(programName(cmd)) ?? null;
}
