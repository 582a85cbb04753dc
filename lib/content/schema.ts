// Schemas for the content boundary: a chapter's `chapter.json` and a lesson's YAML frontmatter.
// Content is data written by hand, so every error names the file and the field that is wrong.
import { z } from 'zod';

/** A zod error callback that tells "missing" apart from "wrong", so messages read like a reviewer's note. */
function expect(wrong: string) {
  return (issue: { input?: unknown }) => (issue.input === undefined ? 'is missing' : wrong);
}

const text = () => z.string({ error: expect('must be text') }).trim().min(1, { error: 'must not be empty' });
const positiveInt = () =>
  z.number({ error: expect('must be a number') }).int({ error: 'must be a whole number' }).positive({ error: 'must be 1 or more' });

export const levelSchema = z.enum(['basic', 'advanced'], { error: expect('must be "basic" or "advanced"') });

export const lessonFrontmatterSchema = z.strictObject({
  title: text(),
  order: positiveInt(),
  question: positiveInt(),
  level: levelSchema,
  summary: text(),
});

export const chapterSchema = z.strictObject({
  slug: z.string({ error: expect('must be text') }).regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, { error: 'must be an ASCII slug like "docker"' }),
  order: positiveInt(),
  title: text(),
  description: text(),
  groups: z
    .array(z.strictObject({ level: levelSchema, title: text() }), { error: expect('must be a list of {level, title}') })
    .min(1, { error: 'must list at least one group' }),
  next: z
    .strictObject({
      title: text(),
      status: z.literal('coming-soon', { error: expect('must be "coming-soon"') }),
    })
    .optional(),
});

export type LessonFrontmatter = z.infer<typeof lessonFrontmatterSchema>;
export type ChapterData = z.infer<typeof chapterSchema>;

/** Turns the first zod issue into `field "x" <problem>`; the caller prefixes the file. */
function describeIssue(issue: z.core.$ZodIssue, what: string): string {
  if (issue.code === 'unrecognized_keys') return `unknown ${what} "${issue.keys.join('", "')}"`;
  const field = issue.path.map(String).join('.');
  return field ? `${what} "${field}" ${issue.message}` : `${issue.message}`;
}

export function parseWithSchema<T>(schema: z.ZodType<T>, value: unknown, file: string, what: string): T {
  const result = schema.safeParse(value);
  if (result.success) return result.data;
  throw new Error(`${file}: ${result.error.issues.map((issue) => describeIssue(issue, what)).join('; ')}`);
}

export interface FrontmatterSplit {
  fields: Record<string, unknown>;
  body: string;
}

/**
 * Splits `---` YAML frontmatter from an MDX body. Only flat `key: value` pairs are allowed (strings,
 * quoted strings, integers): that is all a lesson needs, and anything richer is a mistake worth reporting.
 */
export function splitFrontmatter(file: string, source: string): FrontmatterSplit {
  const normalized = source.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n');
  const match = /^---\n([\s\S]*?)\n---(?:\n|$)/.exec(normalized);
  if (!match) throw new Error(`${file}: missing frontmatter (a "---" block at the top of the file)`);
  const fields: Record<string, unknown> = {};
  (match[1] ?? '').split('\n').forEach((line, index) => {
    if (line.trim() === '' || line.trimStart().startsWith('#')) return;
    const pair = /^([A-Za-z_][\w-]*):(?:\s+(.*))?$/.exec(line);
    if (!pair) throw new Error(`${file}: frontmatter line ${index + 2} is not "key: value": ${line}`);
    const key = pair[1] ?? '';
    if (key in fields) throw new Error(`${file}: frontmatter field "${key}" is set twice`);
    fields[key] = parseScalar(file, key, (pair[2] ?? '').trim());
  });
  return { fields, body: normalized.slice(match[0].length) };
}

function parseScalar(file: string, key: string, raw: string): unknown {
  if (raw === '') return undefined;
  if (raw.startsWith('"')) {
    try {
      return JSON.parse(raw) as unknown;
    } catch {
      throw new Error(`${file}: frontmatter field "${key}" has a broken double-quoted string`);
    }
  }
  if (raw.startsWith("'")) {
    if (raw.length < 2 || !raw.endsWith("'")) throw new Error(`${file}: frontmatter field "${key}" has a broken single-quoted string`);
    return raw.slice(1, -1).replace(/''/g, "'");
  }
  if (/^-?\d+$/.test(raw)) return Number(raw);
  return raw;
}
