// Rule docs are plain text with `backticks` around code, as in RULES.md; render those as <code>.
import { Fragment } from 'react';

export function InlineCode({ text }: { text: string }) {
  const parts = text.split(/`([^`\n]+)`/);
  return (
    <>
      {parts.map((part, index) => (index % 2 === 1 ? <code key={index}>{part}</code> : <Fragment key={index}>{part}</Fragment>))}
    </>
  );
}

/** For places that take plain text only (meta description): the backticks go, the words stay. */
export function withoutBackticks(text: string): string {
  return text.replace(/`([^`\n]+)`/g, '$1');
}
