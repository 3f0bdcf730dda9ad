import { memo, useRef, useState } from 'react';
import { flushSync } from 'react-dom';
import { doctorCheckFirst, editSummary, homeProgramme, KB_VERSION } from '../../clinical/index.ts';
import type { PlanContext, PlanDraft, PlanRecord, TreatmentFacts } from '../../clinical/index.ts';
import type { RedFlagAction } from '../../data/visits/visit.schema';
import { AddTreatment } from './add-treatment';
import { ContraindicatedSection } from './contraindicated-section';
import { GoalsSection } from './goals-section';
import { OverrideDialog } from './override-dialog';
import { PlanInput, PlanTextArea } from './plan-fields';
import { fieldKey, type CheckedPlan } from './plan-form';
import { AdviceSection, EscalationSection, HomeProgramme } from './plan-guidance';
import { conditionNames, countOf } from './plan-labels';
import { RedFlagActions } from './red-flag-actions';
import { RedraftNotice } from './redraft-notice';
import { TreatmentsSection, UndoNotice } from './treatments-section';
import { usePlanEditor } from './use-plan-editor';
import './plan.css';

function PlanSummary({ plan, draft }: { readonly plan: PlanRecord; readonly draft: PlanDraft }) {
  const edits = editSummary(plan);
  const parts = [
    edits.added > 0 ? `${countOf(edits.added, 'treatment')} added` : '',
    edits.removed > 0 ? `${countOf(edits.removed, 'drafted treatment')} removed` : '',
    edits.changed > 0
      ? `${countOf(edits.changed, 'dosage or note', 'dosages or notes')} changed`
      : '',
    edits.ownGoals > 0 ? `${countOf(edits.ownGoals, 'goal')} yours` : '',
  ].filter(Boolean);
  return (
    <div className="plan-summary">
      <p>
        <strong>Drafted by knowledge base {plan.kbVersion}</strong>
        {plan.kbVersion === KB_VERSION ? '' : ` (this app now uses ${KB_VERSION})`}
        {draft.leading.length > 0
          ? ` for ${conditionNames(draft.leading)}.`
          : '. The findings are too few to tailor the plan to a condition; it starts from general self-management.'}
      </p>
      <p>
        {edits.edited
          ? `Edited by you${parts.length > 0 ? `: ${parts.join(', ')}` : ' (order or goals)'}.`
          : 'As drafted: no changes yet.'}
      </p>
    </div>
  );
}

/**
 * The treatment-plan editor: red-flag actions first, then tiers 1 to 5 with every item's facts
 * and the clinician's dosage and notes; contraindicated treatments apart; goals; when to step up;
 * review date; home programme; prevention; when to see a doctor; notes. Every edit is checked
 * against the plan's schema and reported through `onChange`; a signed visit's plan is read-only.
 */
