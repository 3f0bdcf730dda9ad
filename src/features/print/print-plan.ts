import {
  buildPlan,
  homeProgramme,
  patientDosage,
  planContext,
  planFromDraft,
  TIER_TITLES,
  treatmentFacts,
} from '../../clinical/index.ts';
import type {
  Assessment,
  ExcludedItem,
  Findings,
  PatientDosage,
  PlanDraft,
  PlanItemRecord,
  PlanRecord,
  Tier,
  Treatment,
} from '../../clinical/index.ts';

/** One plan item as printed: the clinician's choices joined with the knowledge base's facts. */
export interface PrintPlanItem {
  readonly treatmentId: string;
  /** Undefined for an id this knowledge base no longer has: printed as unknown, never dropped. */
  readonly treatment: Treatment | undefined;
  readonly name: string;
  readonly dosage: string;
  /** The amount as the handout gives it: plain words, no notes on where the figures come from. */
  readonly patientDosage: PatientDosage;
  readonly notes: string;
  readonly origin: PlanItemRecord['origin'];
  /** Why a contraindicated treatment was added anyway. */
  readonly overrideReason: string | undefined;
  /** Reasons to avoid it that hold for this patient now (with or without an override). */
  readonly avoidReasons: readonly string[];
  readonly cautions: readonly string[];
  /** An exercise or stretch the patient does at home (tiers 1–2, with a dosage). */
  readonly home: boolean;
}

export interface PrintPlanTier {
  readonly tier: Tier;
  readonly title: string;
  readonly items: readonly PrintPlanItem[];
}

/** The plan as both documents print it. */
export interface PrintPlan {
  /** False when no plan is stored yet and the draft from the findings is printed instead. */
  readonly stored: boolean;
  /** The knowledge-base version that drafted the plan. */
  readonly kbVersion: string;
  /** The conditions the draft is tailored to (from today's findings). */
  readonly leading: PlanDraft['leading'];
  /** Each drafted goal's wording, by id: a stored goal with the same text was not edited. */
  readonly draftedGoalText: ReadonlyMap<string, string>;
  readonly tiers: readonly PrintPlanTier[];
  /** Items whose treatment this knowledge base does not know. */
  readonly unknown: readonly PrintPlanItem[];
  /** Contraindicated for this patient and not in the plan, with the reasons. */
  readonly excluded: readonly ExcludedItem[];
  readonly goals: PlanRecord['goals'];
  readonly escalation: PlanDraft['escalation'];
  readonly reviewDate: string;
  readonly homeProgramme: readonly PrintPlanItem[];
  readonly prevention: PlanDraft['prevention'];
  readonly safetyNet: PlanDraft['safetyNet'];
  readonly notes: string;
}

/**
 * The plan to print for a visit: the stored plan when there is one, otherwise the draft that
 * buildPlan makes from the findings (dated from the visit, so the same visit always prints the
 * same draft). Escalation, prevention and safety-net advice always come from the knowledge base.
 */
export function printPlan(
  stored: PlanRecord | undefined,
  assessment: Assessment,
  findings: Findings,
  visitDate: string,
): PrintPlan {
  const draft = buildPlan(assessment, findings, { today: visitDate });
  const record = stored ?? planFromDraft(draft);
  const context = planContext(assessment, findings, draft);
  const home = new Set(homeProgramme(record).map((h) => h.treatmentId));
  const items = record.items.map((item): PrintPlanItem => {
    const facts = treatmentFacts(context, item.treatmentId);
    return {
      treatmentId: item.treatmentId,
      treatment: facts?.treatment,
      name: facts?.treatment.name ?? `Unknown treatment (${item.treatmentId})`,
      dosage: item.dosage,
      patientDosage: patientDosage(facts?.treatment, item.dosage),
      notes: item.notes,
      origin: item.origin,
      overrideReason: item.override?.reason,
      avoidReasons: facts?.avoid ?? [],
      cautions: facts?.cautions ?? [],
      home: home.has(item.treatmentId),
    };
  });
  const inPlan = new Set(record.items.map((i) => i.treatmentId));
  return {
    stored: stored !== undefined,
    kbVersion: record.kbVersion,
    leading: draft.leading,
    draftedGoalText: new Map(draft.goals.map((g) => [g.id, g.text])),
    tiers: ([1, 2, 3, 4, 5] as const).map((tier) => ({
      tier,
      title: TIER_TITLES[tier],
      items: items.filter((i) => i.treatment?.tier === tier),
    })),
    unknown: items.filter((i) => i.treatment === undefined),
    excluded: draft.excluded.filter((e) => !inPlan.has(e.treatmentId)),
    goals: record.goals,
    escalation: draft.escalation,
    reviewDate: record.reviewDate,
    homeProgramme: items.filter((i) => i.home),
    prevention: draft.prevention,
    safetyNet: draft.safetyNet,
    notes: record.notes,
  };
}
