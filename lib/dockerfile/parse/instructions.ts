// One instruction from its logical text (continuations already joined): keyword, flags, arguments,
// exec form, pairs, the shell model, and the wrapped instruction of ONBUILD / HEALTHCHECK CMD.
// Heredoc bodies are read afterwards by the document scanner, which owns the lines.
import type { Flag, Heredoc, Instruction, JsonForm, KeyValue, ParseError, Range, Token } from '../types';
import { flagsRead, parseFlags } from './flags';
import { HEREDOC_INSTRUCTIONS, matchMarker, type HeredocMarker } from './heredoc';
import { looksLikeJson, parseJsonArray } from './json-form';
import { sourceOffset, type LogicalText, type TextDocument } from './logical-text';
import { parsePairs } from './pairs';
import { isShellCommand, parseShell, type ShellScriptNode } from './shell';
import { SpannedText } from './spanned';
import { isBlank, skipBlanks, skipBlanksBackward, sliceOf, splitWords, wordEnd } from './words';

export const KNOWN_INSTRUCTIONS = new Set([
  'FROM', 'RUN', 'CMD', 'LABEL', 'MAINTAINER', 'EXPOSE', 'ENV', 'ADD', 'COPY', 'ENTRYPOINT',
  'VOLUME', 'USER', 'WORKDIR', 'ARG', 'ONBUILD', 'STOPSIGNAL', 'HEALTHCHECK', 'SHELL',
]);

/** Instructions whose arguments may be a JSON array. */
/** Instructions whose arguments may be a JSON array (exec form). */
export const JSON_INSTRUCTIONS: ReadonlySet<string> = new Set(['RUN', 'CMD', 'ENTRYPOINT', 'SHELL', 'COPY', 'ADD', 'VOLUME']);
/** Instructions whose shell form is run by /bin/sh -c. */
const SHELL_INSTRUCTIONS = new Set(['RUN', 'CMD', 'ENTRYPOINT']);
const PAIR_INSTRUCTIONS = new Set(['ENV', 'ARG', 'LABEL']);

export interface ReadContext extends TextDocument {
  /** Counted as instructions are read: see DockerfileAst.keywordsNotUpper. */
  keywordsNotUpper: number;
  /** The document's syntax errors: the parts of an instruction that find one add it here. */
  errors: ParseError[];
}

export interface PendingHeredoc {
  marker: HeredocMarker;
  /** The instruction the heredoc belongs to (the wrapped one under ONBUILD). */
  owner: InstructionNode;
  markerRange: Range;
  /** The body is run as a shell script: `RUN <<EOF`, or the stdin of a shell (`RUN bash <<EOF`). */
  isShellScript: boolean;
}

/**
 * A JSON array whose ranges are computed when asked for, its values' by reading the array again:
 * most are never reported on, and their offsets and ranges were a third of an exec form's bytes.
 */
class JsonFormNode implements JsonForm {
  declare readonly values: string[];
  readonly #logical: LogicalText;
  readonly #start: number;
  readonly #end: number;
  #valueRanges: Range[] | undefined;

  constructor(values: string[], logical: LogicalText, start: number, end: number) {
    this.values = values;
    this.#logical = logical;
    this.#start = start;
    this.#end = end;
  }

  get range(): Range {
    return this.#logical.rangeOf(this.#start, this.#end);
  }

