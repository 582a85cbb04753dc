// Explicit heading ids, react.dev-style: `## Câu trả lời {/*cau-tra-loi*/}`.
// The trailing MDX comment becomes the heading's id and leaves the visible text; a heading without
// one fails the compile, so links to headings never change when a title is reworded.
import type { Heading, Root } from 'mdast';
import type { MdxTextExpression } from 'mdast-util-mdx-expression';
// Declares `data.hProperties` on mdast nodes.
import type {} from 'mdast-util-to-hast';
import { visit } from 'unist-util-visit';
import { toString } from 'mdast-util-to-string';

const ID_COMMENT = /^\s*\/\*\s*([a-z0-9]+(?:-[a-z0-9]+)*)\s*\*\/\s*$/;

export interface HeadingIdsOptions {
  /** Names the file in error messages. */
  source?: string;
}

export class MissingHeadingIdError extends Error {}

/** Reads the id comment at the end of a heading; null when the heading has none. */
export function readHeadingId(heading: Heading): string | null {
  const last = heading.children.at(-1);
  if (last?.type !== 'mdxTextExpression') return null;
  return ID_COMMENT.exec((last as MdxTextExpression).value)?.[1] ?? null;
}

export function remarkHeadingIds(options: HeadingIdsOptions = {}) {
  return (tree: Root) => {
    const seen = new Set<string>();
    visit(tree, 'heading', (heading: Heading) => {
      const id = readHeadingId(heading);
      const where = `${options.source ?? 'MDX'}:${heading.position?.start.line ?? '?'}`;
      if (!id) {
        throw new MissingHeadingIdError(
          `${where}: heading "${toString(heading).trim()}" has no id; end it with {/*ascii-id*/}`,
        );
      }
      if (seen.has(id)) throw new MissingHeadingIdError(`${where}: duplicate heading id "${id}"`);
      seen.add(id);
      heading.children.pop();
      const text = heading.children.at(-1);
      if (text?.type === 'text') {
        text.value = text.value.trimEnd();
        if (text.value === '') heading.children.pop();
      }
      heading.data = { ...heading.data, hProperties: { ...heading.data?.hProperties, id } };
    });
  };
}
