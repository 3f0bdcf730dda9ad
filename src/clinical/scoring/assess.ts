import type { ConditionId } from '../knowledge-base/conditions.ts';
import type { DiagnosticTestId } from '../knowledge-base/diagnostic-tests.ts';
import type { RedFlagId } from '../knowledge-base/red-flags.ts';
import type {
  CareSetting,
  ConditionCategory,
  Findings,
  Predicate,
  Probability,
} from '../knowledge-base/types.ts';
import { fireRedFlags } from '../red-flags/evaluate-red-flags.ts';
import type { FiredRedFlag } from '../red-flags/evaluate-red-flags.ts';
import { createTestRecommender } from '../tests/recommend-tests.ts';
import type { TestRecommendations } from '../tests/recommend-tests.ts';
import { REAL_KB } from './engine-kb.ts';
import type { EngineKnowledgeBase } from './engine-kb.ts';
import { createFactReader } from './facts.ts';
import type { FactReader } from './facts.ts';
import { createNotYetExcluded } from './not-yet-excluded.ts';
import type { NotExcluded } from './not-yet-excluded.ts';
import { evaluate } from './predicate.ts';
import type { Witness } from './predicate.ts';
import { priorFor } from './prior-for.ts';
import { sanitizeFindings } from './sanitize.ts';
import { scoreCondition, untouched } from './score-condition.ts';
import type { Contribution } from './score-condition.ts';
import { createTouchIndex } from './touch-index.ts';

/** How a probability is grouped for display (see BAND_THRESHOLDS); the number is always shown too. */
export type Band = 'likely' | 'possible' | 'unlikely';

/**
 * Band cut-offs (team decision, not evidence): likely ≥ 50%, possible ≥ 10%, unlikely below.
 * The number is always shown beside the band, so the cut-offs only group, never hide.
 */
export const BAND_THRESHOLDS = { likely: 0.5, possible: 0.1 } as const;

/** Findings with an LR recorded before the differential is presented as a ranking. */
export const MIN_INFORMATIVE_FINDINGS = 4;

/** One condition in the differential: its probability, band and the contributions behind it. */
export interface RankedCondition<C extends string = ConditionId> {
  readonly id: C;
  readonly name: string;
  readonly category: ConditionCategory;
  readonly icd10: string;
  readonly serious: boolean;
  readonly prior: Probability;
  /** The age band (and sex) the prior was chosen for; absent when the age-unknown prior applies. */
  readonly priorBand?: string;
  readonly probability: Probability;
  readonly band: Band;
  readonly contributions: readonly Contribution[];
  /** A fired red flag names this condition as a suspect. */
  readonly redFlagged: boolean;
}

/** Whether enough informative findings are recorded for the ranking to mean anything. */
export interface Sufficiency {
  readonly enough: boolean;
  readonly informative: number;
  readonly needed: number;
  readonly message: string;
}

/** A contributing factor or presentation type that holds, with the findings that show it. */
export interface MatchedRule<I extends string> {
  readonly id: I;
  readonly name: string;
  readonly because: readonly Witness[];
}

type FactorId = (typeof REAL_KB.factors)[number]['id'];
type PresentationId = (typeof REAL_KB.presentation)[number]['id'];

/** Everything the assessment panel shows, derived from the findings alone. */
export interface Assessment<
  C extends string = ConditionId,
  R extends string = RedFlagId,
  T extends string = DiagnosticTestId,
  F extends string = FactorId,
  P extends string = PresentationId,
> {
  readonly kbVersion: string;
  readonly setting: CareSetting;
  readonly sufficiency: Sufficiency;
  /** Most urgent first. Always shown above the differential. */
  readonly redFlags: readonly FiredRedFlag<R, C>[];
  /**
   * Serious conditions still possible (at DONT_MISS_THRESHOLD or more) or suspected by a fired red
   * flag, whatever their rank, each with what to do meanwhile and how to rule it out.
   */
  readonly notYetExcluded: readonly NotExcluded<C, T>[];
  /** Highest probability first. */
  readonly differential: readonly RankedCondition<C>[];
  readonly contributingFactors: readonly MatchedRule<F>[];
  readonly presentation: readonly MatchedRule<P>[];
  readonly tests: TestRecommendations<T, C>;
}

/** Per-call options: the care setting chooses the priors. */
export interface AssessOptions {
  readonly setting: CareSetting;
}

/** Options fixed when an assessor is built. */
export interface AssessorOptions {
  /** Score every condition, not only those the findings touch (used to prove the two agree). */
  readonly scoreAll?: boolean;
}

/** The band a probability falls in. */
export function bandOf(probability: number): Band {
  if (probability >= BAND_THRESHOLDS.likely) return 'likely';
  if (probability >= BAND_THRESHOLDS.possible) return 'possible';
  return 'unlikely';
}

/**
 * Counts recorded findings that carry an LR. The pain map counts once: its regions answer one
 * question ("where is the pain?"), and a map marked complete records the unticked regions as
 * absent, which is one observation, not nine.
 */
