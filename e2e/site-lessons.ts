// What the site specs expect of each lesson, read straight from content/ (the loader is server-only).
import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';

export interface ExpectedLesson {
  slug: string;
  title: string;
  question: number;
  level: 'basic' | 'advanced';
  href: string;
  tables: number;
  dockerfiles: number;
  /** The first Dockerfile block's code, as written in the MDX. */
  firstDockerfile: string | null;
  headingIds: string[];
}

const dir = path.join(process.cwd(), 'content', 'docker');

function field(source: string, name: string): string {
  const match = new RegExp(`^${name}:\\s*(.+)$`, 'm').exec(source);
  const raw = (match?.[1] ?? '').trim();
  return raw.startsWith('"') ? (JSON.parse(raw) as string) : raw;
}

function firstDockerfile(body: string): string | null {
  const match = /^( *)```dockerfile\n([\s\S]*?)^\1```/m.exec(body);
  if (!match) return null;
  const indent = match[1] ?? '';
  return (match[2] ?? '')
    .split('\n')
    .map((line) => (line.startsWith(indent) ? line.slice(indent.length) : line))
    .join('\n')
    .replace(/\n$/, '');
}

export const lessons: ExpectedLesson[] = readdirSync(dir)
  .filter((name) => /^\d{2}-.+\.mdx$/.test(name))
  .sort()
  .map((name) => {
    const source = readFileSync(path.join(dir, name), 'utf8');
    const slug = name.replace(/^\d{2}-/, '').replace(/\.mdx$/, '');
    return {
      slug,
      title: field(source, 'title'),
      question: Number(field(source, 'question')),
      level: field(source, 'level') as ExpectedLesson['level'],
      href: `/docker/${slug}/`,
      tables: source.match(/^\s*\|[\s:|-]*-[\s:|-]*\|\s*$/gm)?.length ?? 0,
      dockerfiles: source.match(/^\s*```dockerfile/gm)?.length ?? 0,
      firstDockerfile: firstDockerfile(source),
      headingIds: [...source.matchAll(/^#{2,3} .*\{\/\*([a-z0-9-]+)\*\/\}\s*$/gm)].map((m) => m[1] ?? ''),
    };
  });
