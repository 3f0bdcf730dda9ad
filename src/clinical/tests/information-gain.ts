/**
 * Expected information gain of a binary test for one condition, from its likelihood ratios.
 *
 * Sensitivity and specificity are recovered from the LR pair: Sp = (LR+ − 1) / (LR+ − LR−),
 * Sn = LR+ × (1 − Sp). When only one LR is known the missing one is not invented; instead the
 * ranking assumes Sp 0.9 (only LR+ known) or Sn 0.9 (only LR− known). That assumption affects the
 * order of suggestions only, never a probability shown to the clinician.
 */
export interface LikelihoodPair {
  readonly sensitivity: number;
  readonly specificity: number;
  /** |ln LR| of the stronger side, to pick among several entries. */
  readonly strength: number;
}

const ASSUMED = 0.9;
const clamp = (x: number): number => Math.min(0.999, Math.max(0.001, x));

/** Sensitivity and specificity implied by an LR pair, or undefined when neither LR is informative. */
export function likelihoodPair(
  lrPositive: number | undefined,
  lrNegative: number | undefined,
): LikelihoodPair | undefined {
  const pos = lrPositive ?? 1;
  const neg = lrNegative ?? 1;
  const strength = Math.max(Math.abs(Math.log(pos)), Math.abs(Math.log(neg)));
  if (strength < 1e-9) return undefined;
  if (lrPositive !== undefined && lrNegative !== undefined && pos !== neg) {
    // Valid whenever 1 lies between the two LRs, including tests that point the "wrong" way.
    const specificity = (pos - 1) / (pos - neg);
    const sensitivity = pos * (1 - specificity);
    if (specificity >= 0 && specificity <= 1 && sensitivity >= 0 && sensitivity <= 1) {
      return { sensitivity: clamp(sensitivity), specificity: clamp(specificity), strength };
    }
  }
  if (lrPositive !== undefined)
    return { sensitivity: clamp(pos * (1 - ASSUMED)), specificity: ASSUMED, strength };
  return { sensitivity: ASSUMED, specificity: clamp((1 - ASSUMED) / neg), strength };
}

const entropy = (p: number): number =>
  p <= 0 || p >= 1 ? 0 : -(p * Math.log2(p) + (1 - p) * Math.log2(1 - p));

export interface Gain {
  readonly bits: number;
  readonly ifPositive: number;
  readonly ifNegative: number;
}

/** Expected reduction in entropy (bits) of one condition's probability from doing the test. */
export function expectedGain(probability: number, pair: LikelihoodPair): Gain {
  const p = probability;
  const pPositive = p * pair.sensitivity + (1 - p) * (1 - pair.specificity);
  const pNegative = 1 - pPositive;
  const ifPositive = pPositive <= 0 ? p : (p * pair.sensitivity) / pPositive;
  const ifNegative = pNegative <= 0 ? p : (p * (1 - pair.sensitivity)) / pNegative;
  const bits = entropy(p) - (pPositive * entropy(ifPositive) + pNegative * entropy(ifNegative));
  return { bits: Math.max(0, bits), ifPositive, ifNegative };
}
