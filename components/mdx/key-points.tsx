import type { ReactNode } from 'react';

/** The answer's "Key points": a recap block to re-read before an interview. */
export function KeyPoints({ children }: { children?: ReactNode }) {
  return <section className="key-points">{children}</section>;
}
