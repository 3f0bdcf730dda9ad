import type { ReactNode } from 'react';

const LABELS = { error: 'Error', warning: 'Warning', info: 'Note' } as const;

/**
 * A boxed message. Errors and warnings that need attention now use role="alert"; the rest are
 * plain text that is read in order. The tone is also written out, never shown by colour alone.
 */
export function Notice({
  tone,
  title,
  children,
  live = tone !== 'info',
}: {
  readonly tone: keyof typeof LABELS;
  readonly title: string;
  readonly children?: ReactNode;
  readonly live?: boolean;
}) {
  return (
    <div className={`notice notice--${tone}`} role={live ? 'alert' : undefined}>
      <p className="notice__title">
        <span className="notice__tone">{LABELS[tone]}:</span> {title}
      </p>
      {children ? <div className="notice__body">{children}</div> : null}
    </div>
  );
}
