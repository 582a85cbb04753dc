import { describe, expect, it } from 'vitest';
import { unified } from 'unified';
import remarkParse from 'remark-parse';
import remarkMdx from 'remark-mdx';
import type { Heading, Root } from 'mdast';
import { toString } from 'mdast-util-to-string';
import type {} from 'mdast-util-to-hast';
import { remarkHeadingIds } from './remark-heading-ids';

function headingsOf(markdown: string): { text: string; id: unknown }[] {
  const processor = unified().use(remarkParse).use(remarkMdx).use(remarkHeadingIds, { source: 'lesson.mdx' });
  const tree = processor.runSync(processor.parse(markdown)) as Root;
  return tree.children
    .filter((node): node is Heading => node.type === 'heading')
    .map((heading) => ({ text: toString(heading), id: heading.data?.hProperties?.id }));
}

describe('remarkHeadingIds', () => {
  it('moves the trailing id comment into the heading id and out of its text', () => {
    expect(headingsOf('## Câu trả lời: {/*cau-tra-loi*/}\n\n### Bảng so sánh {/* bang-so-sanh */}')).toEqual([
      { text: 'Câu trả lời:', id: 'cau-tra-loi' },
      { text: 'Bảng so sánh', id: 'bang-so-sanh' },
    ]);
  });

  it('keeps inline code and emphasis in the visible text', () => {
    expect(headingsOf('## Dùng `COPY --chown` **đúng** {/*copy-chown*/}')).toEqual([
      { text: 'Dùng COPY --chown đúng', id: 'copy-chown' },
    ]);
  });

  it('fails on a heading without an id, naming the file, line and heading', () => {
    expect(() => headingsOf('## Có id {/*co-id*/}\n\n## Không có id')).toThrow(/lesson\.mdx:3: heading "Không có id" has no id/);
  });

  it('fails when the comment is not a plain ASCII slug', () => {
    expect(() => headingsOf('## Tiêu đề {/*tiêu-đề*/}')).toThrow(/has no id/);
    expect(() => headingsOf('## Tiêu đề {1 + 1}')).toThrow(/has no id/);
  });

  it('fails on an id comment that is not at the end of the heading', () => {
    expect(() => headingsOf('## {/*dau*/} Tiêu đề')).toThrow(/has no id/);
  });

  it('fails on the same id twice in one file', () => {
    expect(() => headingsOf('## A {/*muc*/}\n\n## B {/*muc*/}')).toThrow(/duplicate heading id "muc"/);
  });
});
