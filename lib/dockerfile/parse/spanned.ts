// Syntax-tree nodes whose ranges are worked out when read, not when parsed.
// Rules read a range only to report a finding, yet a range per word made ranges half of the tree's
// objects; on a large file the garbage collector spent more time copying them than the parser spent
// reading the file. A node keeps its logical offsets and the instruction's mapping instead.
import type { Range } from '../types';

/**
 * Maps logical [start, end) of an instruction's text to a source range: the instruction's logical
 * text itself (see LogicalText), so nodes share it rather than a closure per continued instruction.
 */
export interface SourceMapping {
  /** The text whose logical offsets are mapped. */
  readonly text: string;
  rangeOf(start: number, end: number): Range;
}

/**
 * A span of an instruction's logical text whose source range is computed on each read. Not kept:
 * one span in ten has its range read (2,288 reads of 22,000 spans on a 10,000-line file), and a
 * slot for it cost every node of the tree. At most four classes extend it (argument words and
 * comments, shell words, commands, scripts): with more, the stores in this constructor see more
 * shapes than V8 caches and every node built went through its global lookup table (7% of analysing
 * a chapter example).
 */
export class Span {
  readonly #mapping: SourceMapping;
  readonly #start: number;
  readonly #end: number;

  constructor(mapping: SourceMapping, start: number, end: number) {
    this.#mapping = mapping;
    this.#start = start;
    this.#end = end;
  }

  get range(): Range {
    return this.#mapping.rangeOf(this.#start, this.#end);
  }

  /** Logical index of the span's first character (getters, so they stay out of the node's own keys). */
  get logicalStart(): number {
    return this.#start;
  }

  get logicalEnd(): number {
    return this.#end;
  }

  /** The text the span's offsets index: the instruction's logical text, or a script's. */
  protected get mappedText(): string {
    return this.#mapping.text;
  }
}

/** `value` with a lazy range: an instruction argument word, or a comment (its `text` is its value). */
export class SpannedText extends Span {
  declare readonly value: string;

  constructor(value: string, mapping: SourceMapping, start: number, end: number) {
    super(mapping, start, end);
    this.value = value;
  }

  get text(): string {
    return this.value;
  }
}
