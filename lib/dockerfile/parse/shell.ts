// RUN → shell commands, split once so every rule asks the same model (after hadolint's Shell module).
// A POSIX-ish tokenizer: quotes, escapes, `$VAR`, `${…}`, `$(…)` and backticks stay inside one word;
// `&&`, `||`, `;`, `|`, `&` and newlines separate commands; redirections are dropped from arguments;
// `if/then/fi`, `for/do/done`, `while`, `case`, `( … )` and `{ …; }` are read through to the inner commands.
import type { ShellCommand, ShellOperator, ShellScript, ShellWord } from '../types';
import { Span, type RangeOf } from './spanned';
import { isNameChar, isNameStart } from './variables';
import { isDigit, skipBlanks, skipBlanksBackward } from './words';

/** A word of a command; `raw` is sliced from the text only when asked for. */
export class ShellWordNode extends Span implements ShellWord {
  declare readonly value: string;
  declare readonly quoted: boolean;
  readonly #text: string;

  constructor(text: string, value: string, quoted: boolean, rangeOf: RangeOf, start: number, end: number) {
    super(rangeOf, start, end);
    this.#text = text;
    this.value = value;
    this.quoted = quoted;
  }

  get raw(): string {
    return this.#text.slice(this.logicalStart, this.logicalEnd);
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
    rangeOf: RangeOf,
    start: number,
    end: number,
  ) {
    super(rangeOf, start, end);
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
  declare readonly hasPipefail: boolean;
  declare readonly unterminated: boolean;

  constructor(commands: ShellCommandNode[], hasPipefail: boolean, unterminated: boolean, rangeOf: RangeOf, start: number, end: number) {
    super(rangeOf, start, end);
    this.commands = commands;
    this.hasPipefail = hasPipefail;
    this.unterminated = unterminated;
  }
}

/** What the tokenizer produces, consumed as it goes (no token list is kept). */
interface TokenSink {
  word(word: ShellWordNode): void;
  operator(op: string): void;
  /** A redirection (and its target) ending at `end`. */
  redirect(end: number): void;
}

const OPERATORS = [';;&', ';;', ';&', '&&', '||', '|&', '&>>', '&>', ';', '|', '&', '(', ')'];
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

class Tokenizer {
  // #private members: minified to short names, and the tokenizer is in every bundle.
  readonly #text: string;
  readonly #end: number;
  readonly #rangeOf: RangeOf;
  readonly #sink: TokenSink;
  /** A quote, backtick, `$(` or `${` ran to the end of the text, or a backslash ended it. */
  unterminated = false;

  constructor(text: string, end: number, rangeOf: RangeOf, sink: TokenSink) {
    this.#text = text;
    this.#end = end;
    this.#rangeOf = rangeOf;
    this.#sink = sink;
  }

