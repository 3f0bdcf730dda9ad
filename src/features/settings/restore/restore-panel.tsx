import { useId } from 'react';
import { MAX_BACKUP_SIZE_LABEL } from '../../../data/backup/backup-format';
import { Notice } from '../../../ui/notice';
import { RestoreFailure } from './restore-failure';
import { isBusy, RestoreProgress, stageLabel } from './restore-progress';
import { RestoreReview } from './restore-review';
import { RestoreSummary } from './restore-summary';
import { useRestore, type RestoreState } from './use-restore';

/** What a screen reader hears as the restore moves on (the visible text says the same). */
function announcement(state: RestoreState): string {
  if (isBusy(state)) return `${stageLabel(state)}…`;
  switch (state.step) {
    case 'idle':
      return '';
    case 'invalid':
    case 'failed':
      return 'Nothing was restored.';
    case 'review':
      return 'The file is valid. Check what will be restored, then choose Restore.';
    case 'done':
      return 'Restore complete.';
  }
}

export function RestorePanel() {
  const restore = useRestore();
  const { state } = restore;
  const inputId = useId();
  const hintId = useId();
  return (
    <div className="restore">
      <h3>Restore from a backup</h3>
      <p id={hintId}>
        Choose a backup file exported from this app (a .json file, at most {MAX_BACKUP_SIZE_LABEL}
        ). The whole file is checked first: if any record in it is damaged or invalid, nothing is
        restored. Restoring adds what this device lacks and never deletes anything; where a record
        differs between the file and this device, you choose which to keep.
      </p>
      <div className="field">
        <label className="field__label" htmlFor={inputId}>
          Backup file
        </label>
        <input
          id={inputId}
          type="file"
          accept=".json,application/json"
          className="restore__input"
          aria-describedby={hintId}
          disabled={isBusy(state)}
          onChange={(event) => {
            const file = event.currentTarget.files?.[0];
            // Cleared so choosing the same file again (after fixing it) starts over.
            event.currentTarget.value = '';
            if (file) void restore.chooseFile(file);
          }}
        />
      </div>
      <p role="status" className="visually-hidden">
        {announcement(state)}
      </p>
      {isBusy(state) ? <RestoreProgress state={state} /> : null}
      {state.step === 'invalid' ? (
        <RestoreFailure fileName={state.fileName} failure={state.failure} />
      ) : null}
      {state.step === 'failed' ? (
        <Notice tone="error" title={state.title}>
          <ul>
            {state.messages.map((message) => (
              <li key={message}>{message}</li>
            ))}
          </ul>
          {state.backup ? (
            <p>
              <button
                type="button"
                className="button"
                onClick={() => {
                  if (state.backup) void restore.checkAgain(state.fileName, state.backup);
                }}
              >
                Compare the file with this device again
              </button>
            </p>
          ) : null}
        </Notice>
      ) : null}
      {state.step === 'review' ? (
        <RestoreReview
          state={state}
          onChoose={restore.choose}
          onChooseAll={restore.chooseAll}
          onApply={() => void restore.apply()}
          onCancel={restore.cancel}
        />
      ) : null}
      {state.step === 'done' ? (
        <RestoreSummary fileName={state.fileName} backup={state.backup} result={state.result} />
      ) : null}
    </div>
  );
}