  get valueRanges(): Range[] {
    if (!this.#valueRanges) {
      const spans: number[] = [];
      parseJsonArray(this.#logical.text, this.#start, this.#end, spans);
      this.#valueRanges = [];
      for (let i = 0; i < spans.length; i += 2) this.#valueRanges.push(this.#logical.rangeOf(spans[i]!, spans[i + 1]!));
    }
    return this.#valueRanges;
  }
}

/**
 * Shared by every instruction without flags, heredocs, pairs or empty continuation lines. Never
 * written: the parser assigns a new list instead. Not frozen: for…of over a frozen array leaves
 * V8's fast path and allocates an iterator on every loop.
 */
const NONE: never[] = [];

/**
 * Keywords as one shared string each: `keyword === 'RUN'`, asked by every rule of every
 * instruction, then compares two identical pointers, and upper-casing allocates nothing.
 */
const CANONICAL_KEYWORDS = new Map([...KNOWN_INSTRUCTIONS].map((keyword) => [keyword, keyword]));

function canonicalKeyword(raw: string): string {
  return CANONICAL_KEYWORDS.get(raw) ?? CANONICAL_KEYWORDS.get(raw.toUpperCase()) ?? raw.toUpperCase();
}

/** What few instructions have: exec form, heredocs, ONBUILD, HEALTHCHECK, empty continuation lines, a keyword not in upper case. */
interface RareParts {
  keywordRaw: string | null;
  json: JsonForm | null;
  jsonError: { range: Range } | null;
  heredocs: Heredoc[];
  onbuild: InstructionNode | null;
  healthcheck: { none: boolean; command: InstructionNode | null } | null;
  emptyContinuationLines: number[];
}

/**
 * An instruction whose argument words and secondary ranges are read on first use: most RUN lines
 * are asked for their shell commands, never for their words. Fields most instructions leave empty
 * live in one object made on first write: on a 10,000-line file the instructions were the tree's
 * largest objects, and every byte of the tree is copied by the garbage collector while it is young.
 */
export class InstructionNode implements Instruction {
  declare readonly keyword: string;
  declare readonly index: number;
  /** Set again by the parser when the instruction is a FROM, which opens the next stage. */
  declare stageIndex: number;
  flags: Flag[] = NONE;
  declare readonly argsText: string;
  pairs: KeyValue[] = NONE;
  /**
   * The instruction's logical text (shared by all one-line instructions: the source itself), which
   * maps its offsets to source ranges and holds the document's positions and escape character.
   */
  readonly #logical: LogicalText;
  readonly #keywordStart: number;
  readonly #argsStart: number;
  #args: Token[] | undefined;
  /** The shell form's commands; undefined until read, and again after `release` (see `shell`). */
  #shell: ShellScriptNode | null | undefined;
  #rare: RareParts | undefined;
  /**
   * Source offset of the end of the last line (or heredoc) until `range` is read, then the range
   * built from it and the keyword's: one slot for both, as the offset is not read again.
   */
  #end: number | Range;

  // Positional on purpose: an options object here was one more allocation per instruction. Every
  // field is one more slot on each instruction of the tree, which the garbage collector copies while
  // it is young: what can be derived (the keyword's source offset, its spelling when upper case) is.
  constructor(
    logical: LogicalText,
    keyword: string,
    keywordStart: number,
    argsStart: number,
    textEnd: number,
    endOffset: number,
    index: number,
    stageIndex: number,
  ) {
    this.#logical = logical;
    this.keyword = keyword;
    this.#keywordStart = keywordStart;
    this.#argsStart = argsStart;
    this.argsText = sliceOf(logical.text, argsStart, textEnd);
    this.#end = endOffset;
    this.index = index;
    this.stageIndex = stageIndex;
  }

  /** The keyword as written: `keyword` itself unless written in another case. */
  get keywordRaw(): string {
    return this.#rare?.keywordRaw ?? this.keyword;
  }

  /** The parts few instructions have, made on the first call: the parser writes them here, rules read the getters. */
  rareParts(): RareParts {
    return (this.#rare ??= {
      keywordRaw: null,
      json: null,
      jsonError: null,
      heredocs: NONE,
      onbuild: null,
      healthcheck: null,
      emptyContinuationLines: NONE,
    });
  }

  get json(): JsonForm | null {
    return this.#rare?.json ?? null;
  }

  get jsonError(): { range: Range } | null {
    return this.#rare?.jsonError ?? null;
  }

  get heredocs(): Heredoc[] {
    return this.#rare?.heredocs ?? NONE;
  }

  get onbuild(): InstructionNode | null {
    return this.#rare?.onbuild ?? null;
  }

  get healthcheck(): { none: boolean; command: InstructionNode | null } | null {
    return this.#rare?.healthcheck ?? null;
  }

  get emptyContinuationLines(): number[] {
    return this.#rare?.emptyContinuationLines ?? NONE;
  }

