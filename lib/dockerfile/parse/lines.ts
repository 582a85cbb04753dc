// Line table of a source text and offset → (line, column) mapping.
// `\n`, `\r\n` and a lone `\r` all end a line, as in Monaco, so ranges match the editor's lines.
import type { Range } from '../types';

export interface LineTable {
  source: string;
  /** Offset of the first character of each line (index 0 is line 1). */
  starts: Int32Array;
  /**
   * Offset just after the last character of each line, line terminator excluded. Read only while
   * the source is parsed: one list shared by every table, so entries past the last line are stale.
   */
  ends: number[];
}

/**
 * The line ends of the table scanned last, and its line starts before they are copied out at
 * their exact size: two lists grown by push for every file left three times their size behind.
 */
const lineEnds: number[] = [];
const lineStarts: number[] = [0];
// The starts are then copied into an Int32Array, whose numbers live outside the collected heap: a
// 10,000-line file's table is 80 KB the collector neither allocates nor copies.

export function scanLines(source: string): LineTable {
  let line = 0;
  const length = source.length;
  if (source.indexOf('\r') < 0) {
    // `\n` only (nearly every file): indexOf jumps between newlines far faster than a char loop.
    for (let i = source.indexOf('\n'); i >= 0; i = source.indexOf('\n', i + 1)) {
      lineEnds[line] = i;
      lineStarts[++line] = i + 1;
    }
  } else {
    for (let i = 0; i < length; i++) {
      const code = source.charCodeAt(i);
      if (code === 10) {
        lineEnds[line] = i;
        lineStarts[++line] = i + 1;
      } else if (code === 13) {
        lineEnds[line] = i;
        if (source.charCodeAt(i + 1) === 10) i++;
        lineStarts[++line] = i + 1;
      }
    }
  }
  lineEnds[line] = length;
  const starts = new Int32Array(line + 1);
  for (let i = 0; i <= line; i++) starts[i] = lineStarts[i]!;
  return { source, starts, ends: lineEnds };
}

/**
 * Turns offsets into 1-based positions, by a binary search of the line starts: ranges are computed
 * only when a rule reads one (a few thousand on a 10,000-line file), so the search is no cost worth
 * a shortcut's code.
 */
export class Positions {
  declare private readonly table: LineTable;

  constructor(table: LineTable) {
    this.table = table;
  }

  /** 0-based line index holding `offset` (an offset on a terminator belongs to the line it ends). */
  lineIndexAt(offset: number): number {
    const starts = this.table.starts;
    let low = 0;
    let high = starts.length - 1;
    while (low < high) {
      const mid = (low + high + 1) >> 1;
      if (starts[mid]! <= offset) low = mid;
      else high = mid - 1;
    }
    return low;
  }

  range(start: number, end: number): Range {
    const length = this.table.source.length;
    const from = Math.max(0, Math.min(start, length));
    const to = Math.max(from, Math.min(end, length));
    const startLine = this.lineIndexAt(from);
    const endLine = to === from ? startLine : this.lineIndexAt(to);
    return {
      line: startLine + 1,
      column: from - (this.table.starts[startLine] ?? 0) + 1,
      endLine: endLine + 1,
      endColumn: to - (this.table.starts[endLine] ?? 0) + 1,
    };
  }
}
