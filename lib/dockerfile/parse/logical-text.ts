// Text of an instruction or heredoc body with its pieces mapped back to the source.
// Continuations, comment lines and stripped tabs are cut out, so a logical index is not a source
// offset; each piece records where a run of logical characters came from.
import type { Range } from '../types';
import type { Positions } from './lines';

export interface Piece {
  /** Logical index of the piece's first character. */
  at: number;
  /** Source offset of that character. */
  source: number;
}

export interface LogicalText {
  text: string;
  /** Sorted by `at`; the first piece has `at` 0. */
  pieces: Piece[];
}

export class LogicalTextBuilder {
  private parts: string[] = [];
  private length = 0;
  private readonly pieces: Piece[] = [];

  constructor(private readonly source: string) {}

  /** Appends source[start, end). */
  append(start: number, end: number): void {
    if (end <= start) return;
    const last = this.pieces.length > 0 ? this.pieces[this.pieces.length - 1] : undefined;
    // A run that continues the previous one in the source needs no new piece.
    if (!last || last.source + (this.length - last.at) !== start) this.pieces.push({ at: this.length, source: start });
    this.parts.push(this.source.slice(start, end));
    this.length += end - start;
  }

  /** Appends a `\n` that stands for the line terminator at `offset` (heredoc bodies). */
  appendNewline(offset: number): void {
    this.pieces.push({ at: this.length, source: offset });
    this.parts.push('\n');
    this.length += 1;
  }

  build(): LogicalText {
    // An exact-size copy of the pieces: the tree keeps them, and push leaves spare slots.
    return { text: this.parts.join(''), pieces: this.pieces.length ? this.pieces.slice() : [{ at: 0, source: 0 }] };
  }
}

function pieceIndex(logical: LogicalText, index: number): number {
  const pieces = logical.pieces;
  let low = 0;
  let high = pieces.length - 1;
  while (low < high) {
    const mid = (low + high + 1) >> 1;
    if ((pieces[mid]?.at ?? 0) <= index) low = mid;
    else high = mid - 1;
  }
  return low;
}

/** Source offset of the logical character at `index`. */
export function sourceOffset(logical: LogicalText, index: number): number {
  const piece = logical.pieces[pieceIndex(logical, index)] ?? { at: 0, source: 0 };
  return piece.source + (index - piece.at);
}

/**
 * Source range of logical [start, end). The end maps through the last character, so a span that ends
 * just before a removed continuation stops on its own line. An empty span sits at the start.
 */
export function logicalRange(logical: LogicalText, positions: Positions, start: number, end: number): Range {
  const from = sourceOffset(logical, start);
  return positions.range(from, end <= start ? from : sourceOffset(logical, end - 1) + 1);
}
