import type { PlanDraft } from '../../clinical/index.ts';
import { RED_FLAG_RESPONSE_LABELS } from '../../data/visits/visit-labels';
import type { RedFlagAction } from '../../data/visits/visit.schema';
import { formatDateTime } from '../../lib/dates';
import { URGENCY_LABELS } from './plan-labels';

function Recorded({ record }: { readonly record: RedFlagAction | undefined }) {
  if (record === undefined) {
    return (
      <p>
        <strong>Not recorded yet:</strong> record what was done in the visit workspace before the
        visit is signed.
      </p>
    );
  }
  const urgency =
    record.urgency === undefined ? '' : ` (${URGENCY_LABELS[record.urgency].toLowerCase()})`;
  return (
    <p>
      <strong>Recorded:</strong> {RED_FLAG_RESPONSE_LABELS[record.response]}
      {urgency}
      {record.note === '' ? '' : `: ${record.note}`}. {record.recordedBy || 'Clinician'},{' '}
      {formatDateTime(record.recordedAt)}.
    </p>
  );
}

/**
 * Red-flag actions come before any treatment: what each flag asks for, how urgently, and what was
 * recorded about it in the visit.
 */
export function RedFlagActions({
  actions,
  records,
}: {
  readonly actions: PlanDraft['redFlagActions'];
  readonly records: readonly RedFlagAction[];
}) {
  if (actions.length === 0) return null;
  return (
    <section className="plan-section plan-red-flags" aria-labelledby="plan-red-flags-heading">
      <h2 id="plan-red-flags-heading">
        {actions.length === 1 ? 'Red flag: act first' : `Red flags (${actions.length}): act first`}
      </h2>
      <ul className="plan-red-flags__list">
        {actions.map((flag) => (
          <li key={flag.id} className="plan-red-flag">
            <p className="plan-red-flag__title">
              <span className="plan-red-flag__urgency">{URGENCY_LABELS[flag.urgency]}:</span>{' '}
              {flag.name}
            </p>
            <p>
              <strong>Action:</strong> {flag.action}
            </p>
            <Recorded record={records.find((r) => r.redFlagId === flag.id)} />
          </li>
        ))}
      </ul>
    </section>
  );
}
