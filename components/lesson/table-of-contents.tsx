import type { Heading } from '@/lib/content/lessons.server';

/** Short answers read fine without one. */
export const TOC_MIN_HEADINGS = 5;

function TocList({ headings }: { headings: Heading[] }) {
  return (
    <ol>
      {headings.map((heading) => (
        <li key={heading.id} className={`toc__item--${heading.depth}`}>
          <a href={`#${heading.id}`}>{heading.text.replace(/:\s*$/, '')}</a>
        </li>
      ))}
    </ol>
  );
}

/** Collapsible above the answer on small screens. */
export function InlineTableOfContents({ headings }: { headings: Heading[] }) {
  return (
    <details className="toc toc--inline">
      <summary>Mục lục ({headings.length} mục)</summary>
      <nav aria-label="Mục lục">
        <TocList headings={headings} />
      </nav>
    </details>
  );
}

/** Sticky beside the answer on wide screens (CSS swaps the two). */
export function AsideTableOfContents({ headings }: { headings: Heading[] }) {
  return (
    <nav className="toc toc--aside" aria-labelledby="toc-aside-title">
      <p className="toc-title" id="toc-aside-title">
        Trong câu này
      </p>
      <TocList headings={headings} />
    </nav>
  );
}