function PlanEditorView({
  initial,
  draft,
  context,
  visitDate,
  redFlagRecords,
  readOnly,
  compareHref,
  onChange,
}: {
  readonly initial: PlanRecord;
  /** A draft from the findings as they are now (offered as differences when it differs). */
  readonly draft: PlanDraft;
  readonly context: PlanContext;
  readonly visitDate: string;
  readonly redFlagRecords: readonly RedFlagAction[];
  readonly readOnly: boolean;
  readonly compareHref: (treatmentIds: readonly string[]) => string;
  readonly onChange: (checked: CheckedPlan) => void;
}) {
  const editor = usePlanEditor({ initial, visitDate, draft, context, onChange });
  const { plan, raw } = editor.state;
  const { errors } = editor.checked;
  const dialog = useRef<HTMLDialogElement>(null);
  const [overrideFor, setOverrideFor] = useState<TreatmentFacts | null>(null);
  const askOverride = (facts: TreatmentFacts) => {
    flushSync(() => {
      setOverrideFor(facts);
    });
    dialog.current?.showModal();
  };
  const contraindicatedInPlan = plan.items.flatMap((item) => {
    const facts = editor.facts(item.treatmentId);
    return facts !== undefined && facts.avoid.length > 0 ? [{ item, facts }] : [];
  });
  const excluded = draft.excluded.flatMap((e) => {
    const facts = editor.facts(e.treatmentId);
    return facts === undefined || editor.inPlan.has(e.treatmentId) ? [] : [facts];
  });
  const undoGoal = editor.undo?.kind === 'goal' ? editor.undo : null;
  return (
    <div className="plan-editor">
      <p className="visually-hidden" role="status">
        {editor.announcement}
      </p>
      <RedFlagActions actions={draft.redFlagActions} records={redFlagRecords} />
      <PlanSummary plan={plan} draft={draft} />
      {readOnly ? null : (
        <RedraftNotice
          differences={editor.differences}
          onApply={editor.redraft.apply}
          onDismiss={editor.redraft.dismiss}
          onApplyAll={editor.redraft.applyAll}
        />
      )}
      <TreatmentsSection
        items={plan.items}
        facts={editor.facts}
        errors={errors}
        readOnly={readOnly}
        selected={editor.selected}
        actions={editor.item}
        undo={editor.undo}
        onUndo={editor.undoRemoval}
        compareHref={compareHref}
        doctorFirst={doctorCheckFirst(draft.redFlagActions, redFlagRecords)}
      >
        {readOnly ? null : (
          <AddTreatment
            inPlan={editor.inPlan}
            factsOf={editor.facts}
            onAdd={(id) => {
              editor.add(id);
            }}
            onAddWithOverride={askOverride}
          />
        )}
      </TreatmentsSection>
      <ContraindicatedSection
        excluded={excluded}
        inPlan={contraindicatedInPlan}
        readOnly={readOnly}
        onAddWithOverride={askOverride}
      />
      <GoalsSection
        goals={plan.goals}
        raw={raw}
        errors={errors}
        readOnly={readOnly}
        visitDate={visitDate}
        reviewDate={plan.reviewDate}
        actions={editor.goal}
        undoNotice={
          undoGoal === null ? null : (
            <UndoNotice
              text={`Removed goal ${undoGoal.number}.`}
              label={`Undo: put goal ${undoGoal.number} back`}
              onUndo={editor.undoRemoval}
            />
          )
        }
      />
      <EscalationSection escalation={draft.escalation} />
      <section className="plan-section" aria-labelledby="plan-review-heading">
        <h2 id="plan-review-heading">Review</h2>
        <PlanInput
          label="Review date"
          type="date"
          className="field--narrow"
          min={visitDate}
          value={raw[fieldKey.reviewDate] ?? plan.reviewDate}
          readOnly={readOnly}
          hint={`The draft suggests a review ${countOf(draft.reviewInDays, 'day')} after the visit.`}
          error={errors.get(fieldKey.reviewDate)}
          onChange={(e) => {
            editor.setReviewDate(e.target.value);
          }}
        />
      </section>
      <HomeProgramme exercises={homeProgramme(plan)} />
      <AdviceSection id="plan-prevention-heading" title="Prevention" advice={draft.prevention} />
      <AdviceSection
        id="plan-safety-heading"
        title="When to see a doctor"
        intro="Tell the patient to get help if any of these happen."
        advice={draft.safetyNet}
      />
      <section className="plan-section plan-notes" aria-labelledby="plan-notes-heading">
        <h2 id="plan-notes-heading">Notes</h2>
        <PlanTextArea
          label="Plan notes (for the clinical record)"
          rows={4}
          value={plan.notes}
          readOnly={readOnly}
          error={errors.get(fieldKey.notesAll)}
          onChange={(e) => {
            editor.setNotes(e.target.value);
          }}
        />
      </section>
      {readOnly ? null : (
        <OverrideDialog
          dialogRef={dialog}
          facts={overrideFor}
          onConfirm={(id, reason) => {
            dialog.current?.close();
            editor.add(id, reason);
          }}
        />
      )}
    </div>
  );
}

/** Memoised: the page re-renders on every save-state change, which the editor does not show. */
export const PlanEditor = memo(PlanEditorView);
