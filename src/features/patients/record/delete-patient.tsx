import { useNavigate } from '@tanstack/react-router';
import type { PatientId } from '../../../data/ids';
import { ConfirmDialog, useDialog } from '../../../ui/confirm-dialog';
import { useDeletePatient } from '../patient-mutations';

/** The delete button and its confirmation; nothing is removed until the clinician confirms. */
export function DeletePatient({
  patientId,
  name,
}: {
  readonly patientId: PatientId;
  readonly name: string;
}) {
  const dialog = useDialog();
  const navigate = useNavigate();
  const deletePatient = useDeletePatient();

  async function confirm() {
    await deletePatient.mutateAsync(patientId);
    dialog.close();
    await navigate({ to: '/patients' });
  }

  return (
    <>
      <button type="button" className="button button--danger-quiet" onClick={dialog.open}>
        Delete patient
      </button>
      <ConfirmDialog
        dialogRef={dialog.ref}
        title={`Delete ${name}?`}
        confirmLabel="Delete patient"
        busy={deletePatient.isPending}
        error={deletePatient.error?.message}
        onConfirm={() => {
          // The error is shown in the dialog (from the mutation state); nothing to do here.
          confirm().catch(() => undefined);
        }}
      >
        <p>
          This removes the patient and all of their visits from this device. It cannot be undone.
        </p>
      </ConfirmDialog>
    </>
  );
}
