import { CLUSTERS } from '../knowledge-base/clusters.ts';
import { CONDITION_LIST } from '../knowledge-base/conditions.ts';
import type { Condition, ConditionId } from '../knowledge-base/conditions.ts';
import { CONTRIBUTING_FACTORS } from '../knowledge-base/contributing-factors.ts';
import type { FactId } from '../knowledge-base/facts.ts';
import { KB_VERSION } from '../knowledge-base/version.ts';
import { PRESENTATION_TYPES } from '../knowledge-base/presentation-types.ts';
import type { CareSetting, Findings, Probability } from '../knowledge-base/types.ts';
import { evaluateRedFlags } from '../red-flags/evaluate-red-flags.ts';
import type { FiredRedFlag } from '../red-flags/evaluate-red-flags.ts';
import { recommendTests } from '../tests/recommend-tests.ts';
import type { TestRecommendations } from '../tests/recommend-tests.ts';
import { factLabel } from './labels.ts';
import { readFact } from './facts.ts';
import { evaluate } from './predicate.ts';
import type { Witness } from './predicate.ts';
import { sanitizeFindings } from './sanitize.ts';
import { scoreCondition } from './score-condition.ts';
import type { Contribution } from './score-condition.ts';

export type Band = 'likely' | 'possible' | 'unlikely';

/**
 * Band cut-offs (team decision, not evidence): likely ≥ 50%, possible ≥ 10%, unlikely below.
 * The number is always shown beside the band, so the cut-offs only group, never hide.
 */
export const BAND_THRESHOLDS = { likely: 0.5, possible: 0.1 } as const;

/** Findings with an LR recorded before the differential is presented as a ranking. */
export const MIN_INFORMATIVE_FINDINGS = 4;

export interface RankedCondition {
  readonly id: ConditionId;
  readonly name: string;
  readonly category: Condition['category'];
  readonly icd10: string;
  readonly serious: boolean;
  readonly prior: Probability;
  readonly probability: Probability;
  readonly band: Band;
  readonly contributions: readonly Contribution[];
  /** A fired red flag names this condition as a suspect. */
  readonly redFlagged: boolean;
}

export interface Sufficiency {
  readonly enough: boolean;
  readonly informative: number;
  readonly needed: number;
  readonly message: string;
}

export interface MatchedRule<I extends string> {
  readonly id: I;
  readonly name: string;
  readonly because: readonly Witness[];
}

export interface Assessment {
  readonly kbVersion: string;
  readonly setting: CareSetting;
  readonly sufficiency: Sufficiency;
  /** Most urgent first. Always shown above the differential. */
  readonly redFlags: readonly FiredRedFlag[];
  /** Highest probability first. */
  readonly differential: readonly RankedCondition[];
  readonly contributingFactors: readonly MatchedRule<(typeof CONTRIBUTING_FACTORS)[number]['id']>[];
  readonly presentation: readonly MatchedRule<(typeof PRESENTATION_TYPES)[number]['id']>[];
  readonly tests: TestRecommendations;
}

export interface AssessOptions {
  readonly setting: CareSetting;
}

/** The band a probability falls in. */
export function bandOf(probability: number): Band {
  if (probability >= BAND_THRESHOLDS.likely) return 'likely';
  if (probability >= BAND_THRESHOLDS.possible) return 'possible';
  return 'unlikely';
}

const INFORMATIVE_FACTS: ReadonlySet<FactId> = new Set([
  ...CONDITION_LIST.flatMap((c) => c.findings.map((f) => f.fact)),
  ...CLUSTERS.flatMap((c) => c.components),
]);

function sufficiency(findings: Findings): Sufficiency {
  let informative = 0;
  for (const fact of INFORMATIVE_FACTS) if (readFact(findings, fact).value !== undefined) informative += 1;
  const enough = informative >= MIN_INFORMATIVE_FINDINGS;
  const message = enough
    ? `${informative} findings inform the ranking.`
    : `Too few findings to rank causes: ${informative} of at least ${MIN_INFORMATIVE_FINDINGS} recorded. Record history, range of motion and special tests first; red flags are checked already.`;
  return { enough, informative, needed: MIN_INFORMATIVE_FINDINGS, message };
}

function matched<I extends string>(
  rules: readonly { readonly id: I; readonly name: string; readonly when: Parameters<typeof evaluate>[0] | null }[],
  findings: Findings,
): MatchedRule<I>[] {
  return rules.flatMap((rule) => {
    if (rule.when === null) return [];
    const result = evaluate(rule.when, findings);
    return result.value === true ? [{ id: rule.id, name: rule.name, because: result.witnesses }] : [];
  });
}

/**
 * Ranks the differential from the recorded findings, explains every probability finding by
 * finding, and checks red flags independently of the ranking.
 *
 * Pure and deterministic: the same findings and setting give the same assessment. Invalid values
 * are dropped before scoring (see sanitizeFindings). Conditions are scored independently (they
 * can co-exist), so probabilities do not sum to 1.
 */
export function assess(rawFindings: Readonly<Record<string, unknown>>, options: AssessOptions): Assessment {
  const findings = sanitizeFindings(rawFindings);
  const redFlags = evaluateRedFlags(findings);
  const suspected = new Set<string>(redFlags.flatMap((flag) => flag.suspects));
  const differential = CONDITION_LIST.map((condition): RankedCondition => {
    const clusters = CLUSTERS.filter((c) => c.condition === condition.id);
    const score = scoreCondition(condition, clusters, condition.priors[options.setting].probability, findings, factLabel);
    return {
      id: condition.id,
      name: condition.name,
      category: condition.category,
      icd10: condition.icd10,
      serious: condition.serious,
      prior: score.prior,
      probability: score.probability,
      band: bandOf(score.probability),
      contributions: score.contributions,
      redFlagged: suspected.has(condition.id),
    };
  }).sort((a, b) => b.probability - a.probability || a.id.localeCompare(b.id));
  return {
    kbVersion: KB_VERSION,
    setting: options.setting,
    sufficiency: sufficiency(findings),
    redFlags,
    differential,
    contributingFactors: matched(CONTRIBUTING_FACTORS, findings),
    presentation: matched(PRESENTATION_TYPES, findings),
    tests: recommendTests(findings, differential),
  };
}
