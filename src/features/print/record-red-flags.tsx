import { RED_FLAGS } from '../../clinical/index.ts';
import type { FiredRedFlag } from '../../clinical/index.ts';
import { RED_FLAG_RESPONSE_LABELS } from '../../data/visits/visit-labels';
import type { RedFlagAction } from '../../data/visits/visit.schema';
import { formatDateTime } from '../../lib/dates';
import { useVocabulary } from './print-vocabulary';
import type { SourceIndex } from './record-sources';

const FLAG_NAMES: ReadonlyMap<string, string> = new Map(RED_FLAGS.map((f) => [f.id, f.name]));

function ActionDone({ action }: { readonly action: RedFlagAction | undefined }) {
  const words = useVocabulary();
  if (action === undefined) {
    return (
      <p>
        <strong>What was done:</strong> nothing recorded yet.
      </p>
    );
  }
  const urgency = action.urgency === undefined ? '' : ` (${words.urgency[action.urgency]})`;
  const by = action.recordedBy === '' ? '' : ` by ${action.recordedBy}`;
  return (
    <p>
      <strong>What was done:</strong> {RED_FLAG_RESPONSE_LABELS[action.response]}
      {urgency}
      {action.note === '' ? '' : `: ${action.note}`}. Recorded{by} on{' '}
      {formatDateTime(action.recordedAt)}.
    </p>
  );
}

/**
 * Every red flag that fires on the findings, most urgent first, with the action, why it fired and
 * what the clinician recorded doing about it. An action recorded for a flag that no longer fires
 * is kept too: the record never drops what was done.
 */
export function RecordRedFlags({
  flags,
  actions,
  sources,
}: {
  readonly flags: readonly FiredRedFlag[];
  readonly actions: readonly RedFlagAction[];
  readonly sources: SourceIndex;
}) {
  const words = useVocabulary();
  const byFlag = new Map(actions.map((a) => [a.redFlagId, a]));
  const firing = new Set<string>(flags.map((f) => f.id));
  const earlier = actions.filter((a) => !firing.has(a.redFlagId));
  if (flags.length === 0 && earlier.length === 0) return null;
  return (
    <section className="print-section print-red-flags" aria-labelledby="record-red-flags">
      <h2 id="record-red-flags">
        {flags.length === 1 ? 'Red flag' : `Red flags (${String(flags.length)})`}
      </h2>
      <ul className="print-list">
        {flags.map((flag) => (
          <li key={flag.id} className="print-item print-red-flag">
            <p className="print-item__title">
              {words.urgency[flag.urgency]}: {flag.name}
            </p>
            <p>{flag.message}</p>
            <p>
              <strong>Action:</strong> {flag.action} {sources.cite(flag.sources)}
            </p>
            <p>
              <strong>Because:</strong> {flag.because.map(words.witness).join(', ')}
            </p>
            <ActionDone action={byFlag.get(flag.id)} />
          </li>
        ))}
        {earlier.map((action) => (
          <li key={action.redFlagId} className="print-item">
            <p className="print-item__title">
              Recorded for a red flag that no longer fires:{' '}
              {FLAG_NAMES.get(action.redFlagId) ?? action.redFlagId}
            </p>
            <ActionDone action={action} />
          </li>
        ))}
      </ul>
    </section>
  );
}
