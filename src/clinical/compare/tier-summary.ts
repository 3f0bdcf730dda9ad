import type { SourceId } from '../knowledge-base/sources.ts';
import { TREATMENT_LIST } from '../knowledge-base/treatment-list.ts';
import type { Treatment, TreatmentId } from '../knowledge-base/treatment-list.ts';
import type { CostBand, EvidenceLevel, EvidenceStance, Tier } from '../knowledge-base/types.ts';
import { TIER_TITLES } from '../plan/escalation.ts';
import { generalConcerns } from './general-concerns.ts';
import type { ConditionRef, TreatmentJudgement } from './judgement.ts';
import { COST_ORDER, EVIDENCE_LEVEL_RANK } from './labels.ts';

export interface NamedTreatment {
  readonly id: TreatmentId;
  readonly name: string;
}

/** How a tier's members stand for this patient. */
export interface TierJudgement {
  readonly fitting: readonly (NamedTreatment & { readonly conditions: readonly ConditionRef[] })[];
  readonly contraindicated: readonly (NamedTreatment & { readonly reasons: readonly string[] })[];
  /** Members with a caution and nothing to avoid. */
  readonly caution: readonly (NamedTreatment & { readonly reasons: readonly string[] })[];
}

/** A whole tier as one option: what its treatments have in common and where they differ. */
export interface TierSummary {
  readonly tier: Tier;
  readonly tierTitle: string;
  readonly members: readonly NamedTreatment[];
  readonly invasiveness: { readonly min: number; readonly max: number };
  readonly evidence: {
    /** The best-evidenced member(s) the sources support (recommended, consider or an option). */
    readonly strongestFor:
      | {
          readonly level: EvidenceLevel;
          readonly names: readonly string[];
          readonly sources: readonly SourceId[];
        }
      | undefined;
    /** Members the sources advise against, with how certain that advice is. */
    readonly against: readonly (NamedTreatment & {
      readonly level: EvidenceLevel;
      readonly stance: EvidenceStance;
    })[];
    /** The weakest level in the tier and how many members share it. */
    readonly lowest: { readonly level: EvidenceLevel; readonly count: number };
    readonly stances: readonly { readonly stance: EvidenceStance; readonly count: number }[];
  };
  readonly timeToBenefit: {
    readonly reported: readonly { readonly name: string; readonly text: string }[];
    readonly unreported: number;
  };
  readonly deliveredBy: readonly string[];
  readonly cost: { readonly min: CostBand; readonly max: CostBand };
  /** The risks most members list (up to five), and how many members list any risk. */
  readonly risks: {
    readonly common: readonly { readonly risk: string; readonly count: number }[];
    readonly listedBy: number;
  };
  readonly judgement: TierJudgement | undefined;
  /** Members with at least one contraindication or caution in the knowledge base. */
  readonly general: { readonly withAvoid: number; readonly withCaution: number };
}

const FOR: ReadonlySet<EvidenceStance> = new Set(['recommended', 'consider', 'option']);
const AGAINST: ReadonlySet<EvidenceStance> = new Set(['not-recommended', 'do-not-offer']);
const STANCE_ORDER: readonly EvidenceStance[] = [
  'recommended',
  'consider',
  'option',
  'disputed',
  'no-trials',
  'not-recommended',
  'do-not-offer',
];
const UNREPORTED = /^not (known|reported)\.?$/i;
const MAX_RISKS = 5;

const named = (t: Treatment): NamedTreatment => ({ id: t.id, name: t.name });

function evidenceOf(members: readonly Treatment[]): TierSummary['evidence'] {
  const rank = (t: Treatment) => EVIDENCE_LEVEL_RANK[t.evidence.level];
  const supported = members.filter((t) => FOR.has(t.evidence.stance));
  const top = Math.max(...supported.map(rank));
  const best = supported.filter((t) => rank(t) === top);
  const bottom = Math.min(...members.map(rank));
  const lowest = members.filter((t) => rank(t) === bottom);
  return {
    strongestFor:
      best[0] === undefined
        ? undefined
        : {
            level: best[0].evidence.level,
            names: best.map((t) => t.name),
            sources: [...new Set(best.flatMap((t) => t.evidence.sources))],
          },
    against: members
      .filter((t) => AGAINST.has(t.evidence.stance))
      .map((t) => ({ ...named(t), level: t.evidence.level, stance: t.evidence.stance })),
    lowest: { level: lowest[0]?.evidence.level ?? 'none', count: lowest.length },
    stances: STANCE_ORDER.map((stance) => ({
      stance,
      count: members.filter((t) => t.evidence.stance === stance).length,
    })).filter((s) => s.count > 0),
  };
}

