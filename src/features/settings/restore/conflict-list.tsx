import { entryKey, type Choice, type PlanEntry } from '../../../data/backup/import-plan';
import { textField } from '../../../data/backup/record-rules';
import type { BackupStore } from '../../../data/backup/backup-format';
import { pluralise } from '../../../lib/numbers';
import { conflictTitle, describeDifferences, lastChanged } from './restore-format';

type OnChoose = (store: BackupStore, id: string, choice: Choice) => void;

function ConflictChoice({
  entry,
  choice,
  names,
  onChoose,
}: {
  readonly entry: PlanEntry;
  readonly choice: Choice;
  readonly names: ReadonlyMap<string, string>;
  readonly onChoose: OnChoose;
}) {
  const name = entryKey(entry.store, entry.id);
  const existing = entry.existing?.readable ? entry.existing.record : undefined;
  const signed = existing && textField(existing, 'status') === 'signed';
  return (
    <fieldset className="conflict">
      <legend className="conflict__title">{conflictTitle(entry, names)}</legend>
      {entry.existing?.readable === false ? (
        <p>
          This device’s record cannot be read ({entry.existing.reason}). Taking the backup’s
          replaces it.
        </p>
      ) : (
        <p>Differs in: {describeDifferences(entry.differences)}.</p>
      )}
      {signed ? <p>This device’s version is a signed visit.</p> : null}
      <label className="field__option">
        <input
          type="radio"
          name={name}
          value="device"
          checked={choice === 'device'}
          onChange={() => {
            onChoose(entry.store, entry.id, 'device');
          }}
        />{' '}
        Keep this device’s ({lastChanged(existing, entry.incoming)})
      </label>
      <label className="field__option">
        <input
          type="radio"
          name={name}
          value="incoming"
          checked={choice === 'incoming'}
          onChange={() => {
            onChoose(entry.store, entry.id, 'incoming');
          }}
        />{' '}
        Take the backup’s ({lastChanged(entry.incoming, existing)})
      </label>
      <details className="conflict__fields">
        <summary>Exact fields that differ</summary>
        <p>
          <code>{entry.differences.join(', ')}</code>
        </p>
      </details>
    </fieldset>
  );
}

/**
 * Every conflict, each with its own choice. This device's version is kept unless the clinician
 * chooses the backup's: a conflict is never settled silently.
 */
export function ConflictList({
  conflicts,
  choices,
  names,
  onChoose,
  onChooseAll,
}: {
  readonly conflicts: readonly PlanEntry[];
  readonly choices: ReadonlyMap<string, Choice>;
  readonly names: ReadonlyMap<string, string>;
  readonly onChoose: OnChoose;
  readonly onChooseAll: (choice: Choice) => void;
}) {
  return (
    <section className="conflicts" aria-labelledby="restore-conflicts-title">
      <h5 id="restore-conflicts-title" className="conflicts__title">
        {pluralise(conflicts.length, 'conflict')}: choose which version to keep
      </h5>
      <p>
        These records are both on this device and in the file, with different content. This device’s
        version is kept unless you choose the backup’s.
      </p>
      <div className="conflicts__all">
        <button
          type="button"
          className="button"
          onClick={() => {
            onChooseAll('device');
          }}
        >
          Keep this device’s for all
        </button>
        <button
          type="button"
          className="button"
          onClick={() => {
            onChooseAll('incoming');
          }}
        >
          Take the backup’s for all
        </button>
      </div>
      <ol className="conflicts__list">
        {conflicts.map((entry) => (
          <li key={entryKey(entry.store, entry.id)}>
            <ConflictChoice
              entry={entry}
              choice={choices.get(entryKey(entry.store, entry.id)) ?? 'device'}
              names={names}
              onChoose={onChoose}
            />
          </li>
        ))}
      </ol>
    </section>
  );
}