  run(start: number): void {
    const text = this.#text;
    const end = this.#end;
    let i = start;
    while (i < end) {
      const code = text.charCodeAt(i);
      if (isBlank(code)) {
        i++;
        continue;
      }
      if (code === 10) {
        this.#sink.operator('\n');
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
      const redirect = this.#redirectAt(i);
      if (redirect > i) {
        i = this.#redirect(i, redirect);
        continue;
      }
      const op = this.#operatorAt(i);
      if (op) {
        this.#sink.operator(op);
        i += op.length;
        continue;
      }
      const stop = this.#word(i);
      // A stray metacharacter (never expected) must not stall the loop.
      i = stop > i ? stop : i + 1;
    }
  }

  #operatorAt(i: number): string | null {
    const code = this.#text.charCodeAt(i);
    if (code !== 59 && code !== 38 && code !== 124 && code !== 40 && code !== 41) return null;
    for (const op of OPERATORS) if (this.#text.startsWith(op, i) && i + op.length <= this.#end) return op;
    return null;
  }

  /** End of a redirection operator at `i` (`>`, `2>>`, `&>`, `<<-`), or `i` when there is none. */
  #redirectAt(i: number): number {
    const text = this.#text;
    let j = i;
    while (j < this.#end && isDigit(text.charCodeAt(j))) j++;
    const code = text.charCodeAt(j);
    if (j === i && code === 38) {
      // `&>file` and `&>>file`
      if (text.charCodeAt(j + 1) !== 62) return i;
      return text.charCodeAt(j + 2) === 62 ? j + 3 : j + 2;
    }
    if (code !== 60 && code !== 62) return i;
    // `<(cmd)` / `>(cmd)` is a process substitution: a word.
    if (text.charCodeAt(j + 1) === 40) return i;
    for (const op of REDIRECTS) if (text.startsWith(op, j) && j + op.length <= this.#end) return j + op.length;
    return i;
  }

  /** Skips the redirection and its target word: neither is an argument of the command. */
  #redirect(start: number, opEnd: number): number {
    let i = opEnd;
    while (i < this.#end && isBlank(this.#text.charCodeAt(i))) i++;
    let targetEnd = i;
    if (i < this.#end && !isMeta(this.#text.charCodeAt(i))) {
      targetEnd = this.#word(i, false);
    } else if (this.#text.charCodeAt(i) === 45) {
      targetEnd = i + 1;
    }
    this.#sink.redirect(targetEnd);
    return targetEnd;
  }

  /** Reads one word from `start` (handing it to the sink when `emit`); returns its end. */
  #word(start: number, emit = true): number {
    const text = this.#text;
    const end = this.#end;
    let i = start;
    let value = '';
    let quoted = false;
    while (i < end) {
      const code = text.charCodeAt(i);
      if (isMeta(code)) {
        // `<(…)`/`>(…)` process substitution inside a word.
        if ((code === 60 || code === 62) && text.charCodeAt(i + 1) === 40) {
          const close = this.#skipBalanced(i + 1, 40, 41);
          value += text.slice(i, close);
          i = close;
          continue;
        }
        break;
      }
      if (code === 39) {
        quoted = true;
        const close = text.indexOf("'", i + 1);
        const stop = close < 0 || close >= end ? this.#runsToEnd() : close;
        value += text.slice(i + 1, stop);
        i = Math.min(stop + 1, end);
      } else if (code === 34) {
        quoted = true;
        const [inner, next] = this.#doubleQuoted(i + 1);
        value += inner;
        i = next;
      } else if (code === 92) {
        quoted = true;
        const next = text.charCodeAt(i + 1);
        // A backslash that ends the script escapes whatever is appended to it.
        if (i + 1 >= end) i = this.#runsToEnd();
        else if (next === 10) i += 2;
        else {
          value += text[i + 1];
          i += 2;
        }
      } else if (code === 36 && text.charCodeAt(i + 1) === 39) {
        // $'…' (ANSI-C quoting): kept as written inside.
        quoted = true;
        let j = i + 2;
        while (j < end && text.charCodeAt(j) !== 39) j += text.charCodeAt(j) === 92 ? 2 : 1;
        if (j >= end) this.#runsToEnd();
        value += text.slice(i + 2, Math.min(j, end));
        i = Math.min(j + 1, end);
      } else if (code === 36 || code === 96) {
        const stop = code === 36 ? this.#dollar(i) : this.#skipQuote(i);
        value += text.slice(i, stop);
        i = stop;
      } else {
        let j = i + 1;
        while (j < end) {
          const c = text.charCodeAt(j);
          if (isMeta(c) || c === 39 || c === 34 || c === 92 || c === 36 || c === 96) break;
          j++;
        }
        value += text.slice(i, j);
        i = j;
      }
    }
    if (emit) this.#sink.word(new ShellWordNode(text, value, quoted, this.#rangeOf, start, i));
    return i;
  }

  /** Content of "…" from just after the opening quote; returns [value, index after the closing quote]. */
  #doubleQuoted(start: number): [string, number] {
    const text = this.#text;
    const end = this.#end;
    let value = '';
    let i = start;
    while (i < end) {
      const code = text.charCodeAt(i);
      if (code === 34) return [value, i + 1];
      if (code === 92) {
        const next = text.charCodeAt(i + 1);
        if (next === 10) i += 2;
        else if (next === 36 || next === 96 || next === 34 || next === 92) {
          value += text[i + 1];
          i += 2;
        } else {
          value += '\\';
          i++;
        }
      } else if (code === 36 || code === 96) {
        const stop = code === 36 ? this.#dollar(i) : this.#skipQuote(i);
        value += text.slice(i, stop);
        i = stop;
      } else {
        let j = i + 1;
        while (j < end) {
          const c = text.charCodeAt(j);
          if (c === 34 || c === 92 || c === 36 || c === 96) break;
          j++;
        }
        value += text.slice(i, j);
        i = j;
      }
    }
    return [value, this.#runsToEnd()];
  }

  /** End of `$…` at `i`: `$(…)`, `$((…))`, `${…}`, `$NAME`, `$1`, `$@`; a lone `$` is one character. */
  #dollar(i: number): number {
    const text = this.#text;
    const end = this.#end;
    const next = text.charCodeAt(i + 1);
    if (next === 40) return this.#skipBalanced(i + 1, 40, 41);
    if (next === 123) return this.#skipBalanced(i + 1, 123, 125);
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
  #skipBalanced(i: number, open: number, close: number): number {
    const text = this.#text;
    const end = this.#end;
    let depth = 0;
    let j = i;
    while (j < end) {
      const c = text.charCodeAt(j);
      if (c === 92) j++;
      else if (c === open) depth++;
      else if (c === close && --depth === 0) return j + 1;
      else if (c === 39 || c === 34 || c === 96) j = this.#skipQuote(j) - 1;
      j++;
    }
    return this.#runsToEnd();
  }

