// Heredocs on RUN, COPY and ADD (`<<EOF`, `<<-EOF`, `<<'EOF'`, `<<"EOF"`, several per instruction).
// Like BuildKit, a marker is a whole argument word `[n]<<[-]WORD`; bodies follow the instruction's
// last line in marker order, each ending at a line equal to its delimiter.
import type { LineTable } from './lines';
import { appendNewline, appendRun, beginText, buildText, type LogicalText, type TextDocument } from './logical-text';

export const HEREDOC_INSTRUCTIONS = new Set(['RUN', 'COPY', 'ADD']);

export interface HeredocMarker {
  delimiter: string;
  stripTabs: boolean;
  quoted: boolean;
}

/**
 * `[n]<<[-]WORD` with WORD bare or wholly in one kind of quotes; `<<<` (a here-string) and `<<-`
 * alone are not markers. Groups: `-`, then the delimiter double-quoted, single-quoted or bare.
 */
const MARKER = /^\d*<<(?!-$)(-?)(?:"([^"<]+)"|'([^'<]+)'|([^"'\s<]+))$/;

/** Reads an argument word as a heredoc marker; null when it is not one. */
export function matchMarker(word: string): HeredocMarker | null {
  const match = MARKER.exec(word);
  if (!match) return null;
  const [, dash, doubleQuoted, singleQuoted, bare] = match;
  const quoted = doubleQuoted ?? singleQuoted;
  return { delimiter: quoted ?? bare ?? '', stripTabs: dash === '-', quoted: quoted !== undefined };
}

export interface HeredocBody {
  body: LogicalText;
  /** Source offsets of the body: start of its first line to end of its last line. */
  start: number;
  end: number;
  terminated: boolean;
  /** Line index (0-based) after the closing delimiter line. */
  nextLine: number;
  /** Source offset at the end of the closing delimiter line (or of the file). */
  closeEnd: number;
}

/** Reads a body from line `lineIndex` on, until a line equal to the delimiter. */
export function readBody(lines: LineTable, document: TextDocument, lineIndex: number, marker: HeredocMarker): HeredocBody {
  const { source, starts, ends } = lines;
  beginText(source);
  let bodyStart = starts[lineIndex] ?? source.length;
  let bodyEnd = bodyStart;
  let line = lineIndex;
  const delimiter = marker.delimiter;
  for (; line < starts.length; line++) {
    const start = starts[line]!;
    const end = ends[line]!;
    let contentStart = start;
    if (marker.stripTabs) while (contentStart < end && source.charCodeAt(contentStart) === 9) contentStart++;
    if (end - contentStart === delimiter.length && source.startsWith(delimiter, contentStart)) {
      return { body: buildText(document), start: bodyStart, end: bodyEnd, terminated: true, nextLine: line + 1, closeEnd: end };
    }
    if (line === lineIndex) bodyStart = contentStart;
    // An empty last line only means the file ended with a newline: it adds nothing to the body.
    if (line === starts.length - 1 && start === end && line > lineIndex) break;
    // The file's last line has no terminator: it is not part of the body text as a newline.
    if (line > lineIndex) appendNewline(ends[line - 1]!);
    appendRun(contentStart, end);
    bodyEnd = end;
  }
  return { body: buildText(document), start: bodyStart, end: bodyEnd, terminated: false, nextLine: starts.length, closeEnd: source.length };
}
