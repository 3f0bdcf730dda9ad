import type { PatientId } from '../../data/ids';
import { Notice } from '../../ui/notice';
import { SyncConflicts } from './sync-conflicts';
import { describeSync } from './sync-text';
import { usePatientSync } from './use-patient-sync';
import './sync-panel.css';

/**
 * The patient's FHIR server state on the patient screen: a badge and a sentence (never colour
 * alone), what went wrong and a way to retry, the conflicts to resolve, and "Sync now".
 */
export function PatientSyncPanel({ patientId }: { readonly patientId: PatientId }) {
  const { status, run, runState } = usePatientSync(patientId);
  if (status.isPending) return null;
  if (status.isError) {
    return (
      <section className="panel sync-panel" aria-labelledby="sync-heading">
        <h2 id="sync-heading">FHIR server</h2>
        <p>The sync state cannot be read: {status.error.message}</p>
      </section>
    );
  }
  const current = status.data;
  const text = describeSync(current, runState);
  const busy = run.isPending;
  // Failures the sync recorded show in the state line; anything else (it could not start) here.
  const runError =
    !run.isPending && run.isError && current.kind !== 'failed' ? run.error : undefined;
  const failed = current.kind === 'failed' || runError !== undefined;
  return (
    <section
      className="panel sync-panel"
      aria-labelledby="sync-heading"
      data-sync-state={text.state}
    >
      <div className="sync-panel__head">
        <h2 id="sync-heading">FHIR server</h2>
        {current.kind === 'local-only' ? null : (
          <button
            type="button"
            className={failed ? 'button button--primary' : 'button'}
            disabled={busy}
            onClick={() => {
              run.mutate(undefined);
            }}
          >
            {busy ? 'Syncing…' : failed ? 'Retry now' : 'Sync now'}
          </button>
        )}
      </div>
      <p role="status" className="sync-panel__state">
        <span className={`badge sync-badge sync-badge--${text.state}`}>{text.badge}</span>{' '}
        {text.sentence}
      </p>
      {runError ? (
        <Notice tone="error" title="Not synced: nothing on this device was changed.">
          <p>{runError.message}.</p>
        </Notice>
      ) : null}
      {current.kind === 'conflict' ? (
        <SyncConflicts
          conflicts={current.conflicts}
          busy={busy}
          onChoose={(unitKey, choice) => {
            run.mutate({ unitKey, choice });
          }}
        />
      ) : null}
    </section>
  );
}
