// Text of an instruction or heredoc body with its pieces mapped back to the source.
// Continuations, comment lines and stripped tabs are cut out, so a logical index is not a source
// offset; each piece records where a run of logical characters came from.
import type { Range } from '../types';
import type { Positions } from './lines';
import type { SourceMapping } from './spanned';

/** What every text of one document shares: its line table and its escape character. */
export interface TextDocument {
  positions: Positions;
  escapeChar: '\\' | '`';
}

/**
 * The text and the source mapping of its nodes in one object: each node of the instruction keeps
 * it, and asks it for a range when one is read. A closure per continued instruction (and the slot
 * for it on each instruction) was 200 KB of a 10,000-line file's tree.
 */
export class LogicalText implements SourceMapping {
  declare readonly text: string;
  /**
   * Where runs of logical characters came from, flat: the logical index of a run's first character,
   * then its source offset, for each run in order (the first run is at logical index 0). Numbers in
   * one list, not an object per run: the tree keeps one such list per continued instruction.
   */
  declare readonly pieces: number[];
  declare readonly document: TextDocument;

  constructor(text: string, pieces: number[], document: TextDocument) {
    this.text = text;
    this.pieces = pieces;
    this.document = document;
  }

  /**
   * Source range of logical [start, end). The end maps through the last character, so a span that
   * ends just before a removed continuation stops on its own line. An empty span sits at the start.
   */
  rangeOf(start: number, end: number): Range {
    const from = sourceOffset(this, start);
    return this.document.positions.range(from, end <= start ? from : sourceOffset(this, end - 1) + 1);
  }
}

/**
 * The text being built, one at a time (an instruction's lines, then its heredoc bodies): its parts
 * and pieces go into lists reused from one text to the next, and only the text and an exact-size
 * copy of the pieces are new. A builder and two lists grown by push for each continued instruction
 * left 400 bytes behind.
 */
let source = '';
let length = 0;
let partCount = 0;
let pieceCount = 0;
const parts: string[] = [];
const pieces: number[] = [];

/** Starts a logical text made of runs of `text`, dropping the one being built. */
export function beginText(text: string): void {
  source = text;
  length = partCount = pieceCount = 0;
}

/** Appends source[start, end). */
export function appendRun(start: number, end: number): void {
  if (end <= start) return;
  // A run that continues the previous one in the source needs no new piece.
  if (pieceCount === 0 || pieces[pieceCount - 1]! + (length - pieces[pieceCount - 2]!) !== start) addPiece(start);
  parts[partCount++] = source.slice(start, end);
  length += end - start;
}

/** Appends a `\n` that stands for the line terminator at `offset` (heredoc bodies). */
export function appendNewline(offset: number): void {
  addPiece(offset);
  parts[partCount++] = '\n';
  length += 1;
}

function addPiece(offset: number): void {
  pieces[pieceCount++] = length;
  pieces[pieceCount++] = offset;
}

export function buildText(document: TextDocument): LogicalText {
  // Cut to the parts of this text (a short list keeps its storage: no garbage).
  parts.length = partCount;
  return new LogicalText(parts.join(''), pieceCount ? pieces.slice(0, pieceCount) : [0, 0], document);
}

/** Source offset of the logical character at `index`: a binary search of the runs by logical index. */
export function sourceOffset(logical: LogicalText, index: number): number {
  const pieces = logical.pieces;
  let low = 0;
  let high = (pieces.length >> 1) - 1;
  while (low < high) {
    const mid = (low + high + 1) >> 1;
    if (pieces[2 * mid]! <= index) low = mid;
    else high = mid - 1;
  }
  return (pieces[2 * low + 1] ?? 0) + (index - (pieces[2 * low] ?? 0));
}
