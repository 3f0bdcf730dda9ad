import type { ReactNode } from 'react';
import { documentTitle } from '../lib/document-title';

/**
 * The screen's one <h1> and its document title, together so neither is forgotten. The heading
 * takes programmatic focus after navigation (tabIndex -1), so screen readers announce the new
 * screen.
 */
export function PageHeader({
  title,
  screenName = title,
  actions,
  children,
}: {
  readonly title: string;
  /** For the browser tab when the heading holds something that should not be there (a name). */
  readonly screenName?: string;
  readonly actions?: ReactNode;
  readonly children?: ReactNode;
}) {
  return (
    <div className="page-header">
      <title>{documentTitle(screenName)}</title>
      <div className="page-header__text">
        <h1 tabIndex={-1} className="page-header__title">
          {title}
        </h1>
        {children}
      </div>
      {actions ? <div className="page-header__actions">{actions}</div> : null}
    </div>
  );
}
