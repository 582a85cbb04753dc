'use client';
// The reference solution, every file of it, each with a line diff of the learner's file against it.
import { useEffect, useRef } from 'react';
import type { Exercise } from '@/lib/content/exercise';
import { Heading, Subsections } from '@/components/layout/heading-level';
import { lineDiff } from './line-diff';
import type { Draft } from './starter';

const MARK = { same: ' ', added: '+', removed: '−' } as const;
const LABEL = { same: '', added: 'Chỉ có trong lời giải: ', removed: 'Chỉ có trong bài của bạn: ' } as const;

/** `focusOnMount` when it replaces the button that asked for it; not when a visit shows it open again. */
export function SolutionView({ draft, solution, focusOnMount = false }: { draft: Draft; solution: Exercise['solution']; focusOnMount?: boolean }) {
  const heading = useRef<HTMLHeadingElement>(null);
  // Shown in place of the button that asked for it: focus follows, rather than falling to the page.
  useEffect(() => {
    if (focusOnMount) heading.current?.focus();
  }, [focusOnMount]);
  return (
    <div className="solution-view" data-testid="solution">
      <Heading ref={heading} tabIndex={-1} className="feedback-heading">
        Lời giải tham khảo
      </Heading>
      <Subsections>
        <SolutionFile name="Dockerfile" code={draft.code} solution={solution.dockerfile} />
        {/* Some rubrics grade the .dockerignore too: the answer is not whole without it. */}
        {solution.dockerignore === undefined ? null : <SolutionFile name=".dockerignore" code={draft.dockerignore} solution={solution.dockerignore} />}
      </Subsections>
    </div>
  );
}

function SolutionFile({ name, code, solution }: { name: string; code: string; solution: string }) {
  const diff = lineDiff(code, solution);
  return (
    <section aria-label={`Lời giải: ${name}`} data-testid={`solution-${name.replace(/^\./, '')}`}>
      <Heading className="solution-file">{name}</Heading>
      <pre className="solution-code">
        <code>{solution}</code>
      </pre>
      <Heading className="solution-file">So sánh {name} với bài của bạn</Heading>
      <p className="solution-legend">
        Dòng “−” chỉ có trong bài của bạn, dòng “+” chỉ có trong lời giải.
      </p>
      <pre className="line-diff" aria-label={`So sánh ${name} từng dòng`}>
        {diff.map((line, index) => (
          <div key={index} className={`diff-${line.kind}`}>
            <span aria-hidden="true">{MARK[line.kind]} </span>
            {line.kind === 'same' ? null : <span className="visually-hidden">{LABEL[line.kind]}</span>}
            {line.text || ' '}
          </div>
        ))}
      </pre>
    </section>
  );
}
