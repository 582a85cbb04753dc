import { bundleMDX } from 'mdx-bundler';
import remarkGfm from 'remark-gfm';
import { describe, expect, it } from 'vitest';
import { LESSON_SLUGS } from '@/lib/dockerfile/lessons';
import { getAllLessons, getChapters, getLesson, getLessons, loadLessonFromSource } from './lessons.server';

const valid = [
  '---',
  'title: "Giải thích cấu trúc của một Dockerfile?"',
  'order: 3',
  'question: 3',
  'level: basic',
  "summary: 'Các instruction chính của Dockerfile.'",
  '---',
  '## Câu trả lời: {/*cau-tra-loi*/}',
  '',
  'Nội dung.',
].join('\n');
const file = 'content/docker/03-cau-truc-dockerfile.mdx';

describe('loadLessonFromSource', () => {
  it('parses the frontmatter, the body and the headings', () => {
    const lesson = loadLessonFromSource(file, valid);
    expect(lesson).toMatchObject({
      chapter: 'docker',
      slug: 'cau-truc-dockerfile',
      file,
      title: 'Giải thích cấu trúc của một Dockerfile?',
      order: 3,
      question: 3,
      level: 'basic',
      summary: 'Các instruction chính của Dockerfile.',
      headings: [{ depth: 2, text: 'Câu trả lời', id: 'cau-tra-loi' }],
    });
    expect(lesson.body.startsWith('## Câu trả lời')).toBe(true);
  });

  it.each([
    ['level: basic', 'level: easy', `${file}: frontmatter field "level" must be "basic" or "advanced"`],
    ['order: 3', 'order: three', `${file}: frontmatter field "order" must be a number`],
    ["summary: 'Các instruction chính của Dockerfile.'", '', `${file}: frontmatter field "summary" is missing`],
    ['question: 3', 'question: 3\nquestoin: 3', `${file}: unknown frontmatter field "questoin"`],
    ['title: "Giải thích', 'title: "Giải thích\\x', `${file}: frontmatter field "title" has a broken double-quoted string`],
    ['order: 3', 'order: 4', `${file}: frontmatter field "order" is 4 but the file name starts with 03`],
  ])('names the file and the field when %s becomes %s', (from, to, message) => {
    expect(() => loadLessonFromSource(file, valid.replace(from, to))).toThrow(message);
  });

  it('rejects a file without frontmatter and a file badly named', () => {
    expect(() => loadLessonFromSource(file, '## Câu trả lời {/*cau-tra-loi*/}')).toThrow(`${file}: missing frontmatter`);
    expect(() => loadLessonFromSource('content/docker/3-Cấu.mdx', valid)).toThrow('content/docker/3-Cấu.mdx: a lesson file must be named');
  });

  it('fails on a heading id problem and reports the line in the file', () => {
    const broken = valid.replace('{/*cau-tra-loi*/}', '{/*answer*/}');
    expect(() => loadLessonFromSource(file, broken)).toThrow(`${file}:\n  line 8: heading id "answer" should be "cau-tra-loi"`);
  });
});

describe('the Docker chapter on disk', () => {
  const lessons = getLessons('docker');

  it('has one chapter with both groups and an honest "coming soon" next chapter', () => {
    const [docker] = getChapters();
    expect(docker).toMatchObject({ slug: 'docker', order: 1, title: 'Docker & Dockerfile', next: { title: 'Docker Compose', status: 'coming-soon' } });
    expect(docker?.groups.map((g) => g.title)).toEqual(['Câu hỏi cơ bản', 'Câu hỏi nâng cao']);
  });

  it('has ten lessons in order whose slugs are the ones rules link to', () => {
    expect(lessons.map((l) => l.order)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10]);
    expect(lessons.map((l) => l.question)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10]);
    expect(lessons.map((l) => l.slug)).toEqual(lessons.map((l) => LESSON_SLUGS[l.question]));
    expect(getAllLessons()).toEqual(lessons);
  });

  it('splits the questions five basic, five advanced', () => {
    expect(lessons.filter((l) => l.level === 'basic').map((l) => l.question)).toEqual([1, 2, 3, 4, 5]);
    expect(lessons.filter((l) => l.level === 'advanced').map((l) => l.question)).toEqual([6, 7, 8, 9, 10]);
  });

  it('keeps metadata out of the list and the body in the lesson', () => {
    expect(Object.keys(lessons[0] ?? {})).not.toContain('body');
    expect(getLesson('docker', 'bao-mat')?.title).toBe('Security best practices khi build Docker images cho ML?');
    expect(getLesson('docker', 'nope')).toBeNull();
    expect(getLesson('../docker', 'bao-mat')).toBeNull();
  });

  it.each(Object.values(LESSON_SLUGS))('%s carries its tables or code, its exercise, no .md links and NFC text', (slug) => {
    const lesson = getLesson('docker', slug);
    expect(lesson).not.toBeNull();
    const body = lesson?.body ?? '';
    expect(/^```/m.test(body) || /^\|.*\|\s*$/m.test(body)).toBe(true);
    expect(body).toContain(`<Exercise id="q${lesson?.question}" />`);
    expect(body).toMatch(/<KeyPoints>\n\n## Key points: \{\/\*key-points\*\/\}\n\n[\s\S]*?\n\n<\/KeyPoints>/);
    expect(body).not.toMatch(/\]\([^)]*\.md(#[^)]*)?\)/);
    expect(body).toBe(body.normalize('NFC'));
    expect(lesson?.summary.length).toBeGreaterThan(40);
  });

  it('tags each of the five seed checklists right after its list', () => {
    const tags = lessons.flatMap((meta) => {
      const body = getLesson('docker', meta.slug)?.body ?? '';
      return [...body.matchAll(/- \[ \] .*\n\n<Checklist id="([a-z0-9-]+)" \/>/g)].map((m) => m[1]);
    });
    expect(tags).toEqual(['q6-optimization', 'q7-ml-models', 'q8-layer-caching', 'q9-large-model', 'q10-security']);
  });

  it('compiles every lesson with mdx-bundler and GFM', async () => {
    for (const meta of lessons) {
      const lesson = getLesson('docker', meta.slug);
      const result = await bundleMDX({
        source: lesson?.body ?? '',
        mdxOptions(options) {
          options.remarkPlugins = [...(options.remarkPlugins ?? []), remarkGfm];
          return options;
        },
      });
      expect(result.code.length, meta.file).toBeGreaterThan(1000);
    }
  });
});
