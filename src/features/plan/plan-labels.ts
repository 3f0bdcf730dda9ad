import { SOURCES } from '../../clinical/index.ts';
import type {
  ConditionId,
  EvidenceLevel,
  EvidenceStance,
  SourceDef,
  Tier,
  Urgency,
} from '../../clinical/index.ts';
import { CONDITION_LIST } from '../../clinical/index.ts';

/** Words for the plan's coded values; text carries every state, colour only supports it. */

export const EVIDENCE_LEVEL_LABELS: Readonly<Record<EvidenceLevel, string>> = {
  high: 'High',
  moderate: 'Moderate',
  low: 'Low',
  'very-low': 'Very low',
  none: 'None found',
};

export const EVIDENCE_STANCE_LABELS: Readonly<Record<EvidenceStance, string>> = {
  recommended: 'recommended',
  consider: 'consider',
  option: 'an option',
  'not-recommended': 'not recommended',
  'do-not-offer': 'do not offer (guideline)',
  disputed: 'disputed',
  'no-trials': 'no trials',
};

export const URGENCY_LABELS: Readonly<Record<Urgency, string>> = {
  emergency: 'Emergency today',
  urgent: 'Urgent (24–48 h)',
  soon: 'Soon',
};

/** "Low certainty; recommended", or "No evidence found; an option". */
export function evidenceText(evidence: {
  readonly level: EvidenceLevel;
  readonly stance: EvidenceStance;
}): string {
  const level =
    evidence.level === 'none'
      ? 'No evidence found'
      : `${EVIDENCE_LEVEL_LABELS[evidence.level]} certainty`;
  return `${level}; ${EVIDENCE_STANCE_LABELS[evidence.stance]}`;
}

export const tierHeading = (tier: Tier, title: string): string => `Tier ${tier}: ${title}`;

const CONDITION_NAMES: ReadonlyMap<string, string> = new Map(
  CONDITION_LIST.map((c) => [c.id, c.name]),
);

export function conditionNames(ids: readonly ConditionId[]): string {
  return ids.map((id) => CONDITION_NAMES.get(id) ?? id).join(', ');
}

const SOURCE_TABLE: Readonly<Partial<Record<string, SourceDef>>> = SOURCES;

/** A source by id, or undefined for an id this knowledge base does not list. */
export function sourceOf(id: string): SourceDef | undefined {
  return SOURCE_TABLE[id];
}

/** "1 source", "3 sources". */
export function countOf(n: number, one: string, many = `${one}s`): string {
  return `${n} ${n === 1 ? one : many}`;
}
