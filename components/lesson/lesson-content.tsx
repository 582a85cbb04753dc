import 'server-only';
import { cache } from 'react';
import { getMDXComponent } from 'mdx-bundler/client';
import { mdxComponents } from '@/components/mdx/mdx-components';
import { compileMdx } from '@/lib/content/compile.server';
import type { Lesson } from '@/lib/content/lessons.server';

// getMDXComponent evaluates the compiled code once per build process; the browser never gets it.
const componentFor = cache(async (body: string, file: string) => getMDXComponent((await compileMdx(body, file)).code));

/** The lesson's MDX body, rendered on the server at build time. */
export async function LessonContent({ lesson }: { lesson: Lesson }) {
  const Content = await componentFor(lesson.body, lesson.file);
  return (
    <div className="prose">
      <Content components={mdxComponents} />
    </div>
  );
}