  /**
   * Keyword to end of the last continuation line or heredoc. Built on first read and kept: a
   * 10,000-line file reads it for one instruction in fifteen, and building it for each (an object,
   * two binary searches of the line table) was a cost on every line.
   */
  get range(): Range {
    if (typeof this.#end === 'number') {
      const start = sourceOffset(this.#logical, this.#keywordStart);
      this.#end = this.#logical.document.positions.range(start, Math.max(start, this.#end));
    }
    return this.#end;
  }

  /** The instruction goes on to source offset `end` (the end of its last heredoc body). */
  extendTo(end: number): void {
    this.#end = end;
  }

  // Computed on each read, not cached: most are read once, to report a finding, and a cache slot
  // of their own cost every instruction of the tree.
  get keywordRange(): Range {
    return this.#logical.rangeOf(this.#keywordStart, this.#keywordStart + this.keywordRaw.length);
  }

  // The arguments end where their text ends: no field of its own for the end.
  get argsRange(): Range | null {
    return this.argsText ? this.#logical.rangeOf(this.#argsStart, this.#argsStart + this.argsText.length) : null;
  }

  /**
   * RUN (and shell-form CMD, ENTRYPOINT, HEALTHCHECK's CMD): the commands, parsed on first read.
   * An exec-form RUN's array is read as the one command it runs, with no shell in between: a
   * learner who writes `RUN ["pip", "install", "flask"]` keeps the same cache as with the shell
   * form, so the rules judge both alike (its words are its JSON strings as written, so no quick fix
   * writes inside the array). An exec-form CMD or ENTRYPOINT has none: it is not a build step.
   * Not parsed with the rest of the tree: the commands were a quarter of its bytes, and lived (copied
   * by every scavenge on the way) from the first line parsed to the last rule run. Now they live from
   * the first rule that asks to the end of their stage's judging, or to the end of the analysis when
   * the image ships the stage (see `release`, and analyze).
   */
  get shell(): ShellScriptNode | null {
    if (this.#shell === undefined) {
      const exec = this.json !== null;
      this.#shell = SHELL_INSTRUCTIONS.has(this.keyword) && this.argsText.length > 0 && (!exec || this.keyword === 'RUN')
        ? parseShell(this.#logical, this.#argsStart, this.#argsStart + this.argsText.length, exec)
        : null;
    }
    return this.#shell;
  }

  /**
   * Drops the commands (and commandsOf's answer, kept on them): analyze calls it once a stage is
   * judged. Asked again later (grading), they are parsed anew. The argument words stay: rules of the
   * whole file read them of every instruction, and a RUN's are seldom split.
   */
  release(): void {
    this.#shell = undefined;
  }

  get args(): Token[] {
    return (this.#args ??= readWords(this.#logical, this.#argsStart, this.#argsStart + this.argsText.length));
  }
}

/**
 * The argument words of text[start, end), split word by word rather than by mapping splitWords():
 * no list of spans made only to be dropped. A function, not a private method: a class with one
 * gives each of its objects a slot more, to mark it as one of the class's own.
 */
function readWords(logical: LogicalText, start: number, end: number): Token[] {
  const { text, document: { escapeChar } } = logical;
  let count = 0;
  for (let i = skipBlanks(text, start, end); i < end; ) {
    const stop = wordEnd(text, i, end, escapeChar);
    scratchWords[count++] = new SpannedText(sliceOf(text, i, stop), logical, i, stop);
    i = skipBlanks(text, stop, end);
  }
  return scratchWords.slice(0, count);
}

/**
 * The words of the arguments being split, copied out at their exact size: a list grown word by
 * word for each instruction left its larger storage behind as garbage (170 bytes a list).
 */
const scratchWords: Token[] = [];

/**
 * Reads the instruction in logical [from, to) of `logical` (the whole text, or one line of the
 * source itself), which maps its indices to source ranges. `end` is the source offset where
 * the instruction's last line ends. Heredoc markers found are pushed onto `pending`, in order.
 * `withFlags` is false for HEALTHCHECK's CMD. Positional, and heredocs pushed rather than returned:
 * two objects per instruction fewer on a path that runs for every line.
 */
export function readInstruction(
  logical: LogicalText,
  from: number,
  to: number,
  context: ReadContext,
  end: number,
  index: number,
  stageIndex: number,
  pending: PendingHeredoc[],
  withFlags = true,
): InstructionNode {
  const { escapeChar } = context;
  const text = logical.text;
  const textEnd = skipBlanksBackward(text, from, to);

  const keywordStart = skipBlanks(text, from, textEnd);
  let keywordEnd = keywordStart;
  while (keywordEnd < textEnd && !isBlank(text.charCodeAt(keywordEnd))) keywordEnd++;
  const written = sliceOf(text, keywordStart, keywordEnd);
  const keyword = canonicalKeyword(written);

  // Most instructions have no flags: look for `--` before asking the flag reader.
  const afterKeyword = skipBlanks(text, keywordEnd, textEnd);
  const mayHaveFlags = withFlags && keyword !== 'ONBUILD' && text.charCodeAt(afterKeyword) === 45 && text.charCodeAt(afterKeyword + 1) === 45;
  // Most instructions have none; the others get theirs in flagsRead, with no result object either.
  let flags: Flag[] = NONE;
  let argsStart = afterKeyword;
  if (mayHaveFlags) {
    argsStart = parseFlags(text, keywordEnd, textEnd, escapeChar, logical);
    flags = flagsRead;
  }
  const hasArgs = argsStart < textEnd;

  const instruction = new InstructionNode(logical, keyword, keywordStart, argsStart, textEnd, end, index, stageIndex);
  // Written in another case (rarely): counted, and kept for the casing rules.
  if (written !== keyword) {
    context.keywordsNotUpper++;
    instruction.rareParts().keywordRaw = written;
  }
  if (flags.length > 0) instruction.flags = flags;

  if (JSON_INSTRUCTIONS.has(keyword) && text.charCodeAt(argsStart) === 91) {
    const values = parseJsonArray(text, argsStart, textEnd);
    if (values) {
      instruction.rareParts().json = new JsonFormNode(values, logical, argsStart, textEnd);
    } else if (looksLikeJson(text, argsStart, textEnd)) {
      instruction.rareParts().jsonError = { range: logical.rangeOf(argsStart, textEnd) };
    }
  }

  // A marker holds `<<`; most instructions have none, so their words are never split here.
  if (HEREDOC_INSTRUCTIONS.has(keyword) && !instruction.json && instruction.argsText.includes('<<')) {
    const commands = instruction.shell?.commands ?? NONE;
    // Markers and commands both come in order: one cursor walks past the commands that end before each marker.
    let at = 0;
    for (const word of splitWords(text, argsStart, textEnd, escapeChar)) {
      const marker = matchMarker(text.slice(word.start, word.end));
      if (!marker) continue;
      while (at < commands.length && commands[at]!.logicalStart <= word.start && commands[at]!.logicalEnd < word.end) at++;
      const command = commands[at];
      const isShellScript =
        keyword === 'RUN' && (word.start === argsStart || (command !== undefined && command.logicalStart <= word.start && isShellCommand(command)));
      pending.push({ marker, owner: instruction, markerRange: logical.rangeOf(word.start, word.end), isShellScript });
    }
  }

  if (PAIR_INSTRUCTIONS.has(keyword)) instruction.pairs = parsePairs(keyword, text, argsStart, textEnd, escapeChar, logical, context.errors);

  if (keyword === 'ONBUILD' && hasArgs) {
    instruction.rareParts().onbuild = readInstruction(logical, argsStart, textEnd, context, end, index, stageIndex, pending);
  }

  if (keyword === 'HEALTHCHECK') {
    // Only the first word matters (NONE or CMD): read on its own, not by splitting every word.
    const firstEnd = wordEnd(text, argsStart, textEnd, escapeChar);
    const firstWord = sliceOf(text, argsStart, firstEnd).toUpperCase();
    instruction.rareParts().healthcheck = {
      none: firstWord === 'NONE',
      // Everything after HEALTHCHECK's CMD is the command: `CMD --help` passes `--help` to it.
      // Its heredocs are not read (CMD takes none): a list of its own, dropped.
      command: firstWord === 'CMD' ? readInstruction(logical, argsStart, textEnd, context, end, index, stageIndex, [], false) : null,
    };
    // `HEALTHCHECK curl -f …`: BuildKit stops with "Unknown type "CURL" in HEALTHCHECK (try CMD)".
    if (hasArgs && firstWord !== 'CMD' && firstWord !== 'NONE') {
      context.errors.push({ messageId: 'healthcheckType', data: {}, range: logical.rangeOf(argsStart, firstEnd) });
    }
  }

  return instruction;
}

/** The syntax error of an instruction, if any: an unknown keyword, or missing arguments. */
export function instructionError(instruction: InstructionNode): ParseError | null {
  const { keyword } = instruction;
  if (!KNOWN_INSTRUCTIONS.has(keyword)) {
    return { messageId: 'unknownInstruction', data: { instruction: instruction.keywordRaw }, range: instruction.keywordRange };
  }
  // BuildKit: "FROM requires either one or three arguments", the second one AS. A `# comment` at the
  // end of the line is more arguments: Dockerfiles have no trailing comments.
  const args = keyword === 'FROM' ? instruction.args : NONE;
  if (args.length > 1 && (args.length !== 3 || args[1]!.value.toLowerCase() !== 'as')) {
    return { messageId: 'fromForm', data: { args: instruction.argsText }, range: instruction.argsRange! };
  }
  // COPY and ADD need a source and a destination (their words are built here: the rules read them of
  // nearly every COPY); HEALTHCHECK CMD needs arguments of its own.
  const missing =
    keyword === 'COPY' || keyword === 'ADD'
      ? (instruction.json?.values.length ?? instruction.args.length) < 2
      : (instruction.healthcheck?.command ?? instruction).argsText.length === 0;
  return missing ? { messageId: 'missingArguments', data: { instruction: keyword }, range: instruction.keywordRange } : null;
}