  /** From a quote or backtick at `i` to just after its closing one; a backslash escapes inside `"…"` and `` `…` ``. */
  #skipQuote(i: number): number {
    const text = this.#text;
    const end = this.#end;
    const quote = text.charCodeAt(i);
    let j = i + 1;
    while (j < end) {
      const c = text.charCodeAt(j);
      if (c === quote) return j + 1;
      if (c === 92 && quote !== 39) j++;
      j++;
    }
    return this.#runsToEnd();
  }

  /** Notes that a construct was left open (or a backslash ends the text), and returns the end of the text. */
  #runsToEnd(): number {
    this.unterminated = true;
    return this.#end;
  }
}

/** Shared by every command without leading assignments or without arguments; never written (not frozen: see parse/instructions.ts NONE). */
const NO_WORDS: ShellWord[] = [];

/** Groups words into commands as the tokenizer reads them, reading through control flow. */
class CommandSplitter implements TokenSink {
  readonly commands: ShellCommandNode[] = [];
  /**
   * Words of the command being read: the first #wordCount entries of one scratch list, copied out
   * per command. Counted, not emptied: `length = 0` frees the list's storage, and the next push
   * allocated it again for every command.
   */
  readonly #words: ShellWordNode[] = [];
  #wordCount = 0;
  #inCommand = false;
  #start = 0;
  #end = 0;
  #operatorBefore: ShellOperator = null;
  #opSinceCommand = false;
  #pipeNext = false;
  #skipHeader = false; // inside `for x in …` up to `;`/newline/`do`
  #caseHead = false; // between `case` and `in`
  #casePattern = false; // a `pattern)` is expected
  #caseDepth = 0;
  readonly #rangeOf: RangeOf;

  constructor(rangeOf: RangeOf) {
    this.#rangeOf = rangeOf;
  }

