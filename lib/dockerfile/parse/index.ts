// Dockerfile source → syntax tree with exact positions, in one pass over the lines.
// Never throws: a bad line becomes an entry in `errors` and parsing resumes at the next line.
// Map: lines (offsets ↔ positions) · logical-text (continuations joined, mapped back) · directives ·
// instructions (keyword, flags, words, exec form, pairs) · heredoc · shell (RUN → commands) ·
// variables (ARG/ENV substitution) · image-ref · stages. corpus.test.ts cross-checks dockerfile-ast.
import type { Comment, DockerfileAst, Heredoc, Instruction, KeyValue, ParseError, ParserDirective, Stage } from '../types';
import { escapeCharOf, matchDirective } from './directives';
import { readBody } from './heredoc';
import { instructionError, readInstruction, type InstructionNode, type PendingHeredoc, type ReadContext } from './instructions';
import { Positions, scanLines, type LineTable } from './lines';
import { appendRun, beginText, buildText, LogicalText } from './logical-text';
import { parseShell } from './shell';
import { SpannedText } from './spanned';
import { buildStages } from './stages';
// A line holds no \n or \r (they end it), so the argument words' blanks are a line's blanks.
import { skipBlanks, skipBlanksBackward } from './words';

export { findReferences, substitute } from './variables';
export type { VariableLookup, VariableReference, Substitution } from './variables';
export { splitImageRef } from './image-ref';

/**
 * The tree with slots for answers several rules share, filled by query.ts on first ask. Kept on the
 * nodes themselves: a WeakMap keyed by nodes made every scavenge walk its ephemeron table, which
 * was most of the time of a short file's analysis (32 -> 13 µs for a three-line file).
 */
export interface ParsedTree extends DockerfileAst {
  shippedMemo: readonly Stage[] | undefined;
  /** Every instruction's empty continuation lines, in order: the rule reads them without a walk over the tree. */
  emptyLines: number[];
}

export function parse(source: string): DockerfileAst {
  const text = typeof source === 'string' ? source : '';
  try {
    return parseDocument(text);
  } catch {
    // A parser bug must cost the learner the analysis, not the page: an empty file's tree, over this text.
    return { ...parseDocument(''), source: text, lineStarts: scanLines(text).starts };
  }
}

/** The parser without its safety net, so tests see a bug as a throw instead of an empty tree. */
export function parseOrThrow(source: string): DockerfileAst {
  return parseDocument(source);
}

