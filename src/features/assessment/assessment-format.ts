import { COST_LABELS, factLabel } from '../../clinical/index.ts';
import type {
  Band,
  ProvenanceKind,
  RuleOut,
  Side,
  TestCategory,
  TestReason,
  TestResult,
  Urgency,
  Witness,
} from '../../clinical/index.ts';
import { formatPercent, formatSmallPercent } from '../../lib/numbers';

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
 * A probability as a whole percentage, never claiming certainty: "42%", "<1%", ">99%". Whole
 * numbers only, because the model's inputs do not support finer precision.
 */
export const formatProbability = formatPercent;

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
