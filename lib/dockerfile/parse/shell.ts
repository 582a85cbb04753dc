// RUN → shell commands, split once so every rule asks the same model (after hadolint's Shell module).
// A POSIX-ish tokenizer: quotes, escapes, `$VAR`, `${…}`, `$(…)` and backticks stay inside one word;
// `&&`, `||`, `;`, `|`, `&` and newlines separate commands; redirections are dropped from arguments;
// `if/then/fi`, `for/do/done`, `while`, `case`, `( … )` and `{ …; }` are read through to the inner commands.
import type { ShellCommand, ShellOperator, ShellScript, ShellWord } from '../types';
import { parseJsonArray } from './json-form';
import { Span, type SourceMapping } from './spanned';
import { isNameChar, isNameStart } from './variables';
import { isDigit, skipBlanks, skipBlanksBackward, sliceOf } from './words';

/** A word of a command; `raw` is sliced from the text only when asked for. */
export class ShellWordNode extends Span implements ShellWord {
  declare readonly value: string;

  constructor(value: string, mapping: SourceMapping, start: number, end: number) {
    super(mapping, start, end);
    this.value = value;
  }

  /**
   * Quoting and escapes always drop a character of the word as written (a quote, a backslash), and
   * nothing else does: so a word is quoted when its value is shorter than its text. Derived, not
   * kept: a slot costs 8 bytes on each of the 11,500 words of a 10,000-line file.
   */
  get quoted(): boolean {
    return this.logicalEnd - this.logicalStart !== this.value.length;
  }

  get raw(): string {
    return this.quoted ? this.mappedText.slice(this.logicalStart, this.logicalEnd) : this.value;
  }
}

export class ShellCommandNode extends Span implements ShellCommand {
  declare readonly name: string;
  declare readonly nameWord: ShellWord | null;
  declare readonly args: ShellWord[];
  declare readonly assignments: ShellWord[];
  declare readonly operatorBefore: ShellOperator;
  declare piped: boolean;

  constructor(
    name: string,
    nameWord: ShellWord | null,
    args: ShellWord[],
    assignments: ShellWord[],
    operatorBefore: ShellOperator,
    piped: boolean,
    mapping: SourceMapping,
    start: number,
    end: number,
  ) {
    super(mapping, start, end);
    this.name = name;
    this.nameWord = nameWord;
    this.args = args;
    this.assignments = assignments;
    this.operatorBefore = operatorBefore;
    this.piped = piped;
  }
}

export class ShellScriptNode extends Span implements ShellScript {
  declare readonly commands: ShellCommandNode[];
  declare readonly unterminated: boolean;
  /**
   * Filled by query.ts `commandsOf` on first ask, for the RUN whose own script this is (a slot
   * here, not a WeakMap: see parse/index.ts ParsedTree). Here rather than on the instruction: only
   * a RUN has one to remember, and the instruction drops its shell form and this at once (`release`).
   */
  commandsMemo: readonly ShellCommand[] | undefined;

  constructor(commands: ShellCommandNode[], unterminated: boolean, mapping: SourceMapping, start: number, end: number) {
    super(mapping, start, end);
    this.commands = commands;
    this.unterminated = unterminated;
    this.commandsMemo = undefined;
  }

  /** Read from the commands when asked (by pipefail, once a script): no slot in every script. */
  get hasPipefail(): boolean {
    return hasPipefail(this.commands);
  }
}

/** Longest first; `&>` and `&>>` are redirections, read before any operator. */
const OPERATORS = [';;&', ';;', ';&', '&&', '||', '|&', ';', '|', '&', '(', ')'];
const REDIRECTS = ['<<<', '<<-', '<<', '<&', '<>', '<', '>>', '>&', '>|', '>'];
/** Words that only shape control flow: the commands around them are what runs. */
const RESERVED = new Set(['if', 'then', 'else', 'elif', 'fi', 'do', 'done', 'while', 'until', '{', '}', '!']);
/** Shells by program name: what `sh -c` and a pipe into a shell run (curl-pipe-shell reads it too). */
export const SHELL_NAMES: ReadonlySet<string> = new Set(['sh', 'bash', 'ash', 'dash', 'zsh', 'ksh', 'mksh']);
const ASSIGNMENT = /^[A-Za-z_][A-Za-z0-9_]*\+?=/;

