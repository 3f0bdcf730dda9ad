import type { ConditionId } from '../knowledge-base/conditions.ts';
import type { Assessment } from '../scoring/assess.ts';
import { BAND_THRESHOLDS } from '../scoring/assess.ts';

/** Most leading conditions the plan is tailored to. */
export const MAX_LEADING = 3;

/**
 * The conditions a plan is tailored to, and that a comparison's "fits" is judged against: the most
 * probable conditions at least "possible", at most MAX_LEADING, leaving out serious ones (those
 * are referred, not treated here). With too few findings the ranking is only the priors, so there
 * are none.
 */
export function leadingConditions(assessment: Assessment): readonly ConditionId[] {
  if (!assessment.sufficiency.enough) return [];
  return assessment.differential
    .filter((c) => !c.serious && c.probability >= BAND_THRESHOLDS.possible)
    .slice(0, MAX_LEADING)
    .map((c) => c.id);
}

/**
 * The conditions every contraindication is checked against, by the plan and the comparison alike:
 * each condition at least "possible", serious ones included (a treatment to avoid in a possible
 * fracture is set apart even when the fracture is not the top-ranked cause), and each condition a
 * red flag raises. With too few findings a prior alone must not make a treatment contraindicated,
 * so only the red flags count.
 */
export function conditionsOfConcern(assessment: Assessment): ReadonlySet<ConditionId> {
  const possible = assessment.sufficiency.enough
    ? assessment.differential
        .filter((c) => c.probability >= BAND_THRESHOLDS.possible)
        .map((c) => c.id)
    : [];
  return new Set([...possible, ...assessment.redFlags.flatMap((f) => f.suspects)]);
}
