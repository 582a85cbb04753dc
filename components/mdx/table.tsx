import type { ComponentPropsWithoutRef } from 'react';

/** Wide tables scroll sideways inside their frame instead of widening the page; focusable for keyboard scrolling. */
export function Table(props: ComponentPropsWithoutRef<'table'>) {
  return (
    <div className="table-scroll" role="group" aria-label="Bảng, có thể cuộn ngang" tabIndex={0}>
      <table {...props} />
    </div>
  );
}