function isBlank(code: number): boolean {
  return code === 32 || code === 9 || code === 13 || code === 12 || code === 11;
}

/** Characters that end an unquoted word. */
function isMeta(code: number): boolean {
  // blank, \n, ; & | ( ) < >
  return isBlank(code) || code === 10 || code === 59 || code === 38 || code === 124 || code === 40 || code === 41 || code === 60 || code === 62;
}

// The tokenizer: reads words, operators and redirections of one script at a time, handing each to
// the splitter as it goes (no token list is kept). Its state is the script being read.
let scriptText = '';
let scriptEnd = 0;
let scriptMapping: SourceMapping | undefined;
/** A quote, backtick, `$(` or `${` ran to the end of the script, or a backslash ended it. */
let unterminated = false;

function tokenize(text: string, start: number, end: number): void {
  scriptText = text;
  scriptEnd = end;
  let i = start;
  while (i < end) {
    const code = text.charCodeAt(i);
    if (isBlank(code)) {
      i++;
      continue;
    }
    if (code === 10) {
      addOperator('\n');
      i++;
      continue;
    }
    if (code === 92 && text.charCodeAt(i + 1) === 10) {
      i += 2;
      continue;
    }
    if (code === 35) {
      while (i < end && text.charCodeAt(i) !== 10) i++;
      continue;
    }
    const redirect = redirectAt(i);
    if (redirect > i) {
      i = skipRedirect(i, redirect);
      continue;
    }
    const op = operatorAt(i);
    if (op) {
      addOperator(op);
      i += op.length;
      continue;
    }
    const stop = readWord(i);
    // A stray metacharacter (never expected) must not stall the loop.
    i = stop > i ? stop : i + 1;
  }
}

function operatorAt(i: number): string | undefined {
  const code = scriptText.charCodeAt(i);
  return code === 59 || code === 38 || code === 124 || code === 40 || code === 41 ? tokenAt(OPERATORS, i) : undefined;
}

/** The first of `tokens` (longest first) written at `i` and ending within the script. */
function tokenAt(tokens: readonly string[], i: number): string | undefined {
  for (const token of tokens) if (scriptText.startsWith(token, i) && i + token.length <= scriptEnd) return token;
  return undefined;
}

/** End of a redirection operator at `i` (`>`, `2>>`, `&>`, `<<-`), or `i` when there is none. */
function redirectAt(i: number): number {
  const text = scriptText;
  let j = i;
  while (j < scriptEnd && isDigit(text.charCodeAt(j))) j++;
  const code = text.charCodeAt(j);
  if (j === i && code === 38) {
    // `&>file` and `&>>file`
    if (text.charCodeAt(j + 1) !== 62) return i;
    return text.charCodeAt(j + 2) === 62 ? j + 3 : j + 2;
  }
  if (code !== 60 && code !== 62) return i;
  // `<(cmd)` / `>(cmd)` is a process substitution: a word.
  if (text.charCodeAt(j + 1) === 40) return i;
  const op = tokenAt(REDIRECTS, j);
  return op ? j + op.length : i;
}

/** Skips the redirection and its target word: neither is an argument of the command. */
function skipRedirect(start: number, opEnd: number): number {
  let i = opEnd;
  while (i < scriptEnd && isBlank(scriptText.charCodeAt(i))) i++;
  let targetEnd = i;
  if (i < scriptEnd && !isMeta(scriptText.charCodeAt(i))) {
    targetEnd = readWord(i, false);
  } else if (scriptText.charCodeAt(i) === 45) {
    targetEnd = i + 1;
  }
  addRedirect(targetEnd);
  return targetEnd;
}