function parseDocument(source: string): ParsedTree {
  const lines = scanLines(source);
  const positions = new Positions(lines);
  const { starts, ends } = lines;
  const lineCount = starts.length;
  const bom = source.charCodeAt(0) === 0xfeff ? 1 : 0;
  const lineStart = (line: number) => (line === 0 ? bom : starts[line]!);

  const directives: ParserDirective[] = [];
  let escapeChar: '\\' | '`' = '\\';
  let line = 0;
  while (line < lineCount) {
    const match = matchDirective(source, lineStart(line), ends[line]!);
    // A repeated directive ends the block, as an unknown one does.
    if (!match || directives.some((directive) => directive.name === match.name)) break;
    directives.push({ name: match.name, value: match.value, range: positions.range(match.start, match.end) });
    if (match.name === 'escape') escapeChar = escapeCharOf(match.value);
    line++;
  }
  const escape = escapeChar.charCodeAt(0);

  const comments: Comment[] = [];
  const instructions: Instruction[] = [];
  const errors: ParseError[] = [];
  const context: ReadContext = { positions, escapeChar, keywordsNotUpper: 0, errors };
  // The source read as its own logical text: logical index = source offset.
  const inPlace = new LogicalText(source, [0, 0], context);
  /** Heredoc markers of the instruction being read (one list, emptied per instruction). */
  const pending: PendingHeredoc[] = [];
  let stageIndex = -1;
  const emptyLines: number[] = [];

  const addComment = (from: number, to: number) => {
    const stop = skipBlanksBackward(source, from, to);
    // A comment is spanned text: its range (rarely read: only for pragmas) computed when asked for.
    comments.push(new SpannedText(source.slice(from, stop), inPlace, from, stop));
  };

  while (line < lineCount) {
    const end = ends[line]!;
    const first = skipBlanks(source, lineStart(line), end);
    if (first === end) {
      line++;
      continue;
    }
    if (source.charCodeAt(first) === 35) {
      addComment(first, end);
      line++;
      continue;
    }

    // Gather the instruction's lines: an escape char at the end of a line continues it; empty and
    // comment lines in between are skipped (Docker does the same). A one-line instruction (most of
    // them) is read in place in the source: no copy, and the source's own positions as ranges.
    let logical = inPlace;
    let from = first;
    let to = end;
    let emptyContinuationLines: number[] | null = null;
    let lastEnd = end;
    let dangling = -1;
    if (continuationAt(source, first, end, escape) < 0) {
      line++;
    } else {
      beginText(source);
      let lineFrom = first;
      for (;;) {
        const lineEnd = ends[line]!;
        const continuation = continuationAt(source, lineFrom, lineEnd, escape);
        line++;
        if (continuation < 0) {
          appendRun(lineFrom, lineEnd);
          lastEnd = lineEnd;
          break;
        }
        appendRun(lineFrom, continuation);
        lastEnd = lineEnd;
        while (line < lineCount) {
          const s = starts[line]!;
          const e = ends[line]!;
          const j = skipBlanks(source, s, e);
          if (j < e && source.charCodeAt(j) !== 35) break;
          // The empty line after the file's final newline is the end of the file, not a line.
          if (j === e && line === lineCount - 1 && s === e) {
            line++;
            break;
          }
          if (j === e) {
            (emptyContinuationLines ??= []).push(line + 1);
            emptyLines.push(line + 1);
          }
          else addComment(j, e);
          line++;
        }
        if (line >= lineCount) {
          dangling = continuation;
          break;
        }
        lineFrom = starts[line]!;
      }
      logical = buildText(context);
      from = 0;
      to = logical.text.length;
    }
    if (dangling >= 0) {
      errors.push({ messageId: 'danglingContinuation', data: {}, range: positions.range(dangling, dangling + 1) });
    }

    // Only escape characters and blanks (`\` alone on the last line): nothing to read.
    if (skipBlanks(logical.text, from, to) === to) continue;
    const instruction = readInstruction(logical, from, to, context, lastEnd, instructions.length, stageIndex, pending);
    // A FROM opens the next stage, which is known once its keyword is read (a FROM wraps no instruction).
    if (instruction.keyword === 'FROM') instruction.stageIndex = ++stageIndex;
    if (emptyContinuationLines) instruction.rareParts().emptyContinuationLines = emptyContinuationLines;
    instructions.push(instruction);

    if (pending.length) {
      line = attachHeredocs(instruction, pending, lines, context, line);
      // Emptied here, once used: setting an array's length is a runtime call, and most instructions have no heredoc.
      pending.length = 0;
    }

    checkInstruction(instruction, errors);
    if (instruction.onbuild) checkInstruction(instruction.onbuild, errors);
  }

  const globalArgs: KeyValue[] = [];
  for (const instruction of instructions) {
    if (instruction.stageIndex >= 0) break;
    if (instruction.keyword === 'ARG') globalArgs.push(...instruction.pairs);
  }
  const stages = buildStages(instructions, globalArgs, escapeChar);

  return {
    source,
    lineStarts: starts,
    directives,
    escapeChar,
    comments,
    instructions,
    globalArgs,
    stages,
    finalStage: stages.length - 1,
    errors,
    keywordsNotUpper: context.keywordsNotUpper,
    shippedMemo: undefined,
    emptyLines,
  };
}

function checkInstruction(instruction: InstructionNode, errors: ParseError[]): void {
  const error = instructionError(instruction);
  if (error) errors.push(error);
}

/** Index of the escape character that continues the line `source[from, end)`, or -1. */
function continuationAt(source: string, from: number, end: number, escape: number): number {
  const i = skipBlanksBackward(source, from, end);
  return i > from && source.charCodeAt(i - 1) === escape ? i - 1 : -1;
}

/**
 * Reads the bodies of an instruction's heredocs, in marker order, from `line` on, and extends the
 * instruction (and the one ONBUILD wraps) over them; returns the line after the last body.
 */
function attachHeredocs(
  instruction: InstructionNode,
  pending: PendingHeredoc[],
  lines: LineTable,
  context: ReadContext,
  line: number,
): number {
  const { positions, errors } = context;
  let next = line;
  for (const { marker, owner, markerRange, isShellScript } of pending) {
    const body = readBody(lines, context, next, marker);
    // An empty body is an empty range at the start of the line after the marker.
    const emptyAt = lines.starts[next] ?? lines.source.length;
    const bodyRange = body.end > body.start ? positions.range(body.start, body.end) : positions.range(emptyAt, emptyAt);
    next = body.nextLine;
    instruction.extendTo(body.closeEnd);
    instruction.onbuild?.extendTo(body.closeEnd);
    if (!body.terminated) {
      errors.push({ messageId: 'unterminatedHeredoc', data: { delimiter: marker.delimiter }, range: markerRange });
    }
    const heredoc: Heredoc = {
      delimiter: marker.delimiter,
      stripTabs: marker.stripTabs,
      quoted: marker.quoted,
      body: body.body.text,
      bodyRange,
      markerRange,
      terminated: body.terminated,
      shell: null,
    };
    // A body opening with another interpreter's shebang (`#!/usr/bin/env python3`) is run by it, not by the shell.
    if (isShellScript && !/^#!(?!.*sh)/.test(heredoc.body)) {
      heredoc.shell = parseShell(body.body);
    }
    // Instructions share one empty list until they own a heredoc: never push into it.
    owner.rareParts().heredocs = [...owner.heredocs, heredoc];
  }
  return next;
}
