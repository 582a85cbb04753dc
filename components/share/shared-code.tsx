// A file from a link, shown read-only with line numbers. Text only: React escapes it.
import styles from './share.module.css';

export function sharedLineId(prefix: string, line: number): string {
  return `${prefix}-line-${line}`;
}

export function SharedCode({ label, code, idPrefix, highlight }: { label: string; code: string; idPrefix: string; highlight?: number | null }) {
  const lines = code.replace(/\n$/, '').split('\n');
  return (
    <figure className={styles.code}>
      <figcaption className={styles.codeLabel}>{label}</figcaption>
      <pre tabIndex={0} aria-label={`${label} (chỉ đọc)`}>
        <code>
          {lines.map((text, index) => (
            <span
              key={index}
              id={sharedLineId(idPrefix, index + 1)}
              className={styles.codeLine}
              data-highlight={highlight === index + 1 ? '' : undefined}
            >
              <span className={styles.lineNumber} aria-hidden="true">
                {index + 1}
              </span>
              {text}
              {'\n'}
            </span>
          ))}
        </code>
      </pre>
    </figure>
  );
}
