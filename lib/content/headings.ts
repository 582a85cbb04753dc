// Lesson headings with explicit ASCII ids, react.dev style: `## Câu trả lời: {/*cau-tra-loi*/}`.
// Ids are public (lesson links, rule docs point at them), so they are written in the source and checked
// here against the one rule everybody computes them with: slugify(text), then -2, -3 for repeats.
import { slugify } from './slug';

export interface Heading {
  depth: 2 | 3;
  /** The heading as a reader sees it in an outline: id comment removed, trailing colon dropped. */
  text: string;
  id: string;
}

export interface HeadingProblem {
  /** 1-based line in the source that was given. */
  line: number;
  message: string;
}

const ATX_HEADING = /^ {0,3}(#{1,6})[ \t]+(.*?)[ \t]*#*[ \t]*$/;
const EXPLICIT_ID = /[ \t]*\{\/\*[ \t]*([^*]*?)[ \t]*\*\/\}[ \t]*$/;
const VALID_ID = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/** Heading text for display: markdown escapes undone, the seed's "Câu trả lời:" colon dropped. */
export function headingText(raw: string): string {
  return raw
    .replace(EXPLICIT_ID, '')
    .replace(/\\(.)/g, '$1')
    .trim()
    .replace(/\s*:$/, '');
}

/** Walks the MDX source outside fenced code and lists every heading, with the problems of its id. */
export function parseHeadings(source: string): { headings: Heading[]; problems: HeadingProblem[] } {
  const headings: Heading[] = [];
  const problems: HeadingProblem[] = [];
  const expectedCount = new Map<string, number>();
  const firstLineOfId = new Map<string, number>();
  let fence: string | null = null;

  source.split(/\r?\n/).forEach((line, index) => {
    const lineNo = index + 1;
    // Fences inside list items are indented further than 3 spaces; they still hide `#` comments.
    const fenceMark = /^\s*(`{3,}|~{3,})/.exec(line)?.[1];
    if (fence) {
      const closing = line.trim();
      if (fenceMark && closing === fenceMark && fenceMark[0] === fence[0] && fenceMark.length >= fence.length) fence = null;
      return;
    }
    if (fenceMark) {
      fence = fenceMark;
      return;
    }
    const match = ATX_HEADING.exec(line);
    if (!match) return;
    const depth = (match[1] ?? '').length;
    const raw = match[2] ?? '';
    const text = headingText(raw);
    if (depth !== 2 && depth !== 3) {
      problems.push({ line: lineNo, message: `heading "${text}" is h${depth}; lessons use ## and ### (the h1 comes from the frontmatter title)` });
      return;
    }
    const base = slugify(text);
    const seen = expectedCount.get(base) ?? 0;
    expectedCount.set(base, seen + 1);
    const expected = seen === 0 ? base : `${base}-${seen + 1}`;
    const id = EXPLICIT_ID.exec(raw)?.[1] ?? '';

    if (!id) {
      problems.push({ line: lineNo, message: `heading "${text}" has no explicit id; add {/*${expected}*/}` });
    } else if (!VALID_ID.test(id)) {
      problems.push({ line: lineNo, message: `heading id "${id}" must be lowercase ASCII words joined by "-"` });
    } else if (firstLineOfId.has(id)) {
      problems.push({ line: lineNo, message: `heading id "${id}" is already used at line ${firstLineOfId.get(id)}` });
    } else if (id !== expected) {
      problems.push({ line: lineNo, message: `heading id "${id}" should be "${expected}" (slugify of "${text}")` });
    }
    if (id) firstLineOfId.set(id, firstLineOfId.get(id) ?? lineNo);
    headings.push({ depth, text, id });
  });
  return { headings, problems };
}
