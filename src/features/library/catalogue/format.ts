import { TIER_TITLES } from '../../../clinical/index.ts';
import type {
  ConditionCategory,
  CostBand,
  DerivedFindingDef,
  EvidenceLevel,
  EvidenceStance,
  ExamSection,
  NumberUnit,
  ProvenanceKind,
  SourceKind,
  TestCategory,
  Tier,
  Urgency,
  ValueKind,
} from '../../../clinical/index.ts';
import { factName, findRecord } from './records';
import { formatSmallPercent } from '../../../lib/numbers';

/**
 * Where a figure came from, in words. An estimate always says it is one, so no figure can pass
 * for a published result.
 */
export const PROVENANCE_LABELS: Readonly<Record<ProvenanceKind, string>> = {
  published: 'Published figure',
  computed: 'Computed from published sensitivity and specificity',
  secondary: 'Secondary source (verify against the primary paper)',
  'expert-estimate': 'Expert estimate (no published figure)',
};

export const CONDITION_CATEGORY_LABELS: Readonly<Record<ConditionCategory, string>> = {
  'muscle-tendon': 'Muscle and tendon',
  joint: 'Joint',
  neural: 'Nerve',
  spinal: 'Spine',
  visceral: 'Abdominal and pelvic organs',
  systemic: 'Systemic',
  bone: 'Bone',
};

export const SECTION_LABELS: Readonly<Record<ExamSection, string>> = {
  history: 'History and onset',
  'red-flag-screen': 'Red-flag screen',
  pain: 'Pain',
  observation: 'Observation, gait and posture',
  'range-of-motion': 'Range of motion',
  strength: 'Strength',
  'special-tests': 'Special tests',
  neurological: 'Neurological',
  palpation: 'Palpation',
  abdominal: 'Abdominal signs',
  function: 'Function',
};

export const TEST_CATEGORY_LABELS: Readonly<Record<TestCategory, string>> = {
  'in-clinic': 'In clinic',
  laboratory: 'Laboratory',
  imaging: 'Imaging',
  electrodiagnostic: 'Electrodiagnostic',
  'diagnostic-injection': 'Diagnostic injection',
};

export const URGENCY_LABELS: Readonly<Record<Urgency, string>> = {
  emergency: 'Emergency today',
  urgent: 'Urgent (24–48 h)',
  soon: 'Soon',
};

export const EVIDENCE_LEVEL_LABELS: Readonly<Record<EvidenceLevel, string>> = {
  high: 'High',
  moderate: 'Moderate',
  low: 'Low',
  'very-low': 'Very low',
  none: 'No evidence found',
};

export const STANCE_LABELS: Readonly<Record<EvidenceStance, string>> = {
  recommended: 'Recommended',
  consider: 'Consider',
  option: 'An option',
  'not-recommended': 'Not recommended',
  'do-not-offer': 'Do not offer',
  disputed: 'Disputed',
  'no-trials': 'No trials',
};

export const COST_LABELS: Readonly<Record<CostBand, string>> = {
  free: 'Free',
  low: 'Low',
  moderate: 'Moderate',
  high: 'High',
  'very-high': 'Very high',
};

export const SOURCE_KIND_LABELS: Readonly<Record<SourceKind, string>> = {
  primary: 'Primary study',
  'systematic-review': 'Systematic review or meta-analysis',
  guideline: 'Guideline',
  secondary: 'Secondary source',
  seed: 'Seed document',
  consensus: 'Consensus statement',
  team: 'Team decision',
};

export const CARE_SETTING_LABELS = {
  general: 'General outpatient',
  sports: 'Sports medicine',
} as const;

/** "Tier 2: Physiotherapy-led care" */
export function tierLabel(tier: Tier): string {
  return `Tier ${tier}: ${TIER_TITLES[tier]}`;
}

/** A figure as the knowledge base holds it (never rounded into a different claim). */
export function formatRatio(lr: number): string {
  return String(lr);
}

