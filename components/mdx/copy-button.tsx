'use client';
import { useEffect, useRef, useState, type MouseEvent } from 'react';

/** Reads the code from the rendered block (one line per `[data-line]`), so the text is not shipped twice. */
function codeOf(button: HTMLElement): string {
  const code = button.closest('.code-block')?.querySelector('pre code');
  if (!code) return '';
  const lines = code.querySelectorAll('[data-line]');
  if (lines.length === 0) return code.textContent ?? '';
  // Shiki renders an empty line as a single space.
  return Array.from(lines, (line) => (line.textContent === ' ' ? '' : (line.textContent ?? ''))).join('\n');
}

export function CopyButton() {
  const [copied, setCopied] = useState(false);
  const timer = useRef<number | undefined>(undefined);
  useEffect(() => () => window.clearTimeout(timer.current), []);

  async function copy(event: MouseEvent<HTMLButtonElement>) {
    try {
      await navigator.clipboard.writeText(`${codeOf(event.currentTarget)}\n`);
      setCopied(true);
      window.clearTimeout(timer.current);
      timer.current = window.setTimeout(() => setCopied(false), 2000);
    } catch {
      // Clipboard refused (permissions, insecure origin): the code stays selectable by hand.
    }
  }

  return (
    <button type="button" className="code-block__action" onClick={copy} data-copied={copied ? '' : undefined}>
      <span aria-live="polite">{copied ? 'Đã sao chép' : 'Sao chép'}</span>
    </button>
  );
}
