'use client';
// Findings grouped by severity, each with its rule page, its line and a "Sửa nhanh" button. The groups'
// headings are at the level of the place the list is drawn in (heading-level.tsx).
import { memo, useDeferredValue, useEffect, useRef } from 'react';
import type { Finding, Fix, Severity } from '@/lib/dockerfile/types';
import type { ShownFinding } from '@/lib/progress/schema';
import { Heading } from '@/components/layout/heading-level';

const GROUPS: { severity: Severity; title: string }[] = [
  { severity: 'error', title: 'Lỗi' },
  { severity: 'warning', title: 'Cảnh báo' },
  { severity: 'info', title: 'Gợi ý' },
];

interface Handlers {
  onFix(fix: Fix): void;
  onJump(line: number): void;
}

/** The view acts on findings of the kind it was given: the analyzer's, whose quick fixes can be applied. */
interface ViewHandlers<F> {
  onFix(finding: F): void;
  onJump(line: number): void;
}

/**
 * The list renders after the editor's markers: it takes the findings as a deferred value, so a
 * keystroke's urgent render only updates the editor, and a long list never delays the squiggles.
 */
export function FindingsList({ findings, onFix, onJump }: { findings: readonly Finding[] } & Handlers) {
  const deferred = useDeferredValue(findings);
  // Callers pass fresh closures each render; the memoised view reads the latest through a ref.
  const latest = useRef<Handlers>({ onFix, onJump });
  useEffect(() => {
    latest.current = { onFix, onJump };
  });
  const handlers = useRef<ViewHandlers<Finding>>({
    onFix: (finding) => finding.fix && latest.current.onFix(finding.fix),
    onJump: (line) => latest.current.onJump(line),
  });
  return <FindingsView findings={deferred} handlers={handlers} />;
}

/**
 * The same list before there is an editor to act on (the exercise preview, a saved view): the same
 * boxes, its line and quick-fix buttons disabled.
 */
export function FindingsPreview({ findings }: { findings: readonly ShownFinding[] }) {
  return <FindingsView findings={findings} handlers={null} />;
}

function FindingsViewOf<F extends ShownFinding>({ findings, handlers }: { findings: readonly F[]; handlers: { readonly current: ViewHandlers<F> } | null }) {
  const disabled = handlers === null;
  const list = useRef<HTMLDivElement>(null);
  const empty = useRef<HTMLParagraphElement>(null);
  // Which finding's quick fix was applied (its place among the "Dòng N" buttons): the fix removes the
  // finding, and the button that had focus with it, so focus goes to the finding now in its place.
  const fixedAt = useRef<number | null>(null);
  useEffect(() => {
    const index = fixedAt.current;
    if (index === null || list.current?.contains(document.activeElement)) return; // not re-analysed yet
    fixedAt.current = null;
    if (document.activeElement !== document.body) return; // the learner has moved on
    const lines = list.current?.querySelectorAll<HTMLButtonElement>('button.finding-line');
    (lines?.[Math.min(index, lines.length - 1)] ?? empty.current)?.focus();
  }, [findings]);
  const onJump = (line: number) => handlers?.current.onJump(line);
  const onFix = (finding: F, button: HTMLButtonElement) => {
    const lines = [...(list.current?.querySelectorAll('button.finding-line') ?? [])];
    const line = button.closest('li')?.querySelector('button.finding-line');
    fixedAt.current = line ? lines.indexOf(line) : null;
    handlers?.current.onFix(finding);
  };
  if (findings.length === 0) {
    return (
      <p ref={empty} tabIndex={-1} className="findings-empty">
        Không có phát hiện nào.
      </p>
    );
  }
  return (
    <div ref={list} className="findings" data-testid="findings">
      {GROUPS.map(({ severity, title }) => {
        const group = findings.filter((f) => f.severity === severity);
        if (group.length === 0) return null;
        return (
          <section key={severity} aria-label={`${title} (${group.length})`} className={`findings-group findings-${severity}`}>
            <Heading className="findings-group-title">
              {title} ({group.length})
            </Heading>
            <ul>
              {group.map((f) => (
                <li key={`${f.rule}:${f.line}:${f.column}:${f.messageId}`} data-rule={f.rule}>
                  <button type="button" className="finding-line" disabled={disabled} onClick={() => onJump(f.line)} aria-label={`Tới dòng ${f.line}`}>
                    Dòng {f.line}
                  </button>{' '}
                  <span className="finding-message">{f.message}</span>{' '}
                  <a href={f.docsUrl} className="finding-rule">
                    {f.rule}
                  </a>
                  {f.fix ? (
                    <>
                      {' '}
                      <button type="button" className="finding-fix" disabled={disabled} onClick={(event) => onFix(f, event.currentTarget)} title={f.fix.title}>
                        Sửa nhanh<span className="visually-hidden">: {f.fix.title}</span>
                      </button>
                    </>
                  ) : null}
                </li>
              ))}
            </ul>
          </section>
        );
      })}
    </div>
  );
}

const FindingsView = memo(FindingsViewOf) as typeof FindingsViewOf;
