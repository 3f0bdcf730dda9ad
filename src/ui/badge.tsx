import type { ReactNode } from 'react';

/** A small outlined label, e.g. "Demo" beside a fictional patient. Text, not colour, carries it. */
export function Badge({ children }: { readonly children: ReactNode }) {
  return <span className="badge">{children}</span>;
}
