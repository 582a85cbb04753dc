import 'server-only';
// Reads the course from `content/`: one folder per chapter (`chapter.json` + `NN-<slug>.mdx` lessons).
// Everything is validated on first read, so a broken frontmatter or heading id fails the build.
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { parseHeadings, type Heading } from './headings';
import { chapterSchema, lessonFrontmatterSchema, parseWithSchema, splitFrontmatter } from './schema';

export type { Heading } from './headings';

export interface Chapter {
  slug: string;
  order: number;
  title: string;
  description: string;
  groups: { level: 'basic' | 'advanced'; title: string }[];
  next?: { title: string; status: 'coming-soon' };
}

export interface LessonMeta {
  chapter: string;
  slug: string;
  /** Path from the project root, e.g. `content/docker/01-docker-la-gi.mdx`. */
  file: string;
  title: string;
  order: number;
  question: number;
  level: 'basic' | 'advanced';
  summary: string;
}

export interface Lesson extends LessonMeta {
  /** The MDX source without its frontmatter. */
  body: string;
  headings: Heading[];
}

const LESSON_FILE = /^(\d{2})-([a-z0-9]+(?:-[a-z0-9]+)*)\.mdx$/;

function contentRoot(): string {
  return path.join(process.cwd(), 'content');
}

/** Parses one lesson file; `file` is the path shown in errors and must end in `<chapter>/NN-<slug>.mdx`. */
export function loadLessonFromSource(file: string, source: string): Lesson {
  const posixFile = file.split(path.sep).join('/');
  const parts = posixFile.split('/');
  const name = parts.at(-1) ?? '';
  const chapter = parts.at(-2) ?? '';
  const nameMatch = LESSON_FILE.exec(name);
  if (!nameMatch || !chapter) throw new Error(`${posixFile}: a lesson file must be named <chapter>/NN-<ascii-slug>.mdx`);

  const { fields, body } = splitFrontmatter(posixFile, source);
  const frontmatter = parseWithSchema(lessonFrontmatterSchema, fields, posixFile, 'frontmatter field');
  const filePrefix = Number(nameMatch[1]);
  if (frontmatter.order !== filePrefix) {
    throw new Error(`${posixFile}: frontmatter field "order" is ${frontmatter.order} but the file name starts with ${nameMatch[1]}`);
  }

  const { headings, problems } = parseHeadings(body);
  if (problems.length > 0) {
    // Lines are reported in the file, not the body, so an editor can jump to them.
    const offset = source.replace(/\r\n?/g, '\n').split('\n').length - body.split('\n').length;
    throw new Error(`${posixFile}:\n${problems.map((p) => `  line ${p.line + offset}: ${p.message}`).join('\n')}`);
  }

  return { chapter, slug: nameMatch[2] ?? '', file: posixFile, ...frontmatter, body, headings };
}

function loadChapter(folder: string): Chapter {
  const file = `content/${folder}/chapter.json`;
  let raw: unknown;
  try {
    raw = JSON.parse(readFileSync(path.join(contentRoot(), folder, 'chapter.json'), 'utf8'));
  } catch (error) {
    throw new Error(`${file}: ${error instanceof Error ? error.message : String(error)}`);
  }
  const chapter = parseWithSchema(chapterSchema, raw, file, 'field');
  if (chapter.slug !== folder) throw new Error(`${file}: field "slug" is "${chapter.slug}" but the folder is "${folder}"`);
  return chapter;
}

function loadLessonsOf(chapter: string): Lesson[] {
  const dir = path.join(contentRoot(), chapter);
  const lessons = readdirSync(dir, { withFileTypes: true })
    .filter((entry) => entry.isFile() && entry.name.endsWith('.mdx'))
    .map((entry) => loadLessonFromSource(`content/${chapter}/${entry.name}`, readFileSync(path.join(dir, entry.name), 'utf8')))
    .sort((a, b) => a.order - b.order);
  const seenQuestions = new Map<number, string>();
  for (const lesson of lessons) {
    const other = seenQuestions.get(lesson.question);
    if (other) throw new Error(`${lesson.file}: frontmatter field "question" ${lesson.question} is also used by ${other}`);
    seenQuestions.set(lesson.question, lesson.file);
  }
  return lessons;
}

let chaptersCache: Chapter[] | null = null;
const lessonsCache = new Map<string, Lesson[]>();

/** All chapters, sorted by `order`. */
export function getChapters(): Chapter[] {
  if (!chaptersCache) {
    const root = contentRoot();
    chaptersCache = readdirSync(root, { withFileTypes: true })
      .filter((entry) => entry.isDirectory() && existsSync(path.join(root, entry.name, 'chapter.json')))
      .map((entry) => loadChapter(entry.name))
      .sort((a, b) => a.order - b.order);
  }
  return chaptersCache;
}

function lessonsOf(chapter: string): Lesson[] {
  if (!getChapters().some((c) => c.slug === chapter)) return [];
  let lessons = lessonsCache.get(chapter);
  if (!lessons) {
    lessons = loadLessonsOf(chapter);
    lessonsCache.set(chapter, lessons);
  }
  return lessons;
}

function toMeta({ chapter, slug, file, title, order, question, level, summary }: Lesson): LessonMeta {
  return { chapter, slug, file, title, order, question, level, summary };
}

/** The lessons of one chapter, sorted by `order`; empty for an unknown chapter. */
export function getLessons(chapter: string): LessonMeta[] {
  return lessonsOf(chapter).map(toMeta);
}

export function getLesson(chapter: string, slug: string): Lesson | null {
  return lessonsOf(chapter).find((lesson) => lesson.slug === slug) ?? null;
}

/** Every lesson of every chapter, in course order. */
export function getAllLessons(): LessonMeta[] {
  return getChapters().flatMap((chapter) => getLessons(chapter.slug));
}
