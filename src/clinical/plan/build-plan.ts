import { ADVICE } from '../knowledge-base/advice.ts';
import type { ConditionId } from '../knowledge-base/conditions.ts';
import { CONTRIBUTING_FACTORS } from '../knowledge-base/contributing-factors.ts';
import { TREATMENT_LIST } from '../knowledge-base/treatment-list.ts';
import type { Treatment, TreatmentId } from '../knowledge-base/treatment-list.ts';
import type { EvidenceLevel, EvidenceStance, Findings, Tier, Urgency } from '../knowledge-base/types.ts';
import { KB_VERSION } from '../knowledge-base/version.ts';
import type { Assessment } from '../scoring/assess.ts';
import { sanitizeFindings } from '../scoring/sanitize.ts';
import { conditionsOfConcern, leadingConditions } from './conditions-of-concern.ts';
import { concernsFor } from './contraindications.ts';
import type { Concern } from './contraindications.ts';
import { addDays } from './dates.ts';
import { ESCALATION, TIER_TITLES } from './escalation.ts';
import { isHomeExercise } from './home-exercise.ts';
import type { Escalation } from './escalation.ts';
import { draftGoals } from './goals.ts';
import type { Goal } from './goals.ts';

/** A treatment drafted into a tier of the plan, with why it is there and any cautions. */
export interface PlanItem {
  readonly treatmentId: TreatmentId;
  readonly name: string;
  readonly tier: Tier;
  readonly deliveredBy: string;
  readonly dosage?: string;
  readonly evidence: Treatment['evidence'];
  readonly timeToBenefit: string;
  /** Leading conditions it fits. */
  readonly fits: readonly ConditionId[];
  /** Contributing factors it addresses. */
  readonly addresses: readonly string[];
  readonly cautions: readonly string[];
  readonly handout: string;
}

/** A treatment that fits but is contraindicated for this patient, with the reasons. */
export interface ExcludedItem {
  readonly treatmentId: TreatmentId;
  readonly name: string;
  readonly tier: Tier;
  readonly reasons: readonly string[];
}

/** The drafted stepped plan: what buildPlan returns and the clinician then edits. */
export interface PlanDraft {
  readonly kbVersion: string;
  /** The conditions the plan was drafted for (empty when findings were too few). */
  readonly leading: readonly ConditionId[];
  readonly redFlagActions: readonly { readonly id: string; readonly name: string; readonly urgency: Urgency; readonly action: string }[];
  readonly tiers: readonly { readonly tier: Tier; readonly title: string; readonly items: readonly PlanItem[] }[];
  /** Contraindicated for this patient: shown apart, addable only with a written override. */
  readonly excluded: readonly ExcludedItem[];
  readonly goals: readonly Goal[];
  readonly escalation: readonly Escalation[];
  readonly reviewInDays: number;
  readonly reviewDate: string;
  readonly homeProgramme: readonly PlanItem[];
  readonly prevention: readonly { readonly id: string; readonly name: string; readonly text: string }[];
  readonly safetyNet: readonly { readonly id: string; readonly name: string; readonly text: string }[];
}

/** Inputs buildPlan needs besides the assessment and findings. */
export interface BuildPlanOptions {
  /** Today's date, ISO (YYYY-MM-DD): the core never reads the clock. */
  readonly today: string;
}

/** Most items drafted per tier; the clinician adds more from the knowledge base. */
export const TIER_LIMITS: Readonly<Record<Tier, number>> = { 1: 6, 2: 6, 3: 3, 4: 2, 5: 2 };

const LEVEL_RANK: Readonly<Record<EvidenceLevel, number>> = { high: 0, moderate: 1, low: 2, 'very-low': 3, none: 4 };
const STANCE_RANK: Readonly<Record<EvidenceStance, number>> = { recommended: 0, consider: 1, option: 2, disputed: 3, 'no-trials': 4, 'not-recommended': 5, 'do-not-offer': 6 };
const NOT_OFFERED: ReadonlySet<EvidenceStance> = new Set(['do-not-offer', 'not-recommended']);

function reviewInterval(assessment: Assessment, findings: Findings): number {
  const acute = assessment.redFlags.some((f) => f.urgency !== 'soon');
  const severe = typeof findings['pain-worst'] === 'number' && findings['pain-worst'] >= 8;
  return acute || severe ? 7 : 14;
}

