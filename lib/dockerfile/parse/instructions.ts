// One instruction from its logical text (continuations already joined): keyword, flags, arguments,
// exec form, pairs, the shell model, and the wrapped instruction of ONBUILD / HEALTHCHECK CMD.
// Heredoc bodies are read afterwards by the document scanner, which owns the lines.
import type { Instruction, ParseError, Range } from '../types';
import { parseFlags } from './flags';
import { HEREDOC_INSTRUCTIONS, matchMarker, type HeredocMarker } from './heredoc';
import { looksLikeJson, parseJsonArray } from './json-form';
import type { Positions } from './lines';
import { logicalRange, logicalTail, sourceOffset, type LogicalText } from './logical-text';
import { parsePairs } from './pairs';
import { parseShell } from './shell';
import { isBlank, skipBlanks, splitWords } from './words';

export const KNOWN_INSTRUCTIONS = new Set([
  'FROM', 'RUN', 'CMD', 'LABEL', 'MAINTAINER', 'EXPOSE', 'ENV', 'ADD', 'COPY', 'ENTRYPOINT',
  'VOLUME', 'USER', 'WORKDIR', 'ARG', 'ONBUILD', 'STOPSIGNAL', 'HEALTHCHECK', 'SHELL',
]);

/** Instructions whose arguments may be a JSON array. */
const JSON_INSTRUCTIONS = new Set(['RUN', 'CMD', 'ENTRYPOINT', 'SHELL', 'COPY', 'ADD', 'VOLUME']);
/** Instructions whose shell form is run by /bin/sh -c. */
const SHELL_INSTRUCTIONS = new Set(['RUN', 'CMD', 'ENTRYPOINT']);
const PAIR_INSTRUCTIONS = new Set(['ENV', 'ARG', 'LABEL']);

export interface ReadContext {
  positions: Positions;
  escapeChar: '\\' | '`';
}

export interface PendingHeredoc {
  marker: HeredocMarker;
  /** The instruction the heredoc belongs to (the wrapped one under ONBUILD). */
  owner: Instruction;
  markerRange: Range;
  /** The marker is the first argument: the body is the script itself (`RUN <<EOF`). */
  isScript: boolean;
}

export interface ReadResult {
  instruction: Instruction;
  heredocs: PendingHeredoc[];
}

/**
 * Reads the instruction whose keyword starts at logical index 0 (after blanks). `end` is the
 * source offset where the instruction's last line ends; `withFlags` is false for HEALTHCHECK's CMD.
 */
export function readInstruction(
  logical: LogicalText,
  context: ReadContext,
  end: number,
  index: number,
  stageIndex: number,
  withFlags = true,
): ReadResult {
  const { positions, escapeChar } = context;
  const text = logical.text;
  const rangeOf = (from: number, to: number) => logicalRange(logical, positions, from, to);
  let textEnd = text.length;
  while (textEnd > 0 && isBlank(text.charCodeAt(textEnd - 1))) textEnd--;

  const keywordStart = skipBlanks(text, 0, textEnd);
  let keywordEnd = keywordStart;
  while (keywordEnd < textEnd && !isBlank(text.charCodeAt(keywordEnd))) keywordEnd++;
  const keywordRaw = text.slice(keywordStart, keywordEnd);
  const keyword = keywordRaw.toUpperCase();
  const keywordRange = rangeOf(keywordStart, keywordEnd);
  const startOffset = sourceOffset(logical, keywordStart);

  const { flags, argsStart } =
    keyword === 'ONBUILD' || !withFlags
      ? { flags: [], argsStart: skipBlanks(text, keywordEnd, textEnd) }
      : parseFlags(text, keywordEnd, textEnd, escapeChar, rangeOf);
  const hasArgs = argsStart < textEnd;
  const argsText = text.slice(argsStart, textEnd);
  const words = splitWords(text, argsStart, textEnd, escapeChar);

  const instruction: Instruction = {
    keyword,
    keywordRaw,
    keywordRange,
    range: positions.range(startOffset, Math.max(startOffset, end)),
    index,
    stageIndex,
    flags,
    argsText,
    argsRange: hasArgs ? rangeOf(argsStart, textEnd) : null,
    args: words.map((word) => ({ value: text.slice(word.start, word.end), range: rangeOf(word.start, word.end) })),
    json: null,
    jsonError: null,
    heredocs: [],
    pairs: [],
    shell: null,
    onbuild: null,
    healthcheck: null,
    emptyContinuationLines: [],
  };
  const heredocs: PendingHeredoc[] = [];

  if (JSON_INSTRUCTIONS.has(keyword) && text.charCodeAt(argsStart) === 91) {
    const result = parseJsonArray(text, argsStart, textEnd);
    if (result.ok) {
      instruction.json = {
        values: result.array.values,
        valueRanges: result.array.spans.map(([from, to]) => rangeOf(from, to)),
        range: rangeOf(argsStart, textEnd),
      };
    } else if (looksLikeJson(text, argsStart, textEnd)) {
      instruction.jsonError = { range: rangeOf(argsStart, textEnd), message: result.message };
    }
  }

  if (HEREDOC_INSTRUCTIONS.has(keyword) && !instruction.json) {
    for (const word of words) {
      const marker = matchMarker(text.slice(word.start, word.end));
      if (!marker) continue;
      heredocs.push({ marker, owner: instruction, markerRange: rangeOf(word.start, word.end), isScript: word.start === argsStart });
    }
  }

  if (PAIR_INSTRUCTIONS.has(keyword)) instruction.pairs = parsePairs(keyword, text, argsStart, textEnd, escapeChar, rangeOf);

  if (SHELL_INSTRUCTIONS.has(keyword) && !instruction.json && hasArgs) {
    instruction.shell = parseShell(text, rangeOf, argsStart, textEnd);
  }

  if (keyword === 'ONBUILD' && hasArgs) {
    const inner = readInstruction(logicalTail(logical, argsStart), context, end, index, stageIndex);
    instruction.onbuild = inner.instruction;
    heredocs.push(...inner.heredocs);
  }

  if (keyword === 'HEALTHCHECK') {
    const first = words[0];
    const firstWord = first ? text.slice(first.start, first.end).toUpperCase() : '';
    if (firstWord === 'NONE') {
      instruction.healthcheck = { none: true, command: null };
    } else if (firstWord === 'CMD' && first) {
      // Everything after HEALTHCHECK's CMD is the command: `CMD --help` passes `--help` to it.
      const command = readInstruction(logicalTail(logical, first.start), context, end, index, stageIndex, false).instruction;
      instruction.healthcheck = { none: false, command };
    } else {
      instruction.healthcheck = { none: false, command: null };
    }
  }

  return { instruction, heredocs };
}

/** `missingArguments` for instructions that cannot do without arguments. */
export function missingArguments(instruction: Instruction): ParseError | null {
  const { keyword } = instruction;
  if (!KNOWN_INSTRUCTIONS.has(keyword)) return null;
  let missing: boolean;
  if (keyword === 'COPY' || keyword === 'ADD') {
    const count = instruction.json ? instruction.json.values.length : instruction.args.length;
    missing = count < 2;
  } else if (keyword === 'HEALTHCHECK' && instruction.healthcheck?.command) {
    missing = instruction.healthcheck.command.argsText.length === 0;
  } else {
    missing = instruction.argsText.length === 0;
  }
  if (!missing) return null;
  return { messageId: 'missingArguments', data: { instruction: keyword }, range: instruction.keywordRange };
}
