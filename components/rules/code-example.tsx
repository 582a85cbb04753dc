// A rule's bad or good Dockerfile, highlighted at build time in the lessons' code block
// (rule metadata is author content, never user input, so its HTML can be inlined).
import { CodeBlock } from '@/components/mdx/code-block';
import { playgroundHref } from '@/lib/share/playground-link';
import { highlightDockerfile } from './highlight.server';
import styles from './rules.module.css';

export async function CodeExample({ code, label, tone }: { code: string; label: string; tone: 'bad' | 'good' }) {
  const html = await highlightDockerfile(code);
  return (
    <figure className={styles.example} data-example={tone}>
      <figcaption className={`${styles.exampleCaption} ${styles[tone] ?? ''}`}>{label}</figcaption>
      <CodeBlock language="dockerfile" playgroundHref={playgroundHref(code.endsWith('\n') ? code : `${code}\n`)}>
        <div dangerouslySetInnerHTML={{ __html: html }} />
      </CodeBlock>
    </figure>
  );
}
