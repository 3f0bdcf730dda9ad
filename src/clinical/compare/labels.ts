import type { CostBand, EvidenceLevel, EvidenceStance } from '../knowledge-base/types.ts';

/** How certain the evidence is, in words, strongest first. */
export const EVIDENCE_LEVEL_LABELS: Readonly<Record<EvidenceLevel, string>> = {
  high: 'High',
  moderate: 'Moderate',
  low: 'Low',
  'very-low': 'Very low',
  none: 'No trials found',
};

/**
 * Evidence levels on an ordinal scale for charts and for best/worst: 0 = no trials found, 4 =
 * high. A level is the certainty of the evidence, not its direction: high-certainty evidence can
 * show that a treatment does not work (read the stance beside it).
 */
export const EVIDENCE_LEVEL_RANK: Readonly<Record<EvidenceLevel, number>> = {
  none: 0,
  'very-low': 1,
  low: 2,
  moderate: 3,
  high: 4,
};

/** What the sources say to do, in words. */
export const EVIDENCE_STANCE_LABELS: Readonly<Record<EvidenceStance, string>> = {
  recommended: 'Recommended',
  consider: 'Consider',
  option: 'An option',
  disputed: 'Disputed',
  'no-trials': 'No trials',
  'not-recommended': 'Not recommended',
  'do-not-offer': 'Do not offer',
};

export const COST_LABELS: Readonly<Record<CostBand, string>> = {
  free: 'Free',
  low: 'Low',
  moderate: 'Moderate',
  high: 'High',
  'very-high': 'Very high',
};

/** Cost bands cheapest first, for ranges ("free to moderate"). */
export const COST_ORDER: readonly CostBand[] = ['free', 'low', 'moderate', 'high', 'very-high'];