/** A prior as a percentage: "36%", "0.5%", "<0.1%" (formatSmallPercent). */
export const formatPrior = formatSmallPercent;

const UNITS: Readonly<Record<NumberUnit, string>> = {
  degrees: '°',
  cm: ' cm',
  years: ' years',
  minutes: ' min',
  'hours-per-day': ' h/day',
  weeks: ' weeks',
  'oxford-grade': '/5 (Oxford grade)',
  nrs: '/10',
};

/** What an exam item records, in words. */
export function describeValue(value: ValueKind, sided: boolean): string {
  const each = sided ? ', for each side' : '';
  switch (value.kind) {
    case 'test':
      return `Positive, negative or not tested${each}`;
    case 'yes-no':
      return `Present or absent${each}`;
    case 'number': {
      const unit = UNITS[value.unit];
      const normal =
        value.normal === undefined ? '' : `; typical ${value.normal[0]}–${value.normal[1]}${unit}`;
      return `A number from ${value.min} to ${value.max}${unit}${each}${normal}`;
    }
    case 'choice':
      return `One of: ${value.options.map((o) => o.label).join(', ')}${each}`;
    case 'multi-choice':
      return `Any of: ${value.options.map((o) => o.label).join(', ')}${each}`;
    case 'text':
      return `Free text, up to ${value.maxLength} characters`;
  }
}

/** "15°" for a measured item, "15" where the item has no unit. */
function withUnit(itemId: string, n: number): string {
  const value = findRecord('exam-items', itemId)?.value;
  return value?.kind === 'number' ? `${n}${UNITS[value.unit]}` : String(n);
}

/** A choice's label ("Sudden") rather than its stored value ("sudden"). */
function optionLabel(itemId: string, stored: string): string {
  const value = findRecord('exam-items', itemId)?.value;
  const options = value?.kind === 'choice' || value?.kind === 'multi-choice' ? value.options : [];
  return (options.find((o) => o.value === stored)?.label ?? stored).toLowerCase();
}

/** The threshold a derived finding applies, in words: "Hip internal rotation below 15°". */
export function describeRule(rule: DerivedFindingDef['rule']): string {
  const item = factName(rule.item);
  switch (rule.kind) {
    case 'below':
      return `${item} below ${withUnit(rule.item, rule.threshold)}`;
    case 'at-most':
      return `${item} ${withUnit(rule.item, rule.threshold)} or less`;
    case 'above':
      return `${item} above ${withUnit(rule.item, rule.threshold)}`;
    case 'at-least':
      return `${item} ${withUnit(rule.item, rule.threshold)} or more`;
    case 'one-of':
      return `${item}: ${rule.values.map((v) => optionLabel(rule.item, v)).join(' or ')}`;
    case 'positive-with':
      return `${item} positive, with ${factName(rule.detail).toLowerCase()}: ${optionLabel(rule.detail, rule.value)}`;
    case 'side-difference':
      return `${item} differs by more than ${withUnit(rule.item, rule.threshold)} between the sides`;
  }
}

/** The diagnostic-test catalogue's invasiveness scale (diagnostic-tests.ts). */
export const TEST_INVASIVENESS: Readonly<Record<1 | 2 | 3 | 4 | 5, string>> = {
  1: 'no needle and no ionising radiation',
  2: 'venepuncture, plain radiograph or surface nerve conduction',
  3: 'CT, radionuclide scan, needle EMG or a needle into muscle',
  4: 'a needle into a joint or bursa or beside a nerve, usually image-guided',
  5: 'surgical',
};

/** "2 of 5" with what that level means, when the scale defines it. */
export function invasivenessText(
  level: 1 | 2 | 3 | 4 | 5,
  scale?: Readonly<Record<1 | 2 | 3 | 4 | 5, string>>,
): string {
  const meaning = scale === undefined ? '' : `: ${scale[level]}`;
  return `${level} of 5 (1 least invasive)${meaning}`;
}
