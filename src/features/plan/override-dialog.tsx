import { zodResolver } from '@hookform/resolvers/zod';
import { useId, type RefObject } from 'react';
import { useForm } from 'react-hook-form';
import type { TreatmentFacts } from '../../clinical/index.ts';
import { overrideFormSchema, type OverrideForm } from './plan-form';
import { PlanTextArea } from './plan-fields';

function OverrideFormBody({
  facts,
  onConfirm,
  onCancel,
}: {
  readonly facts: TreatmentFacts;
  readonly onConfirm: (reason: string) => void;
  readonly onCancel: () => void;
}) {
  const { register, handleSubmit, formState } = useForm<OverrideForm>({
    resolver: zodResolver(overrideFormSchema),
    defaultValues: { reason: '' },
  });
  return (
    <form
      noValidate
      onSubmit={(event) => {
        void handleSubmit(({ reason }) => {
          onConfirm(reason);
        })(event);
      }}
    >
      <p>
        <strong>Contraindicated for this patient:</strong>
      </p>
      <ul>
        {facts.avoid.map((reason) => (
          <li key={reason}>{reason}</li>
        ))}
      </ul>
      <PlanTextArea
        label="Reason for adding it anyway"
        hint="Kept with the plan and printed in the clinical record."
        rows={3}
        error={formState.errors.reason?.message}
        {...register('reason')}
      />
      <div className="dialog__actions">
        <button type="button" className="button" onClick={onCancel}>
          Cancel
        </button>
        <button type="submit" className="button button--primary">
          Add with override
        </button>
      </div>
    </form>
  );
}

/**
 * Asks for the written reason a contraindicated treatment needs before it goes into the plan. A
 * native modal dialog: the browser keeps focus inside, Escape cancels, and focus returns to the
 * button that opened it.
 */
export function OverrideDialog({
  dialogRef,
  facts,
  onConfirm,
}: {
  readonly dialogRef: RefObject<HTMLDialogElement | null>;
  readonly facts: TreatmentFacts | null;
  readonly onConfirm: (treatmentId: string, reason: string) => void;
}) {
  const titleId = useId();
  return (
    <dialog ref={dialogRef} className="dialog plan-override" aria-labelledby={titleId}>
      <h2 id={titleId} className="dialog__title">
        {facts === null ? 'Add with override' : `Add ${facts.treatment.name} with override`}
      </h2>
      {facts === null ? null : (
        // Keyed, so each treatment starts with an empty reason.
        <OverrideFormBody
          key={facts.treatment.id}
          facts={facts}
          onConfirm={(reason) => {
            onConfirm(facts.treatment.id, reason);
          }}
          onCancel={() => dialogRef.current?.close()}
        />
      )}
    </dialog>
  );
}
