import type { ReactNode } from 'react';
import { CopyButton } from './copy-button';

const LANGUAGE_LABELS: Record<string, string> = {
  dockerfile: 'Dockerfile',
  bash: 'Bash',
  sh: 'Shell',
  python: 'Python',
  yaml: 'YAML',
  text: 'Văn bản',
  plain: 'Văn bản',
};

interface CodeBlockProps {
  language: string;
  /** Built at compile time for Dockerfile blocks: opens the block in the playground editor. */
  playgroundHref?: string;
  children?: ReactNode;
}

/** A highlighted code block (from the compile step) with its language, copy button and playground link. */
export function CodeBlock({ language, playgroundHref, children }: CodeBlockProps) {
  return (
    <div className="code-block" data-language={language}>
      <div className="code-block__bar">
        <span className="code-block__lang">{LANGUAGE_LABELS[language] ?? language}</span>
        <div className="code-block__actions">
          {playgroundHref ? (
            <a className="code-block__action" href={playgroundHref}>
              Mở trong trình soạn thảo
            </a>
          ) : null}
          <CopyButton />
        </div>
      </div>
      {children}
    </div>
  );
}
