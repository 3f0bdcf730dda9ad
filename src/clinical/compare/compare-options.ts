import type { ConditionId } from '../knowledge-base/conditions.ts';
import { TREATMENT_LIST } from '../knowledge-base/treatment-list.ts';
import type { Treatment, TreatmentId } from '../knowledge-base/treatment-list.ts';
import type { Tier } from '../knowledge-base/types.ts';
import { TIER_TITLES } from '../plan/escalation.ts';
import type { Assessment } from '../scoring/assess.ts';
import { compareTreatments } from './compare-treatments.ts';
import type { ComparisonRow } from './compare-treatments.ts';
import { generalConcerns } from './general-concerns.ts';
import { conditionRef } from './judgement.ts';
import type { ConditionRef, TreatmentJudgement } from './judgement.ts';
import type { GeneralConcern } from './general-concerns.ts';
import { summariseTier } from './tier-summary.ts';
import type { TierSummary } from './tier-summary.ts';

/** Fewest and most options a comparison shows side by side. */
export const MIN_COMPARED = 2;
export const MAX_COMPARED = 4;

export const TIERS: readonly Tier[] = [1, 2, 3, 4, 5];
export type TierOptionId = `tier-${Tier}`;
/** A treatment id, or a whole tier as "tier-1" … "tier-5". */
export type ComparisonOptionId = TreatmentId | TierOptionId;

export const tierOptionId = (tier: Tier): TierOptionId => `tier-${tier}`;

export interface ParsedOptions {
  /** Known option ids in the order given, duplicates dropped, at most MAX_COMPARED. */
  readonly ids: readonly ComparisonOptionId[];
  /** Ids this knowledge base does not have, as given. */
  readonly unknown: readonly string[];
  /** Known ids beyond the fourth, left out. */
  readonly beyondLimit: readonly ComparisonOptionId[];
}

const TREATMENT_IDS: ReadonlySet<string> = new Set(TREATMENT_LIST.map((t) => t.id));
const TIER_IDS: ReadonlyMap<string, Tier> = new Map(
  TIERS.map((tier) => [tierOptionId(tier), tier]),
);

export function isComparisonOptionId(id: string): id is ComparisonOptionId {
  return TREATMENT_IDS.has(id) || TIER_IDS.has(id);
}

/** Reads option ids from a link: unknown ids are reported, never fatal; a fifth is left out. */
export function parseComparisonOptions(raw: readonly string[]): ParsedOptions {
  const known: ComparisonOptionId[] = [];
  const unknown: string[] = [];
  for (const text of raw) {
    const id = text.trim();
    if (id === '') continue;
    if (!isComparisonOptionId(id)) {
      if (!unknown.includes(id)) unknown.push(id);
    } else if (!known.includes(id)) known.push(id);
  }
  return { ids: known.slice(0, MAX_COMPARED), unknown, beyondLimit: known.slice(MAX_COMPARED) };
}

/** What the comparison is judged on: one visit's assessment and findings. */
export interface PatientJudgement {
  readonly assessment: Assessment;
  readonly findings: Readonly<Record<string, unknown>>;
}

export interface TreatmentOption {
  readonly kind: 'treatment';
  readonly id: TreatmentId;
  readonly label: string;
  readonly treatment: Treatment;
  readonly tierTitle: string;
  /** The conditions the knowledge base says it fits. */
  readonly indications: readonly ConditionRef[];
  /** Undefined when the comparison is not judged for a patient. */
  readonly judgement: TreatmentJudgement | undefined;
  /** What the knowledge base says would argue against it, for anyone. */
  readonly general: readonly GeneralConcern[];
}

export interface TierOption extends TierSummary {
  readonly kind: 'tier';
  readonly id: TierOptionId;
  readonly label: string;
}

export type ComparedOption = TreatmentOption | TierOption;

function judgementOf(row: ComparisonRow | undefined): TreatmentJudgement | undefined {
  if (row === undefined) return undefined;
  return {
    fitsLeading: row.fitsLeading.map(conditionRef),
    concerns: row.concerns,
    contraindicated: row.contraindicated,
  };
}

/**
 * The options side by side, in the order given. Judged for a patient when `judgement` is given
 * (fit with the leading conditions, contraindications with reasons, for each treatment and for
 * every member of a tier); otherwise each treatment carries the knowledge base's contraindications
 * in general.
 */
export function compareOptions(
  ids: readonly ComparisonOptionId[],
  judgement: PatientJudgement | undefined,
): readonly ComparedOption[] {
  const treatmentIds = ids.flatMap((id) => {
    const tier = TIER_IDS.get(id);
    return tier === undefined
      ? [id]
      : TREATMENT_LIST.filter((t) => t.tier === tier).map((t) => t.id);
  });
  const rows: ReadonlyMap<string, ComparisonRow> =
    judgement === undefined
      ? new Map()
      : new Map(
          compareTreatments(
            [...new Set(treatmentIds)],
            judgement.assessment,
            judgement.findings,
          ).map((r) => [r.treatmentId, r]),
        );
  const judged = (id: TreatmentId) =>
    judgement === undefined ? undefined : judgementOf(rows.get(id));
  return ids.flatMap((id): ComparedOption[] => {
    const tier = TIER_IDS.get(id);
    if (tier !== undefined) {
      return [
        {
          kind: 'tier',
          id: tierOptionId(tier),
          label: `Tier ${tier}: ${TIER_TITLES[tier]}`,
          ...summariseTier(tier, judged),
        },
      ];
    }
    const treatment = TREATMENT_LIST.find((t) => t.id === id);
    if (treatment === undefined) return [];
    const indications: readonly ConditionId[] = treatment.indications;
    return [
      {
        kind: 'treatment',
        id: treatment.id,
        label: treatment.name,
        treatment,
        tierTitle: TIER_TITLES[treatment.tier],
        indications: indications.map(conditionRef),
        judgement: judged(treatment.id),
        general: generalConcerns(treatment),
      },
    ];
  });
}
