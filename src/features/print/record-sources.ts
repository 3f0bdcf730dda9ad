import { DOCTOR_FIRST_SOURCES, SOURCES, TIERS_AFTER_THE_DOCTOR } from '../../clinical/index.ts';
import type {
  Assessment,
  EvidenceLevel,
  EvidenceStance,
  RankedCondition,
  SourceDef,
} from '../../clinical/index.ts';
import type { PrintPlan } from './print-plan';

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
  'do-not-offer': 'do not offer',
  disputed: 'disputed',
  'no-trials': 'no trials',
};

/** Conditions the record explains in full; the rest are listed in one line. */
export function explainedConditions(assessment: Assessment): readonly RankedCondition[] {
  if (!assessment.sufficiency.enough) return assessment.differential.filter((c) => c.redFlagged);
  return assessment.differential.filter((c) => c.band !== 'unlikely' || c.redFlagged);
}

const SOURCE_TABLE: Readonly<Partial<Record<string, SourceDef>>> = SOURCES;

export interface SourceIndex {
  /** "[2, 5]" for the given source ids, numbered in the order the record first cites them. */
  cite(ids: readonly string[]): string;
  readonly list: readonly { readonly n: number; readonly id: string; readonly citation: string }[];
}

/**
 * Numbers every source the record cites, in the order it prints them (red flags, the reasons
 * behind each explained condition, the plan's evidence and escalation), so each figure can carry a
 * short "[n]" and the full citations print once at the end.
 */
export function sourceIndex(
  assessment: Assessment,
  plan: PrintPlan,
  /** The plan's later tiers wait for a doctor: the record says so, citing the rule, before tier 3. */
  doctorFirst: boolean,
): SourceIndex {
  const ids = [
    ...assessment.redFlags.flatMap((f) => f.sources),
    ...explainedConditions(assessment).flatMap((c) =>
      c.contributions.flatMap((k) => k.provenance.sources),
    ),
    ...plan.tiers.flatMap((t) => [
      ...(doctorFirst && t.tier === TIERS_AFTER_THE_DOCTOR[0] ? DOCTOR_FIRST_SOURCES : []),
      ...t.items.flatMap((i) => i.treatment?.evidence.sources ?? []),
    ]),
    ...plan.escalation.flatMap((e) => e.sources),
  ];
  const numbers = new Map<string, number>();
  for (const id of ids) if (!numbers.has(id)) numbers.set(id, numbers.size + 1);
  return {
    cite: (cited) => {
      const ns = [...new Set(cited.map((id) => numbers.get(id)).filter((n) => n !== undefined))];
      return ns.length === 0 ? '' : `[${ns.sort((a, b) => a - b).join(', ')}]`;
    },
    list: [...numbers].map(([id, n]) => ({ n, id, citation: SOURCE_TABLE[id]?.citation ?? id })),
  };
}