  operator(op: string): void {
    if (this.#casePattern) {
      if (op === ')') this.#casePattern = false;
      return;
    }
    if (this.#caseHead) return;
    if (op === '(' || op === ')') {
      this.finish();
      return;
    }
    if (this.#skipHeader && (op === ';' || op === '\n')) {
      this.#skipHeader = false;
      return;
    }
    this.finish();
    if (op === ';;' || op === ';&' || op === ';;&') {
      if (this.#caseDepth > 0) this.#casePattern = true;
      this.#operatorBefore = ';';
      this.#opSinceCommand = true;
      return;
    }
    if (op === '\n') {
      if (!this.#opSinceCommand) this.#operatorBefore = ';';
      this.#opSinceCommand = true;
      return;
    }
    this.#operatorBefore = op === '|&' ? '|' : (op as ShellOperator);
    this.#opSinceCommand = true;
    if (this.#operatorBefore === '|') {
      const previous = this.commands[this.commands.length - 1];
      if (previous) previous.piped = true;
      this.#pipeNext = true;
    }
  }

  redirect(end: number): void {
    if (this.#inCommand) this.#end = Math.max(this.#end, end);
  }

  word(word: ShellWordNode): void {
    if (this.#caseHead) {
      if (word.value === 'in') {
        this.#caseHead = false;
        this.#casePattern = true;
      }
      return;
    }
    if (this.#casePattern) {
      if (word.value === 'esac') {
        this.#casePattern = false;
        this.#caseDepth--;
      }
      return;
    }
    if (this.#skipHeader) {
      if (word.value === 'do') this.#skipHeader = false;
      return;
    }
    if (!this.#inCommand) {
      const keyword = word.quoted ? '' : word.value;
      if (RESERVED.has(keyword)) return;
      if (keyword === 'for' || keyword === 'select') {
        this.#skipHeader = true;
        return;
      }
      if (keyword === 'case') {
        this.#caseHead = true;
        this.#caseDepth++;
        return;
      }
      if (keyword === 'esac' && this.#caseDepth > 0) {
        this.#caseDepth--;
        return;
      }
      this.#inCommand = true;
      this.#start = word.logicalStart;
    }
    this.#words[this.#wordCount++] = word;
    this.#end = word.logicalEnd;
  }

  finish(): void {
    if (!this.#inCommand) return;
    this.#inCommand = false;
    const words = this.#words;
    const count = this.#wordCount;
    let at = 0;
    // A plain word (nearly every command name) has no `=`: one search before the pattern.
    while (at < count && words[at]!.value.includes('=') && ASSIGNMENT.test(words[at]!.value) && !words[at]!.value.startsWith('=')) at++;
    const nameWord = at < count ? words[at] : undefined;
    const { commands } = this;
    commands.push(
      new ShellCommandNode(
        nameWord?.value ?? '',
        nameWord ?? null,
        at + 1 < count ? words.slice(at + 1, count) : NO_WORDS,
        at === 0 ? NO_WORDS : words.slice(0, at),
        commands.length === 0 ? null : this.#operatorBefore,
        this.#pipeNext,
        this.#rangeOf,
        this.#start,
        this.#end,
      ),
    );
    this.#wordCount = 0;
    this.#pipeNext = false;
    this.#opSinceCommand = false;
  }
}

/**
 * Splits text[start, end) into commands. `rangeOf` maps [start, end) of the text to a source range
 * (through removed continuations).
 */
export function parseShell(text: string, rangeOf: RangeOf, start = 0, end = text.length): ShellScriptNode {
  const splitter = new CommandSplitter(rangeOf);
  const tokenizer = new Tokenizer(text, end, rangeOf, splitter);
  tokenizer.run(start);
  splitter.finish();
  // An exact-size copy: the list grown by push keeps spare slots for as long as the tree lives.
  const commands = splitter.commands.slice();
  const scriptStart = skipBlanks(text, start, end);
  const scriptEnd = skipBlanksBackward(text, scriptStart, end);
  return new ShellScriptNode(commands, hasPipefail(commands), tokenizer.unterminated, rangeOf, scriptStart, scriptEnd);
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
