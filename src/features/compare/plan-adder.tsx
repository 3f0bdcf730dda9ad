import { Link } from '@tanstack/react-router';
import { useState, type ReactNode, type RefObject } from 'react';
import type { ComparedOption, PatientJudgement, TreatmentOption } from '../../clinical/index.ts';
import type { Visit } from '../../data/visits/visit.schema';
import { formatDate } from '../../lib/dates';
import { ConfirmDialog, useDialog } from '../../ui/confirm-dialog';
import { TextAreaField } from '../../ui/field';
import { useAddToPlan } from './use-add-to-plan';

export interface PlanRow {
  readonly label: ReactNode;
  readonly cell: (option: ComparedOption) => ReactNode;
}

const NEEDS_REASON = 'Write why this contraindicated treatment is added';

/**
 * Asks why a treatment contraindicated for this patient is added anyway. Its own component, so
 * typing the reason re-renders the dialog only, not the whole comparison.
 */
function OverrideDialog({
  dialogRef,
  option,
  busy,
  error,
  onConfirm,
}: {
  readonly dialogRef: RefObject<HTMLDialogElement | null>;
  readonly option: TreatmentOption | null;
  readonly busy: boolean;
  readonly error: string | undefined;
  readonly onConfirm: (reason: string) => void;
}) {
  const [reason, setReason] = useState('');
  const [reasonError, setReasonError] = useState<string | undefined>(undefined);
  // A new treatment asked about starts with an empty reason (state reset during render, no effect).
  const [askedFor, setAskedFor] = useState(option?.id);
  if (option?.id !== askedFor) {
    setAskedFor(option?.id);
    setReason('');
    setReasonError(undefined);
  }
  return (
    <ConfirmDialog
      dialogRef={dialogRef}
      title={option === null ? 'Add to plan' : `Add ${option.label} despite the contraindication?`}
      confirmLabel="Add with this reason"
      busy={busy}
      error={error}
      onConfirm={() => {
        if (reason.trim() === '') setReasonError(NEEDS_REASON);
        else onConfirm(reason);
      }}
    >
      <p>
        Contraindicated for this patient:{' '}
        {option?.judgement?.concerns
          .filter((c) => c.severity === 'avoid')
          .map((c) => c.reason)
          .join(' ')}
      </p>
      <TextAreaField
        label="Why add it anyway"
        hint="Kept with the plan item and shown wherever the plan is."
        rows={3}
        value={reason}
        error={reasonError}
        onChange={(event) => {
          setReason(event.target.value);
          setReasonError(undefined);
        }}
      />
    </ConfirmDialog>
  );
}

/**
 * "Add to plan" for each compared treatment of a draft visit. A treatment contraindicated for
 * this patient goes in only with a written reason, asked for in a dialog and kept with the item.
 * Renders the table through `children`, with the status line and the dialog around it.
 */
export function PlanAdder({
  visit,
  judgement,
  children,
}: {
  readonly visit: Visit;
  readonly judgement: PatientJudgement;
  readonly children: (planRow: PlanRow) => ReactNode;
}) {
  const adder = useAddToPlan(visit, judgement);
  const dialog = useDialog();
  const [asking, setAsking] = useState<TreatmentOption | null>(null);
  const [added, setAdded] = useState<string | null>(null);

  const add = (option: TreatmentOption, overrideReason?: string) => {
    setAdded(null);
    adder.mutate(
      { option, ...(overrideReason === undefined ? {} : { overrideReason }) },
      {
        onSuccess: () => {
          setAdded(option.label);
          setAsking(null);
          dialog.close();
        },
      },
    );
  };
  const request = (option: TreatmentOption) => {
    if (option.judgement?.contraindicated !== true) {
      setAsking(null);
      add(option);
      return;
    }
    setAsking(option);
    adder.reset();
    dialog.open();
  };
  const inPlan = (id: string) => visit.plan?.items.some((item) => item.treatmentId === id) === true;

  const planRow: PlanRow = {
    label: (
      <>
        This visit’s plan
        {visit.plan === undefined ? (
          <span className="compare-table__hint">
            No plan yet: the first addition drafts one from the assessment, as the plan screen does.
          </span>
        ) : null}
      </>
    ),
    cell: (option) => {
      if (option.kind === 'tier')
        return <p className="muted">Tiers are compared as a whole; add single treatments.</p>;
      if (inPlan(option.id))
        return (
          <p>
            <span aria-hidden="true">✓ </span>In the plan
          </p>
        );
      return (
        <button
          type="button"
          className="button"
          disabled={adder.isPending}
          onClick={() => {
            request(option);
          }}
          aria-label={`Add ${option.label} to the plan`}
        >
          Add to plan{option.judgement?.contraindicated === true ? '…' : ''}
        </button>
      );
    },
  };

  return (
    <>
      <div className="compare-plan-status">
        <p role="status">
          {added === null
            ? ''
            : `${added} added to the plan of the visit on ${formatDate(visit.date)}. `}
          {added === null ? null : (
            <Link
              to="/patients/$patientId/visits/$visitId"
              params={{ patientId: visit.patientId, visitId: visit.id }}
            >
              Open the visit
            </Link>
          )}
        </p>
        {adder.isError && asking === null ? (
          <p role="alert" className="field__error">
            <span className="field__error-prefix">Error:</span> {adder.error.message}
          </p>
        ) : null}
      </div>
      {children(planRow)}
      <OverrideDialog
        dialogRef={dialog.ref}
        option={asking}
        busy={adder.isPending}
        error={adder.isError && asking !== null ? adder.error.message : undefined}
        onConfirm={(reason) => {
          if (asking !== null) add(asking, reason);
        }}
      />
    </>
  );
}