/** Reads one word from `start` (handing it to the splitter when `emit`); returns its end. */
function readWord(start: number, emit = true): number {
  const text = scriptText;
  const end = scriptEnd;
  let i = start;
  let value = '';
  // Inside "…": only `"`, `\`, `$` and backticks are read apart from the rest.
  let inDouble = false;
  while (i < end) {
    const code = text.charCodeAt(i);
    if (!inDouble && isMeta(code)) {
      // `<(…)`/`>(…)` process substitution inside a word.
      if ((code === 60 || code === 62) && text.charCodeAt(i + 1) === 40) {
        const close = skipBalanced(i + 1, 40, 41);
        value += text.slice(i, close);
        i = close;
        continue;
      }
      break;
    }
    if (code === 34) {
      inDouble = !inDouble;
      i++;
    } else if (code === 39 && !inDouble) {
      const close = text.indexOf("'", i + 1);
      const stop = close < 0 || close >= end ? runsToEnd() : close;
      value += text.slice(i + 1, stop);
      i = Math.min(stop + 1, end);
    } else if (code === 92) {
      const next = text.charCodeAt(i + 1);
      // A backslash that ends the script escapes whatever is appended to it.
      if (!inDouble && i + 1 >= end) i = runsToEnd();
      else if (next === 10) i += 2;
      // Inside "…" a backslash escapes only these four; before any other character it stays.
      else if (!inDouble || next === 36 || next === 96 || next === 34 || next === 92) {
        value += text[i + 1];
        i += 2;
      } else {
        value += '\\';
        i++;
      }
    } else if (code === 36 && text.charCodeAt(i + 1) === 39 && !inDouble) {
      // $'…' (ANSI-C quoting): kept as written inside.
      let j = i + 2;
      while (j < end && text.charCodeAt(j) !== 39) j += text.charCodeAt(j) === 92 ? 2 : 1;
      if (j >= end) runsToEnd();
      value += text.slice(i + 2, Math.min(j, end));
      i = Math.min(j + 1, end);
    } else if (code === 36 || code === 96) {
      const stop = code === 36 ? dollarEnd(i) : skipQuote(i);
      value += text.slice(i, stop);
      i = stop;
    } else {
      let j = i + 1;
      while (j < end) {
        const c = text.charCodeAt(j);
        if (c === 34 || c === 92 || c === 36 || c === 96 || (!inDouble && (isMeta(c) || c === 39))) break;
        j++;
      }
      value += sliceOf(text, i, j);
      i = j;
    }
  }
  if (inDouble) i = runsToEnd();
  if (emit) addWord(new ShellWordNode(value, scriptMapping!, start, i));
  return i;
}

/** End of `$…` at `i`: `$(…)`, `$((…))`, `${…}`, `$NAME`, `$1`, `$@`; a lone `$` is one character. */
function dollarEnd(i: number): number {
  const text = scriptText;
  const end = scriptEnd;
  const next = text.charCodeAt(i + 1);
  if (next === 40) return skipBalanced(i + 1, 40, 41);
  if (next === 123) return skipBalanced(i + 1, 123, 125);
  if (isNameStart(next)) {
    let j = i + 2;
    while (j < end && isNameChar(text.charCodeAt(j))) j++;
    return j;
  }
  if (isDigit(next) || next === 64 || next === 42 || next === 35 || next === 63 || next === 45 || next === 36 || next === 33) {
    return Math.min(i + 2, end);
  }
  return i + 1;
}

/**
 * From the `open` bracket at `i` (`(` of `$(…)`, `{` of `${…}`) to just after its match, through
 * quotes, backticks and nested brackets.
 */
