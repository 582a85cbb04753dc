'use client';
// The search dialog: a combobox over a listbox of lessons, headings and rules (WAI-ARIA combobox
// pattern). Modal, focus kept inside, Esc closes; the caller restores focus.
import { useRouter } from 'next/navigation';
import { useEffect, useId, useMemo, useRef, useState, type KeyboardEvent } from 'react';
import type { SearchKind } from '@/lib/search/documents';
import { loadSearchIndex } from '@/lib/search/load-index';
import { searchDocuments, type SearchHit, type SearchIndex } from '@/lib/search/search-index';
import styles from './search.module.css';

const KIND_LABELS: Record<SearchKind, string> = { lesson: 'Bài học', heading: 'Mục', rule: 'Quy tắc' };

type IndexState = { status: 'loading' } | { status: 'ready'; index: SearchIndex } | { status: 'failed' };

export default function SearchDialog({ onClose }: { onClose: (restoreFocus: boolean) => void }) {
  const dialog = useRef<HTMLDialogElement>(null);
  const input = useRef<HTMLInputElement>(null);
  const router = useRouter();
  const [state, setState] = useState<IndexState>({ status: 'loading' });
  const [query, setQuery] = useState('');
  const [active, setActive] = useState(0);
  const ids = { title: useId(), listbox: useId(), status: useId() };

  useEffect(() => {
    // Strict mode runs effects twice in development; a second showModal would throw.
    if (dialog.current && !dialog.current.open) dialog.current.showModal();
    input.current?.focus();
    let cancelled = false;
    loadSearchIndex().then(
      (index) => !cancelled && setState({ status: 'ready', index }),
      () => !cancelled && setState({ status: 'failed' }),
    );
    return () => {
      cancelled = true;
    };
  }, []);

  const hits: SearchHit[] = useMemo(
    () => (state.status === 'ready' ? searchDocuments(state.index, query, 20) : []),
    [state, query],
  );
  const activeIndex = Math.min(active, Math.max(hits.length - 1, 0));
  const optionId = (index: number) => `${ids.listbox}-${index}`;

  useEffect(() => {
    document.getElementById(optionId(activeIndex))?.scrollIntoView({ block: 'nearest' });
  });

  function open(hit: SearchHit) {
    onClose(false);
    router.push(hit.url);
  }

  function onKeyDown(event: KeyboardEvent<HTMLDialogElement>) {
    if (event.key === 'Escape') {
      event.preventDefault();
      onClose(true);
    } else if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      if (hits.length === 0) return;
      event.preventDefault();
      const step = event.key === 'ArrowDown' ? 1 : -1;
      setActive((activeIndex + step + hits.length) % hits.length);
    } else if (event.key === 'Home' && event.ctrlKey) {
      setActive(0);
    } else if (event.key === 'Enter' && event.target === input.current) {
      const hit = hits[activeIndex];
      if (hit) {
        event.preventDefault();
        open(hit);
      }
    } else if (event.key === 'Tab') {
      // Keep focus inside: the dialog has two stops, the field and the close button.
      const stops = Array.from(dialog.current?.querySelectorAll<HTMLElement>('input, button') ?? []);
      const first = stops[0];
      const last = stops.at(-1);
      if (event.shiftKey && document.activeElement === first) {
        event.preventDefault();
        last?.focus();
      } else if (!event.shiftKey && document.activeElement === last) {
        event.preventDefault();
        first?.focus();
      }
    }
  }

  let status: string;
  if (state.status === 'loading') status = 'Đang tải chỉ mục tìm kiếm…';
  else if (state.status === 'failed') status = 'Không tải được chỉ mục tìm kiếm. Hãy đóng và thử lại.';
  else if (query.trim() === '') status = 'Gõ để tìm trong bài học, các mục và quy tắc. Không cần gõ dấu.';
  else if (hits.length === 0) status = `Không tìm thấy kết quả cho “${query.trim()}”.`;
  else status = `${hits.length} kết quả. Dùng phím mũi tên để chọn, Enter để mở.`;

  return (
    <dialog
      ref={dialog}
      className={styles.dialog}
      aria-labelledby={ids.title}
      onKeyDown={onKeyDown}
      // Esc is handled above; the native cancel would close the dialog behind React's back.
      onCancel={(event) => event.preventDefault()}
      onClick={(event) => event.target === dialog.current && onClose(true)}
    >
      <div className={styles.panel}>
        <div className={styles.header}>
          <h2 id={ids.title} className={styles.title}>
            Tìm kiếm
          </h2>
          <button type="button" className={styles.close} onClick={() => onClose(true)} aria-label="Đóng tìm kiếm">
            Esc
          </button>
        </div>
        <input
          ref={input}
          className={styles.input}
          type="text"
          role="combobox"
          aria-label="Tìm bài học, mục hoặc quy tắc"
          aria-expanded={hits.length > 0}
          aria-controls={ids.listbox}
          aria-autocomplete="list"
          aria-describedby={ids.status}
          aria-activedescendant={hits.length > 0 ? optionId(activeIndex) : undefined}
          placeholder="Ví dụ: toi uu image, multi-stage, DL3006"
          autoComplete="off"
          spellCheck={false}
          value={query}
          onChange={(event) => {
            setQuery(event.target.value);
            setActive(0);
          }}
        />
        <p id={ids.status} className={styles.status} role="status">
          {status}
        </p>
        <ul id={ids.listbox} role="listbox" aria-label="Kết quả tìm kiếm" className={styles.results} hidden={hits.length === 0}>
          {hits.map((hit, index) => (
            <li
              key={hit.id}
              id={optionId(index)}
              role="option"
              aria-selected={index === activeIndex}
              className={styles.option}
              data-kind={hit.kind}
              onMouseMove={() => index !== activeIndex && setActive(index)}
              onClick={() => open(hit)}
            >
              <span className={styles.kind}>{KIND_LABELS[hit.kind]}</span>
              <span className={styles.hitTitle}>{hit.title}</span>
              <span className={styles.context}>{hit.context}</span>
            </li>
          ))}
        </ul>
      </div>
    </dialog>
  );
}
