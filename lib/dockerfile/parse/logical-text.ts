// Text of an instruction or heredoc body with its pieces mapped back to the source.
// Continuations, comment lines and stripped tabs are cut out, so a logical index is not a source
// offset; each piece records where a run of logical characters came from.
import type { Range } from '../types';
import type { Positions } from './lines';

export interface LogicalText {
  text: string;
  /**
   * Where runs of logical characters came from, flat: the logical index of a run's first character,
   * then its source offset, for each run in order (the first run is at logical index 0). Numbers in
   * one list, not an object per run: the tree keeps one such list per continued instruction.
   */
  pieces: number[];
}

export class LogicalTextBuilder {
  private parts: string[] = [];
  private length = 0;
  private readonly pieces: number[] = [];

  declare private readonly source: string;

  constructor(source: string) {
    this.source = source;
  }

  /** Appends source[start, end). */
  append(start: number, end: number): void {
    if (end <= start) return;
    const count = this.pieces.length;
    // A run that continues the previous one in the source needs no new piece.
    if (count === 0 || this.pieces[count - 1]! + (this.length - this.pieces[count - 2]!) !== start) this.pieces.push(this.length, start);
    this.parts.push(this.source.slice(start, end));
    this.length += end - start;
  }

  /** Appends a `\n` that stands for the line terminator at `offset` (heredoc bodies). */
  appendNewline(offset: number): void {
    this.pieces.push(this.length, offset);
    this.parts.push('\n');
    this.length += 1;
  }

  build(): LogicalText {
    // An exact-size copy of the pieces: the tree keeps them, and push leaves spare slots.
    return { text: this.parts.join(''), pieces: this.pieces.length ? this.pieces.slice() : [0, 0] };
  }
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

/**
 * Source range of logical [start, end). The end maps through the last character, so a span that ends
 * just before a removed continuation stops on its own line. An empty span sits at the start.
 */
export function logicalRange(logical: LogicalText, positions: Positions, start: number, end: number): Range {
  const from = sourceOffset(logical, start);
  return positions.range(from, end <= start ? from : sourceOffset(logical, end - 1) + 1);
}
