// Applies quick fixes (text edits with line/column ranges) to a Dockerfile's source.
import type { Fix, Range, TextEdit } from './types';

/** Offset of a 1-based line/column, clamped to the text. */
export function offsetAt(source: string, lineStarts: ArrayLike<number>, line: number, column: number): number {
  const start = lineStarts[Math.min(Math.max(line, 1), lineStarts.length) - 1] ?? 0;
  return Math.min(Math.max(start + column - 1, 0), source.length);
}

export function computeLineStarts(source: string): number[] {
  const starts = [0];
  for (let i = 0; i < source.length; i++) {
    const c = source.charCodeAt(i);
    if (c === 10) starts.push(i + 1);
    else if (c === 13 && source.charCodeAt(i + 1) !== 10) starts.push(i + 1);
  }
  return starts;
}

function rangeOffsets(source: string, lineStarts: ArrayLike<number>, range: Range): [number, number] {
  return [offsetAt(source, lineStarts, range.line, range.column), offsetAt(source, lineStarts, range.endLine, range.endColumn)];
}

/** Applies non-overlapping edits; edits are sorted here, so their order does not matter. */
export function applyEdits(source: string, edits: readonly TextEdit[]): string {
  const lineStarts = computeLineStarts(source);
  const spans = edits
    .map((edit) => ({ edit, at: rangeOffsets(source, lineStarts, edit.range) }))
    .sort((a, b) => b.at[0] - a.at[0] || b.at[1] - a.at[1]);
  let result = source;
  let limit = Number.POSITIVE_INFINITY;
  for (const { edit, at } of spans) {
    if (at[1] > limit) continue; // overlaps an edit already applied: skip rather than corrupt
    result = result.slice(0, at[0]) + edit.text + result.slice(at[1]);
    limit = at[0];
  }
  return result;
}

export function applyFix(source: string, fix: Fix): string {
  return applyEdits(source, fix.edits);
}
