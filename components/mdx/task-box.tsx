import type { ComponentPropsWithoutRef } from 'react';

/**
 * GFM task items (`- [ ] …`) render a disabled checkbox with no label. In a lesson they are a printed
 * checklist, so the box is drawn; the graded, interactive version is the <Checklist> component.
 */
export function TaskBox({ type, checked, ...rest }: ComponentPropsWithoutRef<'input'>) {
  if (type !== 'checkbox') return <input type={type} checked={checked} {...rest} />;
  return <span className="task-box" aria-hidden="true" data-checked={checked ? '' : undefined} />;
}
