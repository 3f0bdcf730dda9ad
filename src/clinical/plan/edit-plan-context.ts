import type { ConditionId } from '../knowledge-base/conditions.ts';
import { TREATMENT_LIST } from '../knowledge-base/treatment-list.ts';
import type { Treatment } from '../knowledge-base/treatment-list.ts';
import type { Findings } from '../knowledge-base/types.ts';
import type { Assessment } from '../scoring/assess.ts';
import { sanitizeFindings } from '../scoring/sanitize.ts';
import type { PlanDraft } from './build-plan.ts';
import { concernsFor } from './contraindications.ts';
import type { Concern } from './contraindications.ts';
import { isHomeExercise } from './home-exercise.ts';
import type { PlanRecord } from './plan-record.ts';
import { tierOf } from './plan-record.ts';

/**
 * What the plan editor needs to judge any treatment for this patient, whether the draft chose it
 * or the clinician added it: the assessment, the valid findings and the conditions the plan was
 * drafted for.
 */
export interface PlanContext {
  readonly assessment: Assessment;
  readonly findings: Findings;
  /** The draft's leading conditions (buildPlan's `leading`). */
  readonly leading: readonly ConditionId[];
}

export function planContext(
  assessment: Assessment,
  rawFindings: Readonly<Record<string, unknown>>,
  draft: Pick<PlanDraft, 'leading'>,
): PlanContext {
  return { assessment, findings: sanitizeFindings(rawFindings), leading: draft.leading };
}

/** One treatment judged for this patient, as the plan shows it. */
export interface TreatmentFacts {
  readonly treatment: Treatment;
  /** Leading conditions it fits. */
  readonly fits: readonly ConditionId[];
  /** Reasons to avoid it for this patient: adding it needs a written override. */
  readonly avoid: readonly string[];
  /** Reasons for caution: it may be used, with these in mind. */
  readonly cautions: readonly string[];
}

const BY_ID: ReadonlyMap<string, Treatment> = new Map(TREATMENT_LIST.map((t) => [t.id, t]));

/**
 * The concerns buildPlan would raise for a treatment: red flags that contraindicate it,
 * conditions of concern (the leading ones and those a red flag suspects) it must be avoided in,
 * and contraindication rules that hold on the findings.
 */
export function treatmentConcerns(context: PlanContext, treatment: Treatment): readonly Concern[] {
  const ofConcern = new Set<ConditionId>([
    ...context.leading,
    ...context.assessment.redFlags.flatMap((f) => f.suspects),
  ]);
  return concernsFor(treatment, context.findings, context.assessment.redFlags, ofConcern);
}

/** A knowledge-base treatment judged for this patient; undefined for an id this base lacks. */
export function treatmentFacts(
  context: PlanContext,
  treatmentId: string,
): TreatmentFacts | undefined {
  const treatment = BY_ID.get(treatmentId);
  if (treatment === undefined) return undefined;
  const concerns = treatmentConcerns(context, treatment);
  const indications: readonly ConditionId[] = treatment.indications;
  return {
    treatment,
    fits: context.leading.filter((id) => indications.includes(id)),
    avoid: concerns.filter((c) => c.severity === 'avoid').map((c) => c.reason),
    cautions: concerns.filter((c) => c.severity === 'caution').map((c) => c.reason),
  };
}

/** An exercise or stretch the patient does at home, with the dosage as the plan now states it. */
export interface HomeExercise {
  readonly treatmentId: string;
  readonly name: string;
  readonly dosage: string;
  /** Plain-language instructions for the handout. */
  readonly handout: string;
}

/**
 * The home exercise programme of the kept plan: its exercise and stretch items of tiers 1 and 2
 * (see isHomeExercise: programmes of care stay with the physiotherapy), in the plan's order, each with the clinician's (possibly edited) dosage. An item with no dosage
 * is left out: a home programme without a dose is not one.
 */
export function homeProgramme(plan: PlanRecord): readonly HomeExercise[] {
  return plan.items.flatMap((item): HomeExercise[] => {
    const t = BY_ID.get(item.treatmentId);
    if (t === undefined || !isHomeExercise(t) || item.dosage.trim() === '') return [];
    return [{ treatmentId: t.id, name: t.name, dosage: item.dosage.trim(), handout: t.handout }];
  });
}

/** How far the kept plan's treatments and goals have moved from the draft they started from. */
export interface EditSummary {
  /** Treatments the clinician added. */
  readonly added: number;
  /** Drafted treatments no longer in the plan. */
  readonly removed: number;
  /** Items whose dosage or notes differ from the knowledge base's. */
  readonly changed: number;
  /** Goals the clinician wrote or edited. */
  readonly ownGoals: number;
  /** Anything above, a drafted goal removed, or drafted treatments put in another order. */
  readonly edited: boolean;
}

/** Whether a plan item still reads exactly as drafted: the knowledge base's dosage, no notes. */
export function isUneditedItem(item: PlanRecord['items'][number]): boolean {
  return (
    item.origin === 'drafted' &&
    item.override === undefined &&
    item.notes.trim() === '' &&
    item.dosage.trim() === (BY_ID.get(item.treatmentId)?.dosage ?? '').trim()
  );
}

export function editSummary(plan: PlanRecord): EditSummary {
  const inPlan = new Set(plan.items.map((i) => i.treatmentId));
  const added = plan.items.filter((i) => i.origin === 'added').length;
  const removed = plan.basis.items.filter((id) => !inPlan.has(id)).length;
  const changed = plan.items.filter((i) => i.origin === 'drafted' && !isUneditedItem(i)).length;
  const ownGoals = plan.goals.filter((g) => g.origin === 'added').length;
  const droppedGoals = plan.basis.goals.filter((id) => !plan.goals.some((g) => g.id === id)).length;
  const order = plan.items.filter((i) => i.origin === 'drafted').map((i) => i.treatmentId);
  // The basis in tier order (a redraft appends to it; the plan puts the item at its tier's end).
  const draftedOrder = plan.basis.items
    .filter((id) => inPlan.has(id))
    .map((id, at) => ({ id, at, tier: tierOf(id) ?? 0 }))
    .sort((a, b) => a.tier - b.tier || a.at - b.at)
    .map((x) => x.id);
  const reordered = order.some((id, at) => draftedOrder[at] !== id);
  return {
    added,
    removed,
    changed,
    ownGoals,
    edited: added + removed + changed + ownGoals + droppedGoals > 0 || reordered,
  };
}
