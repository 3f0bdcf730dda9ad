import type { CoexistenceDef } from '../knowledge-base/types.ts';

/**
 * The competition step of the model (see the model description in assess.ts). Non-serious
 * conditions share one complaint with "another cause not listed": each condition's probability is
 * its weight (prior × product of its likelihood ratios) over the sum of every competitor's weight
 * and the other cause's. Conditions declared to co-exist do not move each other: in a condition's
 * sum, each co-existing condition counts at its prior weight, whatever its evidence. With no
 * findings the shares are the priors scaled to sum to 1 with the other cause. Serious conditions
 * are not passed in: they are scored one by one against their own absence.
 *
 * Weights are handled in log space with the largest subtracted first, so long chains of likelihood
 * ratios neither overflow nor underflow.
 */
export interface Competitor {
  /** ln(prior) of the condition for this patient (age band and setting chosen). */
  readonly logPrior: number;
  /** Σ ln LR over the condition's applied contributions; 0 when nothing bears on it. */
  readonly logLikelihood: number;
}

export interface Shares {
  /** Each competitor's probability after competition, in input order. */
  readonly probabilities: readonly number[];
  /** The same with every likelihood at 1: the prior share each condition starts from. */
  readonly priors: readonly number[];
  /** The probability that none of the listed competitors explains the complaint. */
  readonly other: number;
  /** The same with every likelihood at 1. */
  readonly otherPrior: number;
}

/** index → indexes of the competitors it co-exists with (symmetric). */
export type CoexistenceIndex = ReadonlyMap<number, ReadonlySet<number>>;

/** Builds the co-existence index over the competing conditions' ids, in their order. */
export function indexCoexistence<C extends string>(
  ids: readonly C[],
  declarations: readonly CoexistenceDef<string, C>[],
): CoexistenceIndex {
  const position = new Map<C, number>(ids.map((id, i) => [id, i]));
  const index = new Map<number, Set<number>>();
  const link = (a: C, b: C): void => {
    const i = position.get(a);
    const j = position.get(b);
    if (i === undefined || j === undefined || i === j) return;
    index.set(i, (index.get(i) ?? new Set()).add(j));
    index.set(j, (index.get(j) ?? new Set()).add(i));
  };
  for (const d of declarations) {
    const partners = d.with === undefined ? d.conditions : d.with === 'every-other' ? ids : d.with;
    for (const a of d.conditions) for (const b of partners) link(a, b);
  }
  return index;
}

function sharesOf(
  logWeights: readonly number[],
  logPriors: readonly number[],
  logOther: number,
  coexists: CoexistenceIndex,
): { readonly probabilities: number[]; readonly other: number } {
  const shift = Math.max(logOther, ...logWeights, ...logPriors);
  const weights = logWeights.map((w) => Math.exp(w - shift));
  const priors = logPriors.map((w) => Math.exp(w - shift));
  const other = Math.exp(logOther - shift);
  const total = weights.reduce((sum, w) => sum + w, other);
  const probabilities = weights.map((w, i) => {
    // A co-existing condition is held at its prior weight: its evidence, for or against, does
    // not move this one.
    let held = total;
    for (const j of coexists.get(i) ?? []) held += (priors[j] ?? 0) - (weights[j] ?? 0);
    // held ≥ w + other > 0 (the condition's own weight and the other cause always remain); the
    // guard only absorbs rounding.
    return w / Math.max(held, w + other);
  });
  return { probabilities, other: other / total };
}

/**
 * Shares the complaint between competing conditions. `otherWeight` is the weight of "another cause
 * not listed", on the same scale as the priors (see otherCauseWeight): it is fixed for a setting,
 * so when a patient's age lowers the priors of the listed causes (a child's hip pain is rarely
 * gluteal tendinopathy), the share they give up goes to another cause, not to the other listed
 * ones.
 */
export function compete(
  competitors: readonly Competitor[],
  otherWeight: number,
  coexists: CoexistenceIndex,
): Shares {
  if (competitors.length === 0) return { probabilities: [], priors: [], other: 1, otherPrior: 1 };
  const logPriors = competitors.map((c) => c.logPrior);
  const logOther = Math.log(otherWeight);
  const posterior = sharesOf(
    competitors.map((c) => c.logPrior + c.logLikelihood),
    logPriors,
    logOther,
    coexists,
  );
  const baseline = sharesOf(logPriors, logPriors, logOther, coexists);
  return {
    probabilities: posterior.probabilities,
    priors: baseline.probabilities,
    other: posterior.other,
    otherPrior: baseline.other,
  };
}

/**
 * The weight of "another cause not listed" for a setting: set so that, for a patient of unknown
 * age and sex (every condition at its own prior), it takes `otherShare` of the complaint.
 */
export function otherCauseWeight(referencePriors: readonly number[], otherShare: number): number {
  const sum = referencePriors.reduce((total, p) => total + p, 0);
  return (otherShare / (1 - otherShare)) * sum;
}