function skipBalanced(i: number, open: number, close: number): number {
  const text = scriptText;
  const end = scriptEnd;
  let depth = 0;
  let j = i;
  while (j < end) {
    const c = text.charCodeAt(j);
    if (c === 92) j++;
    else if (c === open) depth++;
    else if (c === close && --depth === 0) return j + 1;
    else if (c === 39 || c === 34 || c === 96) j = skipQuote(j) - 1;
    j++;
  }
  return runsToEnd();
}

/** From a quote or backtick at `i` to just after its closing one; a backslash escapes inside `"…"` and `` `…` ``. */
function skipQuote(i: number): number {
  const text = scriptText;
  const end = scriptEnd;
  const quote = text.charCodeAt(i);
  let j = i + 1;
  while (j < end) {
    const c = text.charCodeAt(j);
    if (c === quote) return j + 1;
    if (c === 92 && quote !== 39) j++;
    j++;
  }
  return runsToEnd();
}

/** Notes that a construct was left open (or a backslash ends the text), and returns the end of the text. */
function runsToEnd(): number {
  unterminated = true;
  return scriptEnd;
}

/** Shared by every command without leading assignments or without arguments; never written (not frozen: see parse/instructions.ts NONE). */
const NO_WORDS: ShellWord[] = [];

// The splitter: groups words into commands as the tokenizer reads them, reading through control
// flow. Module state, like the tokenizer's, set anew by parseShell for each script (one is read to
// its end before the next): a tokenizer, a splitter and their lists made per script were a fifth
// of what splitting a file's RUNs allocated.
/**
 * The commands read so far (the first `commandCount`), and the words of the command being read
 * (the first `wordCount`): scratch lists shared by every script, copied out. Counted, never
 * emptied: `length = 0` frees a list's storage, and every script grew its lists anew.
 */
const commands: ShellCommandNode[] = [];
let commandCount = 0;
const words: ShellWordNode[] = [];
let wordCount = 0;
let inCommand = false;
let commandStart = 0;
let commandEnd = 0;
let operatorBefore: ShellOperator = null;
let opSinceCommand = false;
let pipeNext = false;
let skipHeader = false; // inside `for x in …` up to `;`/newline/`do`
let caseHead = false; // between `case` and `in`
let casePattern = false; // a `pattern)` is expected
let caseDepth = 0;

function addOperator(op: string): void {
  if (casePattern) {
    if (op === ')') casePattern = false;
    return;
  }
  if (caseHead) return;
  if (op === '(' || op === ')') {
    finishCommand();
    return;
  }
  if (skipHeader && (op === ';' || op === '\n')) {
    skipHeader = false;
    return;
  }
  finishCommand();
  if (op === ';;' || op === ';&' || op === ';;&') {
    if (caseDepth > 0) casePattern = true;
    operatorBefore = ';';
    opSinceCommand = true;
    return;
  }
  if (op === '\n') {
    if (!opSinceCommand) operatorBefore = ';';
    opSinceCommand = true;
    return;
  }
  operatorBefore = op === '|&' ? '|' : (op as ShellOperator);
  opSinceCommand = true;
  if (operatorBefore === '|') {
    if (commandCount > 0) commands[commandCount - 1]!.piped = true;
    pipeNext = true;
  }
}

/** A redirection (and its target) ending at `end`. */
function addRedirect(end: number): void {
  if (inCommand) commandEnd = Math.max(commandEnd, end);
}

/**
 * An exec-form array, no shell in between: its strings are the words of one command, the first the
 * program. Each word is its string as written, quotes included, so its `raw` never equals its value
 * (no quick fix writes inside the array), and being quoted, none is read as a shell keyword. Text
 * appended after its last word would land inside the array: it counts as unterminated.
 */
function readExec(text: string, start: number, end: number): void {
  const spans: number[] = [];
  // The array the instruction's JSON form was read from: its values again, with their spans.
  const values = parseJsonArray(text, start, end, spans)!;
  unterminated = true;
  for (let i = 0; i < values.length; i++) addWord(new ShellWordNode(values[i]!, scriptMapping!, spans[2 * i]!, spans[2 * i + 1]!));
}

