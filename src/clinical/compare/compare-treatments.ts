import type { ConditionId } from '../knowledge-base/conditions.ts';
import { TREATMENT_LIST } from '../knowledge-base/treatment-list.ts';
import type { Treatment, TreatmentId } from '../knowledge-base/treatment-list.ts';
import type { CostBand, Tier } from '../knowledge-base/types.ts';
import { conditionsOfConcern, leadingConditions } from '../plan/conditions-of-concern.ts';
import { concernsFor } from '../plan/contraindications.ts';
import type { Concern } from '../plan/contraindications.ts';
import { TIER_TITLES } from '../plan/escalation.ts';
import type { Assessment } from '../scoring/assess.ts';
import { sanitizeFindings } from '../scoring/sanitize.ts';

/** One treatment in a side-by-side comparison, judged for this patient. */
export interface ComparisonRow {
  readonly treatmentId: TreatmentId;
  readonly name: string;
  readonly tier: Tier;
  readonly tierTitle: string;
  readonly invasiveness: number;
  readonly evidence: Treatment['evidence'];
  readonly timeToBenefit: string;
  readonly deliveredBy: string;
  readonly cost: CostBand;
  readonly risks: readonly string[];
  /** The likely or possible conditions it fits. */
  readonly fitsLeading: readonly ConditionId[];
  /** Empty when nothing in this patient's record argues against it. */
  readonly concerns: readonly Concern[];
  readonly contraindicated: boolean;
}

/**
 * concernsFor writes "<what holds>: <reason>", and many reasons already start with what holds
 * ("Kidney disease: Kidney disease: the dose may need adjusting"): say it once.
 */
function tidyConcern(concern: Concern): Concern {
  return { ...concern, reason: concern.reason.replace(/^([^:]+): \1: /iu, '$1: ') };
}

/**
 * One row per chosen treatment, in the order given, with what matters for choosing between them
 * for this patient: tier, invasiveness, evidence, time to benefit, who delivers it, cost, risks,
 * fit with the leading conditions, and any contraindication with its reason. Unknown ids are
 * skipped.
 */
export function compareTreatments(
  ids: readonly string[],
  assessment: Assessment,
  rawFindings: Readonly<Record<string, unknown>>,
): readonly ComparisonRow[] {
  const findings = sanitizeFindings(rawFindings);
  // The plan's own rules: a comparison never contradicts the plan it was opened from.
  const leading = leadingConditions(assessment);
  const ofConcern = conditionsOfConcern(assessment);
  return ids.flatMap((id): ComparisonRow[] => {
    const t = TREATMENT_LIST.find((x) => x.id === id);
    if (t === undefined) return [];
    const concerns = concernsFor(t, findings, assessment.redFlags, ofConcern).map(tidyConcern);
    const indications: readonly ConditionId[] = t.indications;
    return [
      {
        treatmentId: t.id,
        name: t.name,
        tier: t.tier,
        tierTitle: TIER_TITLES[t.tier],
        invasiveness: t.invasiveness,
        evidence: t.evidence,
        timeToBenefit: t.timeToBenefit,
        deliveredBy: t.deliveredBy,
        cost: t.cost,
        risks: t.risks,
        fitsLeading: leading.filter((c) => indications.includes(c)),
        concerns,
        contraindicated: concerns.some((c) => c.severity === 'avoid'),
      },
    ];
  });
}