function sufficiency(
  informativeFacts: ReadonlySet<string>,
  painMap: ReadonlySet<string>,
  touchedFacts: ReadonlySet<string>,
  reader: FactReader,
  findings: Findings,
): Sufficiency {
  let informative = 0;
  let painMapCounted = false;
  for (const fact of touchedFacts) {
    if (!informativeFacts.has(fact) || reader.readFact(findings, fact).value === undefined)
      continue;
    if (painMap.has(fact)) {
      if (painMapCounted) continue;
      painMapCounted = true;
    }
    informative += 1;
  }
  const enough = informative >= MIN_INFORMATIVE_FINDINGS;
  const message = enough
    ? `${informative} findings inform the ranking.`
    : `Too few findings to rank causes: ${informative} of at least ${MIN_INFORMATIVE_FINDINGS} recorded. Record history, range of motion and special tests first; red flags are checked already.`;
  return { enough, informative, needed: MIN_INFORMATIVE_FINDINGS, message };
}

function matched<I extends string>(
  rules: readonly { readonly id: I; readonly name: string; readonly when: Predicate | null }[],
  findings: Findings,
  reader: FactReader,
): MatchedRule<I>[] {
  return rules.flatMap((rule) => {
    if (rule.when === null) return [];
    const result = evaluate(rule.when, findings, reader);
    return result.value === true
      ? [{ id: rule.id, name: rule.name, because: result.witnesses }]
      : [];
  });
}

/**
 * Builds the assessment function for a knowledge base: it ranks the differential from the
 * recorded findings, explains every probability finding by finding, and checks red flags
 * independently of the ranking.
 *
 * The result is pure and deterministic: the same findings and setting give the same assessment.
 * Invalid values are dropped before scoring (see sanitizeFindings). Conditions are scored
 * independently (they can co-exist), so probabilities do not sum to 1.
 */
export function createAssessor<
  C extends string,
  R extends string,
  T extends string,
  F extends string,
  P extends string,
>(
  kb: EngineKnowledgeBase<C, R, T, F, P>,
  assessorOptions: AssessorOptions = {},
): (
  rawFindings: Readonly<Record<string, unknown>>,
  options: AssessOptions,
) => Assessment<C, R, T, F, P> {
  const reader = createFactReader(kb.items, kb.derived);
  const label = (fact: string): string =>
    reader.examItem(fact)?.label ?? reader.derivedFinding(fact)?.label ?? fact;
  const recommendTests = createTestRecommender(kb, reader);
  const notYetExcluded = createNotYetExcluded(kb, reader);
  const informativeFacts = new Set<string>([
    ...kb.conditions.flatMap((c) => c.findings.map((f) => f.fact)),
    ...kb.clusters.flatMap((c) => c.components),
  ]);
  const painMap = new Set(
    kb.items.filter((item) => item.group === 'pain-location').map((item) => item.id),
  );
  const touchedBy = createTouchIndex(kb);
  const clustersOf = new Map<C, (typeof kb.clusters)[number][]>();
  for (const cluster of kb.clusters)
    clustersOf.set(cluster.condition, [...(clustersOf.get(cluster.condition) ?? []), cluster]);
  return (rawFindings, options) => {
    const findings = sanitizeFindings(rawFindings, kb.items);
    const redFlags = fireRedFlags(kb.redFlags, findings, reader);
    const suspected = new Set<C>(redFlags.flatMap((flag) => flag.suspects));
    const touched = touchedBy(findings);
    const differential = kb.conditions
      .map((condition, index): RankedCondition<C> => {
        const chosen = priorFor(condition, options.setting, findings);
        const prior = chosen.prior.probability;
        const score =
          assessorOptions.scoreAll === true || touched.conditions.has(index)
            ? scoreCondition(
                condition,
                clustersOf.get(condition.id) ?? [],
                prior,
                findings,
                label,
                reader,
              )
            : untouched(prior);
        return {
          id: condition.id,
          name: condition.name,
          category: condition.category,
          icd10: condition.icd10,
          serious: condition.serious,
          prior: score.prior,
          ...(chosen.band === undefined ? {} : { priorBand: chosen.band }),
          probability: score.probability,
          band: bandOf(score.probability),
          contributions: score.contributions,
          redFlagged: suspected.has(condition.id),
        };
      })
      .sort((a, b) => b.probability - a.probability || a.id.localeCompare(b.id));
    return {
      kbVersion: kb.version,
      setting: options.setting,
      sufficiency: sufficiency(informativeFacts, painMap, touched.facts, reader, findings),
      redFlags,
      notYetExcluded: notYetExcluded(findings, differential),
      differential,
      contributingFactors: matched(kb.factors, findings, reader),
      presentation: matched(kb.presentation, findings, reader),
      tests: recommendTests(findings, differential),
    };
  };
}

/** Assesses findings against the product's knowledge base. See createAssessor. */
export const assess = createAssessor(REAL_KB);
