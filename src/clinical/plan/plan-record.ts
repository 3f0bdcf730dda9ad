import { TREATMENT_LIST } from '../knowledge-base/treatment-list.ts';
import type { Side, Tier } from '../knowledge-base/types.ts';
import type { PlanDraft } from './build-plan.ts';
import type { Concern } from './contraindications.ts';

/**
 * The plan as the clinician keeps it: what buildPlan drafted, then edited. The data layer stores
 * it inside the visit (zod schema in src/data/visits/plan.schema.ts mirrors these shapes). Only
 * choices are stored — which treatments, in what order, with what dosage and notes, which goals —
 * while names, evidence, escalation and advice are read from the knowledge base of `kbVersion`.
 */
export interface PlanItemRecord {
  /** A knowledge-base treatment id; an id a later knowledge base no longer has is kept and shown as unknown. */
  readonly treatmentId: string;
  /** The dosage as the clinician wants it printed (starts as the knowledge base's). */
  readonly dosage: string;
  readonly notes: string;
  /** Drafted by buildPlan, or added by the clinician. */
  readonly origin: 'drafted' | 'added';
  /** Set when a treatment contraindicated for this patient was added anyway: why. */
  readonly override?: { readonly reason: string } | undefined;
}

export interface GoalRecord {
  readonly id: string;
  readonly text: string;
  /** The exam item it is measured with (for progress charts), when it has one. */
  readonly measure?: string | undefined;
  readonly side?: Side | undefined;
  readonly baseline?: number | undefined;
  readonly target?: number | undefined;
  readonly comparator?: 'at-most' | 'at-least' | undefined;
  /** ISO date (YYYY-MM-DD). */
  readonly byDate: string;
  readonly origin: 'drafted' | 'added';
}

export interface PlanRecord {
  /** The knowledge-base version that drafted (or last redrafted) the plan. */
  readonly kbVersion: string;
  /**
   * The draft the clinician's edits started from (treatment and goal ids), so that when the
   * findings change, the new draft's differences can be offered without undoing the edits.
   */
  readonly basis: { readonly items: readonly string[]; readonly goals: readonly string[] };
  /** Plan items in order; the order within a tier is the order here. */
  readonly items: readonly PlanItemRecord[];
  readonly goals: readonly GoalRecord[];
  /** ISO date of the next review. */
  readonly reviewDate: string;
  /** Free text for the clinical record. */
  readonly notes: string;
}

/** The clinician's plan drafted from buildPlan's output, before any edit. */
export function planFromDraft(draft: PlanDraft): PlanRecord {
  const items = draft.tiers.flatMap((t) =>
    t.items.map((i): PlanItemRecord => ({ treatmentId: i.treatmentId, dosage: i.dosage ?? '', notes: '', origin: 'drafted' })),
  );
  const goals = draft.goals.map(
    (g): GoalRecord => ({
      id: g.id,
      text: g.text,
      measure: g.measure,
      ...(g.side === undefined ? {} : { side: g.side }),
      ...(g.baseline === undefined ? {} : { baseline: g.baseline }),
      ...(g.target === undefined ? {} : { target: g.target }),
      ...(g.comparator === undefined ? {} : { comparator: g.comparator }),
      byDate: g.byDate,
      origin: 'drafted',
    }),
  );
  return {
    kbVersion: draft.kbVersion,
    basis: { items: items.map((i) => i.treatmentId), goals: goals.map((g) => g.id) },
    items,
    goals,
    reviewDate: draft.reviewDate,
    notes: '',
  };
}

/** The tier of a knowledge-base treatment, or undefined for an id this knowledge base lacks. */
export function tierOf(treatmentId: string): Tier | undefined {
  return TREATMENT_LIST.find((t) => t.id === treatmentId)?.tier;
}

export type AddToPlanResult =
  | { readonly ok: true; readonly plan: PlanRecord }
  | { readonly ok: false; readonly reason: 'unknown-treatment' | 'already-in-plan' | 'override-required' };

/**
 * Adds a knowledge-base treatment at the end of its tier, with the knowledge base's dosage. A
 * treatment with an "avoid" concern for this patient (see concernsFor) goes in only with a written
 * override reason, which is kept with the item.
 */
export function addToPlan(
  plan: PlanRecord,
  treatmentId: string,
  options: { readonly concerns: readonly Concern[]; readonly overrideReason?: string },
): AddToPlanResult {
  const treatment = TREATMENT_LIST.find((t) => t.id === treatmentId);
  if (treatment === undefined) return { ok: false, reason: 'unknown-treatment' };
  if (plan.items.some((i) => i.treatmentId === treatmentId)) return { ok: false, reason: 'already-in-plan' };
  const reason = options.overrideReason?.trim() ?? '';
  const contraindicated = options.concerns.some((c) => c.severity === 'avoid');
  if (contraindicated && reason === '') return { ok: false, reason: 'override-required' };
  const item: PlanItemRecord = {
    treatmentId,
    dosage: treatment.dosage ?? '',
    notes: '',
    origin: 'added',
    ...(contraindicated ? { override: { reason } } : {}),
  };
  // After the last item of the same or a lower tier; unknown ids stay where they are.
  const insertAt = plan.items.reduce((at, existing, index) => ((tierOf(existing.treatmentId) ?? 0) <= treatment.tier ? index + 1 : at), 0);
  return { ok: true, plan: { ...plan, items: [...plan.items.slice(0, insertAt), item, ...plan.items.slice(insertAt)] } };
}
