import { approxPercent, COST_LABELS, factLabel, MOSTLY_ESTIMATES } from '../../clinical/index.ts';
import type {
  Band,
  OtherCause,
  ProvenanceKind,
  RankedCondition,
  RuleOut,
  Side,
  TestCategory,
  TestReason,
  TestResult,
  Urgency,
  Witness,
} from '../../clinical/index.ts';
import { formatSmallPercent } from '../../lib/numbers';

/** Urgency in words, so it never rests on colour. */
export const URGENCY_LABELS: Readonly<Record<Urgency, string>> = {
  emergency: 'Emergency today',
  urgent: 'Urgent (24–48 h)',
  soon: 'Soon',
};

export const BAND_LABELS: Readonly<Record<Band, string>> = {
  likely: 'Likely',
  possible: 'Possible',
  unlikely: 'Unlikely',
};

export const PROVENANCE_LABELS: Readonly<Record<ProvenanceKind, string>> = {
  published: 'Published',
  computed: 'Computed from sensitivity and specificity',
  secondary: 'Secondary source',
  'expert-estimate': 'Expert estimate',
};

/** In the order the panel lists them: in-clinic first, as the recommender ranks them. */
export const TEST_CATEGORIES: readonly { readonly id: TestCategory; readonly label: string }[] = [
  { id: 'in-clinic', label: 'In clinic' },
  { id: 'laboratory', label: 'Laboratory' },
  { id: 'imaging', label: 'Imaging' },
  { id: 'electrodiagnostic', label: 'Electrodiagnostic' },
  { id: 'diagnostic-injection', label: 'Diagnostic injection' },
];

export const RESULT_LABELS: Readonly<Record<TestResult, string>> = {
  positive: 'Positive',
  negative: 'Negative',
  'not-tested': 'Not tested',
};

export const SIDE_LABELS: Readonly<Record<Side, string>> = { left: 'Left', right: 'Right' };

/**
 * A probability no more precise than its evidence: "under 1%", "4%", "35%" (nearest 5%), "over
 * 90%". The band is always shown first; the number says how far into it.
 */
export const formatProbability = approxPercent;

/** The marker on an entry whose movement rests mostly on the team's estimates. */
export const MOSTLY_ESTIMATES_LABEL = 'Mostly estimates';

/** How to read the differential's numbers: the panel and the clinical record say the same. */
export const DIFFERENTIAL_NOTE =
  'Benign causes share the complaint with each other and with another cause not listed, so a better fit for one lowers the rest; causes known to occur together do not lower each other. Each serious condition is scored on its own evidence, so a good benign fit never hides it. The numbers therefore do not add up to 100%. Consider them alongside your clinical judgement.';

/** "Another cause not listed: 15% (prior 20%)." */
export function otherCauseText(other: OtherCause): string {
  return `Another cause not listed: ${formatProbability(other.probability)} (prior ${formatProbability(other.prior)}).`;
}

/**
 * What the number of a condition rests on, in words: its own evidence against its share after
 * competing, and when most of its movement comes from the team's estimates.
 */
export function conditionNotes(condition: RankedCondition): readonly string[] {
  const notes: string[] = [];
  if (condition.competes && condition.contributions.some((c) => c.applied))
    notes.push(
      `On its own evidence ${formatProbability(condition.alone)}; ${formatProbability(condition.probability)} as its share of the complaint against the other listed causes.`,
    );
  if (condition.estimateShare >= MOSTLY_ESTIMATES)
    notes.push(
      `Mostly the team's estimates: ${String(Math.round(condition.estimateShare * 100))}% of this movement rests on expert estimates, not on published figures.`,
    );
  return notes;
}

/** A small probability where its size below 1% matters (the don't-miss list): see formatSmallPercent. */
export const formatSmallProbability = formatSmallPercent;

/** A likelihood ratio to two significant figures: "LR 3.2", "LR 0.43", "LR 12". */
export function formatLr(lr: number): string {
  return `LR ${Number(lr.toPrecision(2))}`;
}

/** A finding that fired a rule: "Thomas test (right)". */
export function witnessLabel(witness: Witness): string {
  const label = factLabel(witness.fact);
  return witness.side === undefined ? label : `${label} (${witness.side})`;
}

/** "Would move Psoas abscess from 16% to 65% if positive, <1% if negative". */
export function reasonText(reason: TestReason): string {
  return `Would move ${reason.conditionName} from ${formatProbability(reason.current)} to ${formatProbability(reason.ifPositive)} if positive, ${formatProbability(reason.ifNegative)} if negative`;
}

/** A negative likelihood ratio to two significant figures: "LR− 0.05". */
export function formatLrNegative(lr: number): string {
  return `LR− ${Number(lr.toPrecision(2))}`;
}

/** A test category in words, lower case for use inside a sentence: "imaging". */
function categoryWords(category: TestCategory): string {
  return (TEST_CATEGORIES.find((c) => c.id === category)?.label ?? category).toLowerCase();
}

/**
 * How to rule a serious condition out, in words: "Hop test negative (LR− 0.3, Expert estimate)",
 * a test with how invasive and costly it is, and whether a negative result alone would be enough.
 */
export function ruleOutText(ruleOut: RuleOut): string {
  if (ruleOut.kind === 'none') return `${ruleOut.label}.`;
  const figure = `(${formatLrNegative(ruleOut.lrNegative)}, ${PROVENANCE_LABELS[ruleOut.provenance]})`;
  const what =
    ruleOut.kind === 'test'
      ? `${ruleOut.label} negative ${figure}: ${categoryWords(ruleOut.category)}, invasiveness ${ruleOut.invasiveness} of 5, cost ${COST_LABELS[ruleOut.cost].toLowerCase()}`
      : `${ruleOut.label} ${ruleOut.result} ${figure}`;
  return ruleOut.excludes ? `${what}.` : `${what}; not enough on its own to exclude it.`;
}
