import { describe, expect, it } from 'vitest';
import { createElement, type ReactNode } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { getMDXComponent } from 'mdx-bundler/client';
import { getAllLessons, getLesson } from './lessons.server';
import { compileMdx } from './compile.server';
import { readPlaygroundHash } from '@/lib/share/playground-link';

interface CodeBlockProps {
  language: string;
  playgroundHref?: string;
  children?: ReactNode;
}

// Stand-ins that expose what the compile step hands to the real components.
const components = {
  CodeBlock: ({ language, playgroundHref, children }: CodeBlockProps) =>
    createElement('div', { 'data-code-block': language, 'data-playground-href': playgroundHref }, children),
  KeyPoints: ({ children }: { children?: ReactNode }) => createElement('section', { 'data-key-points': '' }, children),
  Exercise: ({ id }: { id: string }) => createElement('div', { 'data-exercise': id }),
  Checklist: ({ id }: { id: string }) => createElement('div', { 'data-checklist': id }),
  Quiz: ({ id }: { id: string }) => createElement('div', { 'data-quiz': id }),
};

async function render(body: string, source = 'test.mdx'): Promise<string> {
  const { code } = await compileMdx(body, source);
  return renderToStaticMarkup(createElement(getMDXComponent(code), { components }));
}

function count(html: string, pattern: RegExp): number {
  return html.match(pattern)?.length ?? 0;
}

describe('compileMdx', () => {
  const lessons = getAllLessons();

  it('finds the ten lessons to compile', () => {
    expect(lessons).toHaveLength(10);
  });

  it.each(lessons.map((meta) => [meta.file, meta] as const))('%s compiles with every heading, table and code block', async (_file, meta) => {
    const lesson = getLesson(meta.chapter, meta.slug);
    expect(lesson).not.toBeNull();
    const html = await render(lesson!.body, lesson!.file);
    for (const heading of lesson!.headings) {
      expect(html).toContain(`<h${heading.depth} id="${heading.id}">`);
    }
    // The id comments never leak into the visible text.
    expect(html).not.toMatch(/\/\*[a-z0-9-]+\*\//);
    expect(count(html, /<table>/g)).toBe(count(lesson!.body, /^\|[\s:|-]*-[\s:|-]*\|\s*$/gm));
    const fences = count(lesson!.body, /^\s*```[a-z]+/gm);
    expect(count(html, /data-code-block="/g)).toBe(fences);
    const dockerfiles = count(lesson!.body, /^\s*```dockerfile/gm);
    expect(count(html, /data-playground-href="\/playground\/#code=/g)).toBe(dockerfiles);
    expect(html).toContain(`data-exercise="q${lesson!.question}"`);
  });

  it('highlights a Dockerfile block with a light and a dark colour per token and links it to the playground', async () => {
    const html = await render('## Ví dụ {/*vi-du*/}\n\n```dockerfile\n# base\nFROM python:3.12-slim\n```\n');
    expect(html).toMatch(/<pre[^>]*data-language="dockerfile"/);
    expect(html).toMatch(/<span style="--shiki-light:#[0-9A-Fa-f]{6};--shiki-dark:#[0-9A-Fa-f]{6}">FROM<\/span>/);
    const href = /data-playground-href="([^"]+)"/.exec(html)?.[1] ?? '';
    expect(readPlaygroundHash(href.slice(href.indexOf('#')))).toEqual({ ok: true, dockerfile: '# base\nFROM python:3.12-slim\n' });
  });

  it('gives other languages a block without a playground link', async () => {
    const html = await render('```bash\ndocker build -t app .\n```\n\n```text\nA → B\n```\n');
    expect(html).toContain('data-code-block="bash"');
    expect(html).toContain('data-code-block="text"');
    expect(html).not.toContain('data-playground-href');
  });

  it('renders a GFM table', async () => {
    const html = await render('| Lệnh | Ý nghĩa |\n|---|---|\n| `FROM` | Base image |\n');
    expect(html).toContain('<table><thead><tr><th>Lệnh</th><th>Ý nghĩa</th></tr></thead>');
  });

  it('fails on a heading without an id, naming the file', async () => {
    await expect(compileMdx('## Có id {/*co-id*/}\n\n## Không có id\n', 'content/docker/99-x.mdx')).rejects.toThrow(
      /content\/docker\/99-x\.mdx:3: heading "Không có id" has no id/,
    );
  });

  it('returns the cached compile for the same content', async () => {
    const body = '## Một {/*mot*/}\n';
    const first = compileMdx(body);
    expect(compileMdx(body)).toBe(first);
    expect((await first).code).toContain('mot');
  });
});