function risksOf(members: readonly Treatment[]): TierSummary['risks'] {
  const counts = new Map<string, number>();
  for (const t of members)
    for (const risk of new Set(t.risks)) counts.set(risk, (counts.get(risk) ?? 0) + 1);
  const common = [...counts]
    .map(([risk, count]) => ({ risk, count }))
    .sort((a, b) => b.count - a.count || a.risk.localeCompare(b.risk))
    .slice(0, MAX_RISKS);
  return { common, listedBy: members.filter((t) => t.risks.length > 0).length };
}

function judgementOf(
  members: readonly Treatment[],
  judge: (id: TreatmentId) => TreatmentJudgement | undefined,
): TierJudgement | undefined {
  const judged = members.flatMap((t) => {
    const j = judge(t.id);
    return j === undefined ? [] : [{ ...named(t), judgement: j }];
  });
  if (judged.length === 0) return undefined;
  const reasons = (j: TreatmentJudgement, severity: 'avoid' | 'caution') =>
    j.concerns.filter((c) => c.severity === severity).map((c) => c.reason);
  return {
    fitting: judged
      .filter((m) => m.judgement.fitsLeading.length > 0)
      .map((m) => ({ id: m.id, name: m.name, conditions: m.judgement.fitsLeading })),
    contraindicated: judged
      .filter((m) => m.judgement.contraindicated)
      .map((m) => ({ id: m.id, name: m.name, reasons: reasons(m.judgement, 'avoid') })),
    caution: judged
      .filter((m) => !m.judgement.contraindicated && m.judgement.concerns.length > 0)
      .map((m) => ({ id: m.id, name: m.name, reasons: reasons(m.judgement, 'caution') })),
  };
}

/**
 * Summarises a whole tier for a side-by-side comparison: its treatments, the range of
 * invasiveness and cost, the strongest evidence for a member and any advice against, reported
 * times to benefit, who delivers them, the risks most members share and, when `judge` gives a
 * judgement, which members fit the leading conditions and which are contraindicated and why.
 */
export function summariseTier(
  tier: Tier,
  judge: (id: TreatmentId) => TreatmentJudgement | undefined,
): TierSummary {
  const members = TREATMENT_LIST.filter((t) => t.tier === tier);
  const invasiveness = members.map((t) => t.invasiveness);
  const costs = members.map((t) => COST_ORDER.indexOf(t.cost));
  const general = members.map(generalConcerns);
  return {
    tier,
    tierTitle: TIER_TITLES[tier],
    members: members.map(named),
    invasiveness: { min: Math.min(...invasiveness), max: Math.max(...invasiveness) },
    evidence: evidenceOf(members),
    timeToBenefit: {
      reported: members
        .filter((t) => !UNREPORTED.test(t.timeToBenefit.trim()))
        .map((t) => ({ name: t.name, text: t.timeToBenefit })),
      unreported: members.filter((t) => UNREPORTED.test(t.timeToBenefit.trim())).length,
    },
    deliveredBy: [...new Set(members.map((t) => t.deliveredBy))],
    cost: {
      min: COST_ORDER[Math.min(...costs)] ?? 'free',
      max: COST_ORDER[Math.max(...costs)] ?? 'very-high',
    },
    risks: risksOf(members),
    judgement: judgementOf(members, judge),
    general: {
      withAvoid: general.filter((g) => g.some((c) => c.severity === 'avoid')).length,
      withCaution: general.filter((g) => g.some((c) => c.severity === 'caution')).length,
    },
  };
}
