import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { headingText, parseHeadings } from './headings';

const lessonDir = path.join(process.cwd(), 'content/docker');
const lessonFiles = readdirSync(lessonDir).filter((name) => name.endsWith('.mdx'));

describe('parseHeadings', () => {
  it('reads depth, display text and explicit id, and skips code fences (even inside list items)', () => {
    const source = [
      '## Câu trả lời: {/*cau-tra-loi*/}',
      '',
      '```dockerfile',
      '# 1. BASE IMAGE: not a heading',
      '```',
      '1. Item',
      '   ```bash',
      '   ## still code',
      '   ```',
      '### Ví dụ 1: Chỉ dùng CMD {/*chi-dung-cmd*/}',
    ].join('\n');
    const { headings, problems } = parseHeadings(source);
    expect(problems).toEqual([]);
    expect(headings).toEqual([
      { depth: 2, text: 'Câu trả lời', id: 'cau-tra-loi' },
      { depth: 3, text: 'Ví dụ 1: Chỉ dùng CMD', id: 'chi-dung-cmd' },
    ]);
  });

  it('expects -2, -3 on repeated headings', () => {
    const source = '### Advantages: {/*advantages*/}\n### Advantages: {/*advantages-2*/}\n### Advantages: {/*advantages-3*/}';
    expect(parseHeadings(source).problems).toEqual([]);
  });

  it('reports a missing id with the id to add', () => {
    const { problems } = parseHeadings('text\n\n## Lợi ích:\n');
    expect(problems).toHaveLength(1);
    expect(problems[0]?.line).toBe(3);
    expect(problems[0]?.message).toContain('{/*loi-ich*/}');
  });

  it('reports a duplicate id and where it was first used', () => {
    const { problems } = parseHeadings('## Build {/*build*/}\n\n## Run {/*build*/}');
    expect(problems).toEqual([{ line: 3, message: 'heading id "build" is already used at line 1' }]);
  });

  it('reports an id that is not the slugify rule, or not ASCII', () => {
    expect(parseHeadings('## Tối ưu image {/*optimize*/}').problems[0]?.message).toContain('should be "toi-uu-image"');
    expect(parseHeadings('## Tối ưu {/*tối-ưu*/}').problems[0]?.message).toContain('lowercase ASCII');
  });

  it('rejects h1 and h4 in a lesson', () => {
    const { problems } = parseHeadings('# Title {/*title*/}\n#### Deep {/*deep*/}');
    expect(problems.map((p) => p.line)).toEqual([1, 2]);
  });

  it('headingText drops the id comment, escapes and a trailing colon only', () => {
    expect(headingText('Why non-root? {/*why-non-root*/}')).toBe('Why non-root?');
    expect(headingText('Strategy 2: Download at Runtime \\{x\\}:')).toBe('Strategy 2: Download at Runtime {x}');
  });
});

describe('headings of every lesson', () => {
  it.each(lessonFiles)('%s has valid, unique ids and ends with the exercise and the quiz', (name) => {
    const { headings, problems } = parseHeadings(readFileSync(path.join(lessonDir, name), 'utf8'));
    expect(problems).toEqual([]);
    expect(headings[0]).toEqual({ depth: 2, text: 'Câu trả lời', id: 'cau-tra-loi' });
    expect(headings.some((h) => h.id === 'key-points')).toBe(true);
    expect(headings.slice(-2)).toEqual([
      { depth: 2, text: 'Luyện tập', id: 'luyen-tap' },
      { depth: 2, text: 'Kiểm tra nhanh', id: 'kiem-tra-nhanh' },
    ]);
  });
});