function addWord(word: ShellWordNode): void {
  if (caseHead) {
    if (word.value === 'in') {
      caseHead = false;
      casePattern = true;
    }
    return;
  }
  if (casePattern) {
    if (word.value === 'esac') {
      casePattern = false;
      caseDepth--;
    }
    return;
  }
  if (skipHeader) {
    if (word.value === 'do') skipHeader = false;
    return;
  }
  if (!inCommand) {
    const keyword = word.quoted ? '' : word.value;
    if (RESERVED.has(keyword)) return;
    if (keyword === 'for' || keyword === 'select') {
      skipHeader = true;
      return;
    }
    if (keyword === 'case') {
      caseHead = true;
      caseDepth++;
      return;
    }
    if (keyword === 'esac' && caseDepth > 0) {
      caseDepth--;
      return;
    }
    inCommand = true;
    commandStart = word.logicalStart;
  }
  words[wordCount++] = word;
  commandEnd = word.logicalEnd;
}

function finishCommand(): void {
  if (!inCommand) return;
  inCommand = false;
  const count = wordCount;
  let at = 0;
  // A plain word (nearly every command name) has no `=`: one search before the pattern.
  while (at < count && words[at]!.value.includes('=') && ASSIGNMENT.test(words[at]!.value) && !words[at]!.value.startsWith('=')) at++;
  const nameWord = at < count ? words[at] : undefined;
  const command = new ShellCommandNode(
    nameWord?.value ?? '',
    nameWord ?? null,
    at + 1 < count ? words.slice(at + 1, count) : NO_WORDS,
    at === 0 ? NO_WORDS : words.slice(0, at),
    commandCount === 0 ? null : operatorBefore,
    pipeNext,
    scriptMapping!,
    commandStart,
    commandEnd,
  );
  commands[commandCount++] = command;
  wordCount = 0;
  pipeNext = false;
  opSinceCommand = false;
}

/**
 * Splits text[start, end) into commands. `mapping` maps [start, end) of the text to a source range
 * (through removed continuations). With `exec`, the text there is an exec-form array (valid JSON),
 * read as the one command the array runs (see readExec).
 */
export function parseShell(mapping: SourceMapping, start = 0, end = mapping.text.length, exec = false): ShellScriptNode {
  const text = mapping.text;
  commandCount = wordCount = caseDepth = 0;
  inCommand = opSinceCommand = pipeNext = skipHeader = caseHead = casePattern = unterminated = false;
  operatorBefore = null;
  scriptMapping = mapping;
  if (exec) readExec(text, start, end);
  else tokenize(text, start, end);
  finishCommand();
  const from = skipBlanks(text, start, end);
  return new ShellScriptNode(commands.slice(0, commandCount), unterminated, mapping, from, skipBlanksBackward(text, from, end));
}

/** `set -o pipefail`, `set -eo pipefail`, `set -euxo pipefail` before the first pipe. */
export function hasPipefail(commands: ShellCommand[]): boolean {
  for (const command of commands) {
    if (command.piped) return false;
    if (command.name !== 'set') continue;
    const args = command.args;
    for (let i = 0; i + 1 < args.length; i++) {
      const flag = args[i]!.value;
      if (/^-[a-zA-Z]*o$/.test(flag) && args[i + 1]!.value === 'pipefail') return true;
    }
  }
  return false;
}

/** Whether a command runs a shell that reads its script from stdin (`bash <<EOF`, `sh -e <<EOF`). */
export function isShellCommand(command: ShellCommand): boolean {
  const name = command.name.slice(command.name.lastIndexOf('/') + 1);
  if (!SHELL_NAMES.has(name)) return false;
  return !command.args.some((word) => word.value === '-c' || (!word.value.startsWith('-') && !word.value.startsWith('+')));
}
