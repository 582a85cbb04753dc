'use client';
// A disclosure that collects a few fields, builds a share link, copies it and always shows it.
import { useId, useRef, useState, type FormEvent, type ReactNode } from 'react';
import type { ShareLinkResult } from '@/lib/share/share-link';
import { shareUrl } from '@/lib/share/share-link';
import { copyText } from './copy-text';
import styles from './share.module.css';

interface ShareLinkBuilderProps {
  label: string;
  submitLabel: string;
  /** The form's fields (note, name…). */
  children: ReactNode;
  build(): ShareLinkResult;
  /** Everything the link carries, as one string: when it changes, a link built earlier is withdrawn. */
  contents: string;
  /** Says what the link does, under the link. */
  explanation: ReactNode;
  testId: string;
}

type Outcome = ({ kind: 'link'; url: string; copied: boolean } | { kind: 'error'; message: string }) & { contents: string };

export function ShareLinkBuilder({ label, submitLabel, children, build, contents, explanation, testId }: ShareLinkBuilderProps) {
  const [open, setOpen] = useState(false);
  const [outcome, setOutcome] = useState<Outcome | null>(null);
  const panelId = useId();
  const linkInput = useRef<HTMLInputElement>(null);

  // What was built from the fields as they are now; a link built before an edit is withdrawn.
  const current = outcome?.contents === contents ? outcome : null;
  const stale = outcome?.kind === 'link' && current === null;

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const result = build();
    if (!result.ok) {
      setOutcome({ kind: 'error', message: result.error, contents });
      return;
    }
    const url = shareUrl(window.location.origin, result.hash);
    const copied = await copyText(url);
    setOutcome({ kind: 'link', url, copied, contents });
    if (!copied) requestAnimationFrame(() => linkInput.current?.select());
  }

  return (
    <div className={styles.builder} data-testid={testId}>
      <button type="button" aria-expanded={open} aria-controls={panelId} onClick={() => setOpen((value) => !value)}>
        {label}
      </button>
      <div id={panelId} hidden={!open} className={styles.builderPanel}>
        <form onSubmit={submit} className={styles.form}>
          {children}
          <button type="submit">{submitLabel}</button>
        </form>
        {stale ? (
          // The link would carry what was there before the last edits: it is not shown any more.
          <p role="status" className={styles.hint}>
            Bài đã thay đổi sau khi tạo liên kết, nên liên kết cũ không còn đúng. Bấm “{submitLabel}” để tạo liên kết mới.
          </p>
        ) : null}
        {current?.kind === 'error' ? (
          <p role="alert" className={styles.error}>
            {current.message}
          </p>
        ) : null}
        {current?.kind === 'link' ? (
          <div className={styles.result}>
            <p role="status">{current.copied ? 'Đã sao chép liên kết.' : 'Không sao chép tự động được: hãy sao chép liên kết bên dưới.'}</p>
            <input
              ref={linkInput}
              className={styles.link}
              readOnly
              value={current.url}
              aria-label="Liên kết chia sẻ"
              data-testid={`${testId}-url`}
              onFocus={(event) => event.currentTarget.select()}
            />
            <p className={styles.hint}>{explanation}</p>
          </div>
        ) : null}
      </div>
    </div>
  );
}
