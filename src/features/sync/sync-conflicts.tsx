import type { ConflictChoice } from '../../data/fhir/sync/sync-engine';
import type { ConflictInfo } from '../../data/fhir/sync/sync-status';
import { ConfirmDialog, useDialog } from '../../ui/confirm-dialog';
import { conflictLabel, describeConflict } from './sync-text';

interface ChoiceProps {
  readonly conflict: ConflictInfo;
  readonly label: string;
  readonly choice: ConflictChoice;
  readonly busy: boolean;
  readonly onChoose: (unitKey: string, choice: ConflictChoice) => void;
}

const BUTTON: Record<ConflictChoice, string> = {
  mine: 'Keep this device’s version',
  theirs: 'Use the server’s version',
};

/** One choice, confirmed in a dialog first: either way, one side's changes are replaced. */
function Choice({ conflict, label, choice, busy, onChoose }: ChoiceProps) {
  const dialog = useDialog();
  const deleted = conflict.reason === 'deleted-on-server';
  const text = deleted && choice === 'mine' ? 'Send this device’s version again' : BUTTON[choice];
  const title =
    choice === 'mine'
      ? deleted
        ? `Send ${label.toLowerCase()} to the server again?`
        : `Replace the server’s version of ${label.toLowerCase()}?`
      : `Replace this device’s version of ${label.toLowerCase()}?`;
  return (
    <>
      {/* The name starts with the visible words and adds which record it is about. */}
      <button
        type="button"
        className="button"
        onClick={dialog.open}
        disabled={busy}
        aria-label={`${text} (${label})`}
      >
        {text}
      </button>
      <ConfirmDialog
        dialogRef={dialog.ref}
        title={title}
        confirmLabel={choice === 'mine' ? 'Send this device’s version' : 'Use the server’s version'}
        busy={busy}
        onConfirm={() => {
          dialog.close();
          onChoose(conflict.unitKey, choice);
        }}
      >
        {choice === 'mine' ? (
          <p>
            {deleted
              ? 'The record was deleted on the server. Sending it again puts this device’s version back on the server for everyone who shares it.'
              : 'This device’s version is sent to the server and becomes the current version there. The changes made on the server since the last sync are replaced (a FHIR server usually keeps them in its history).'}
          </p>
        ) : (
          <p>
            The server’s version replaces the one on this device. The changes made on this device
            since the last sync are lost.
          </p>
        )}
      </ConfirmDialog>
    </>
  );
}

/** The records that changed on both sides: both times, and the clinician's choice for each. */
export function SyncConflicts({
  conflicts,
  busy,
  onChoose,
}: {
  readonly conflicts: readonly ConflictInfo[];
  readonly busy: boolean;
  readonly onChoose: (unitKey: string, choice: ConflictChoice) => void;
}) {
  return (
    <ul className="sync-conflicts">
      {conflicts.map((conflict) => {
        const label = conflictLabel(conflict);
        return (
          <li key={conflict.unitKey} className="sync-conflicts__item">
            <p>
              <strong>{label}</strong>: {describeConflict(conflict)}
            </p>
            <div className="form__actions">
              <Choice
                conflict={conflict}
                label={label}
                choice="mine"
                busy={busy}
                onChoose={onChoose}
              />
              {conflict.reason === 'deleted-on-server' ? null : (
                <Choice
                  conflict={conflict}
                  label={label}
                  choice="theirs"
                  busy={busy}
                  onChoose={onChoose}
                />
              )}
            </div>
          </li>
        );
      })}
    </ul>
  );
}
