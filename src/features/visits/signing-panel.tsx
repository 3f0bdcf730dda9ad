import type { SigningCheck } from '../../data/visits/visit-signing';
import type { RedFlagAction, Visit } from '../../data/visits/visit.schema';
import { RED_FLAG_RESPONSE_LABELS } from '../../data/visits/visit-labels';
import { RedFlagResponseForm } from './red-flag-response-form';

/**
 * The red-flag gate and signing. Each red flag present needs a recorded action before the visit
 * can be signed; the blockers are listed in words, and the sign button stays disabled (with the
 * reason linked) until there are none.
 */
export function SigningPanel({
  visit,
  check,
  busy,
  onRecordAction,
  onSign,
}: {
  readonly visit: Visit;
  readonly check: SigningCheck;
  readonly busy: boolean;
  readonly onRecordAction: (
    action: Pick<RedFlagAction, 'redFlagId' | 'response' | 'note'> & {
      urgency?: RedFlagAction['urgency'];
    },
  ) => Promise<void>;
  readonly onSign: () => Promise<void>;
}) {
  const actions = new Map(visit.redFlagActions.map((a) => [a.redFlagId, a]));
  const flags = check.assessment.redFlags;
  return (
    <section className="panel signing-panel" aria-labelledby="signing-heading">
      <h2 id="signing-heading">Red-flag actions and signing</h2>
      {flags.length === 0 ? (
        <p>No red flags are present. Signing locks the visit; later notes become addenda.</p>
      ) : null}
      {flags.map((flag) => {
        const action = actions.get(flag.id);
        return (
          <div key={flag.id} className="signing-panel__flag">
            <h3>{flag.name}</h3>
            {action === undefined ? (
              <p className="signing-panel__unanswered">
                <strong>Action needed:</strong> {flag.action}
              </p>
            ) : (
              <p>
                Recorded: {RED_FLAG_RESPONSE_LABELS[action.response]}
                {action.urgency === undefined ? '' : ` (${action.urgency})`}
                {action.note === '' ? '' : ` — ${action.note}`} by {action.recordedBy || 'unknown'}{' '}
                at {new Date(action.recordedAt).toLocaleString()}.
              </p>
            )}
            <RedFlagResponseForm
              flag={flag}
              current={action}
              disabled={busy}
              onSubmit={(a) => onRecordAction({ ...a, redFlagId: flag.id })}
            />
          </div>
        );
      })}
      {check.blockers.length > 0 ? (
        <div id="sign-blockers">
          <p>Before signing:</p>
          <ul>
            {check.blockers.map((blocker) => (
              <li key={blocker}>{blocker}</li>
            ))}
          </ul>
        </div>
      ) : null}
      <div className="form__actions">
        <button
          type="button"
          className="button button--primary"
          disabled={busy || !check.ready}
          aria-describedby={check.ready ? undefined : 'sign-blockers'}
          onClick={() => void onSign()}
        >
          Sign visit
        </button>
      </div>
    </section>
  );
}