function candidateItem(t: Treatment, leading: readonly ConditionId[], factors: ReadonlyMap<string, string>, concerns: readonly Concern[]): PlanItem {
  const indications: readonly ConditionId[] = t.indications;
  return {
    treatmentId: t.id,
    name: t.name,
    tier: t.tier,
    deliveredBy: t.deliveredBy,
    ...(t.dosage === undefined ? {} : { dosage: t.dosage }),
    evidence: t.evidence,
    timeToBenefit: t.timeToBenefit,
    fits: leading.filter((id) => indications.includes(id)),
    addresses: [...factors].filter(([, ids]) => ids.includes(t.id)).map(([name]) => name),
    cautions: concerns.filter((c) => c.severity === 'caution').map((c) => c.reason),
    handout: t.handout,
  };
}

const byStrength = (a: PlanItem, b: PlanItem): number =>
  b.fits.length - a.fits.length ||
  STANCE_RANK[a.evidence.stance] - STANCE_RANK[b.evidence.stance] ||
  LEVEL_RANK[a.evidence.level] - LEVEL_RANK[b.evidence.level] ||
  b.addresses.length - a.addresses.length ||
  a.name.localeCompare(b.name);

/**
 * Drafts a stepped plan from the assessment: red-flag actions first; then tiers 1 → 5 with the
 * treatments that fit the leading conditions or address a contributing factor, best supported
 * first; contraindicated treatments set apart with their reasons; goals, escalation criteria,
 * review date, home programme, prevention and safety-netting. Guideline "do not offer" items are
 * left out of the draft (the library still lists them with that stance).
 */
export function buildPlan(assessment: Assessment, rawFindings: Readonly<Record<string, unknown>>, options: BuildPlanOptions): PlanDraft {
  const findings = sanitizeFindings(rawFindings);
  const leading = leadingConditions(assessment);
  const ofConcern = conditionsOfConcern(assessment);
  const presentFactors = new Set<string>(assessment.contributingFactors.map((f) => f.id));
  const factorTreatments = new Map<string, string>(
    CONTRIBUTING_FACTORS.filter((f) => presentFactors.has(f.id)).map((f) => [f.name, f.addressedBy.join(' ')]),
  );
  const chosen: PlanItem[] = [];
  const excluded: ExcludedItem[] = [];
  for (const t of TREATMENT_LIST) {
    if (NOT_OFFERED.has(t.evidence.stance)) continue;
    const concerns = concernsFor(t, findings, assessment.redFlags, ofConcern);
    const item = candidateItem(t, leading, factorTreatments, concerns);
    const relevant = item.fits.length > 0 || (t.tier <= 2 && item.addresses.length > 0) || (t.tier === 1 && t.tags.includes('education'));
    if (!relevant) continue;
    const avoid = concerns.filter((c) => c.severity === 'avoid');
    if (avoid.length > 0) excluded.push({ treatmentId: t.id, name: t.name, tier: t.tier, reasons: avoid.map((c) => c.reason) });
    else chosen.push(item);
  }
  const tiers = ([1, 2, 3, 4, 5] as const).map((tier) => ({
    tier,
    title: TIER_TITLES[tier],
    items: chosen.filter((i) => i.tier === tier).sort(byStrength).slice(0, TIER_LIMITS[tier]),
  }));
  const reviewInDays = reviewInterval(assessment, findings);
  const reviewDate = addDays(options.today, reviewInDays);
  const advice = (kind: 'prevention' | 'safety-net') => ADVICE.filter((a) => a.kind === kind).map((a) => ({ id: a.id, name: a.name, text: a.text }));
  return {
    kbVersion: KB_VERSION,
    leading,
    redFlagActions: assessment.redFlags.map((f) => ({ id: f.id, name: f.name, urgency: f.urgency, action: f.action })),
    tiers,
    excluded,
    goals: draftGoals(findings, options.today, reviewDate),
    escalation: ESCALATION,
    reviewInDays,
    reviewDate,
    homeProgramme: tiers.filter((t) => t.tier <= 2).flatMap((t) => t.items).filter((i) => i.dosage !== undefined && isHomeItem(i.treatmentId)),
    prevention: advice('prevention'),
    safetyNet: advice('safety-net'),
  };
}

function isHomeItem(id: TreatmentId): boolean {
  const treatment = TREATMENT_LIST.find((t) => t.id === id);
  return treatment !== undefined && isHomeExercise(treatment);
}
