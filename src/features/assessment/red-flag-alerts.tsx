import { memo } from 'react';
import type { FiredRedFlag } from '../../clinical/index.ts';
import { URGENCY_LABELS, witnessLabel } from './assessment-format';
import { LibraryLink, SourceList } from './source-list';

function RedFlagAlert({ flag }: { readonly flag: FiredRedFlag }) {
  return (
    <li className={`red-flag red-flag--${flag.urgency}`}>
      <p className="red-flag__title">
        <span className="red-flag__urgency">{URGENCY_LABELS[flag.urgency]}:</span>{' '}
        <LibraryLink kind="red-flags" id={flag.id} label={flag.name} />
      </p>
      <p>{flag.message}</p>
      <p>
        <strong>Action:</strong> {flag.action}
      </p>
      <p>
        <strong>Because:</strong> {flag.because.map(witnessLabel).join(', ')}
      </p>
      <SourceList ids={flag.sources} />
    </li>
  );
}

/**
 * Fired red flags, most urgent first, always in full: never collapsed, never behind a toggle.
 * The alert region stays mounted (empty when none fire) so a flag that appears while the
 * clinician records findings is announced at once.
 */
function RedFlagAlertsView({ flags }: { readonly flags: readonly FiredRedFlag[] }) {
  return (
    <div role="alert" className="red-flags-region">
      {flags.length === 0 ? null : (
        <div className="red-flags">
          <h2 className="red-flags__heading">
            {flags.length === 1 ? 'Red flag' : `Red flags (${flags.length})`}
          </h2>
          <ul className="red-flags__list">
            {flags.map((flag) => (
              <RedFlagAlert key={flag.id} flag={flag} />
            ))}
          </ul>
        </div>
      )}
    </div>
  );
}

export const RedFlagAlerts = memo(RedFlagAlertsView);
