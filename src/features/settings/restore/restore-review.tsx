import { useMemo } from 'react';
import { entryKey, type Choice } from '../../../data/backup/import-plan';
import { resolveImport, summarisePlan } from '../../../data/backup/import-resolve';
import { asRecord, textField } from '../../../data/backup/record-rules';
import type { BackupStore } from '../../../data/backup/backup-format';
import { formatDateTime } from '../../../lib/dates';
import { pluralise } from '../../../lib/numbers';
import { Notice } from '../../../ui/notice';
import { ConflictList } from './conflict-list';
import { CountsTable } from './counts-table';
import { describeEffect, patientName } from './restore-format';
import type { RestoreState } from './use-restore';

type Review = Extract<RestoreState, { step: 'review' }>;

/** Patient names by id, from the file and from this device, to say whose visit is in conflict. */
function patientNames(state: Review): Map<string, string> {
  const names = new Map<string, string>();
  for (const row of state.plan.device.get('patients')?.values() ?? []) {
    const record = asRecord(row);
    const id = record ? textField(record, 'id') : undefined;
    if (record && id) names.set(id, patientName(record));
  }
  for (const record of state.backup.records.patients ?? []) {
    const id = textField(record, 'id');
    if (id) names.set(id, patientName(record));
  }
  return names;
}

/** What the file holds against this device, the conflicts to decide, then one button. */
export function RestoreReview({
  state,
  onChoose,
  onChooseAll,
  onApply,
  onCancel,
}: {
  readonly state: Review;
  readonly onChoose: (store: BackupStore, id: string, choice: Choice) => void;
  readonly onChooseAll: (choice: Choice) => void;
  readonly onApply: () => void;
  readonly onCancel: () => void;
}) {
  const { backup, plan, choices, fileName } = state;
  const summary = useMemo(() => summarisePlan(plan), [plan]);
  const resolved = useMemo(() => resolveImport(plan, choices), [plan, choices]);
  const names = useMemo(() => patientNames(state), [state]);
  const conflicts = plan.entries.filter((entry) => entry.status === 'conflict');
  const settings = resolved.writes.find((write) => write.store === 'settings')?.record;
  const newServer = settings ? textField(settings, 'fhirBaseUrl') : undefined;
  const taking = conflicts.filter((e) => choices.get(entryKey(e.store, e.id)) === 'incoming');
  return (
    <section className="restore-review" aria-labelledby="restore-review-title">
      <h4 id="restore-review-title">Check before restoring</h4>
      <p>
        <span className="restore__file">{fileName}</span> was exported on{' '}
        {formatDateTime(backup.meta.exportedAt)} by version {backup.meta.appVersion} of the app
        (knowledge base {backup.meta.kbVersion}). Every record in it is valid.
      </p>
      {backup.migratedRecords > 0 ? (
        <p>
          {pluralise(backup.migratedRecords, 'record')} in it{' '}
          {backup.migratedRecords === 1 ? 'was' : 'were'} saved by an older version of the app and
          will be brought up to date as {backup.migratedRecords === 1 ? 'it is' : 'they are'}{' '}
          restored, exactly as the app does at start-up.
        </p>
      ) : null}
      <CountsTable
        caption="The file compared with this device"
        columns={[
          { label: 'New: will be added', counts: summary.added },
          { label: 'Identical: skipped', counts: summary.identical },
          { label: 'Conflicting: your choice', counts: summary.conflicting },
        ]}
      />
      {backup.unreadable.length > 0 ? (
        <Notice
          tone="warning"
          live={false}
          title={`${pluralise(backup.unreadable.length, 'record')} in the file could not be read when it was made, and will not be restored.`}
        >
          <p>They stay in the file as they were stored.</p>
        </Notice>
      ) : null}
      {newServer ? (
        <Notice
          tone="warning"
          live={false}
          title={`Restoring sets the FHIR server to ${newServer}.`}
        >
          <p>
            The app could then send patient records to that server when you synchronise. Check it
            under Preferences after restoring, and empty it if this device should keep records to
            itself.
          </p>
        </Notice>
      ) : null}
      {conflicts.length > 0 ? (
        <ConflictList
          conflicts={conflicts}
          choices={choices}
          names={names}
          onChoose={onChoose}
          onChooseAll={onChooseAll}
        />
      ) : null}
      {resolved.problems.length > 0 ? (
        <Notice tone="error" title="This restore cannot be done as it stands.">
          <ul>
            {resolved.problems.map((problem) => (
              <li key={`${problem.store}-${problem.id}`}>{problem.message}</li>
            ))}
          </ul>
        </Notice>
      ) : null}
      <div className="form__actions">
        <button
          type="button"
          className="button button--primary"
          disabled={resolved.problems.length > 0}
          onClick={onApply}
        >
          Restore
        </button>
        <button type="button" className="button" onClick={onCancel}>
          Cancel
        </button>
        <p className="muted restore-review__effect">
          {describeEffect(
            summary.added.patients + summary.added.visits + summary.added.settings,
            taking.length,
          )}
        </p>
      </div>
    </section>
  );
}
