/**
 * # The model
 *
 * **What it computes.** For each condition, the probability that it explains this patient's
 * complaint, given the care setting, the patient's age and sex, and the findings recorded so far.
 *
 * **Priors.** Each condition has a prior per care setting (general practice or sport), replaced
 * by an age band's (and sex's) prior where the literature says the condition depends on them
 * (scoring/prior-for.ts). Most priors are the team's estimates and say so.
 *
 * **Evidence.** Each finding moves a condition by its likelihood ratio (LR+ when present, LR−
 * when recorded absent; a finding not recorded moves nothing). Validated clusters (Sutlive,
 * Laslett) act as one finding. Correlated findings (tests of one structure, signs of one nerve
 * root) share a dependency group: in a group only the strongest evidence for and the strongest
 * against are applied, once each (score-condition.ts). Between groups the findings are assumed
 * independent given the condition: naive Bayes.
 *
 * **Competition.** Non-serious conditions explain the same complaint, so they compete for one
 * share of probability together with "another cause not listed" (the share no listed cause
 * explains; a team estimate per setting). A condition's probability is its weight (prior × Π LR)
 * over its own weight, the other cause's and those of the conditions it competes with; an LR is
 * read as the finding's likelihood under the condition against its likelihood under everything
 * else. Conditions that really co-exist (FAI syndrome and a labral tear, the groin entities in
 * athletes, fibromyalgia with anything) are declared in knowledge-base/competition.ts: evidence
 * for or against one does not move the other (compete.ts). With no findings, the shares are the
 * priors scaled to sum to 1 with the other cause, so priors that overlap (prevalences in clinics
 * where people have more than one cause) no longer sum above 1. The other cause's weight is fixed
 * per setting (its share for a patient of unknown age); when an age band lowers the listed causes
 * (a child), the share they give up goes to another cause, not to the remaining listed ones.
 * Serious conditions do not compete: each is scored against its own absence, because a dangerous
 * cause can sit beside any benign one and a benign cause that fits well must never make a
 * dangerous one look excluded. The differential therefore mixes two readings, and its
 * probabilities do not sum to 1.
 *
 * **Pain map.** A region not ticked is unknown, not pain-free, for a serious cause until the map
 * is marked complete (a retrocaecal appendix presents as groin pain); for a benign cause it reads
 * as pain-free as soon as one region is ticked (facts.ts, readFactForBenign).
 *
 * **Where it is wrong.**
 * - Independence: findings in different groups are rarely fully independent (pain on squatting
 *   and reduced range in hip OA), so a long list of positive findings overstates certainty. The
 *   display caps what it claims ("over 90%") for that reason.
 * - Likelihood ratios: most are the team's estimates, and most published ones come from referred,
 *   surgical or case-control samples, where spectrum bias inflates them; each entry says which.
 *   An entry whose movement comes mostly from estimates says so (estimateShare).
 * - Competition: "everything else" is approximated by the same reference group for every
 *   condition, co-existence is declared pair by pair rather than learned, and the share left to
 *   another cause is a judgement, not a measured figure.
 * - Serious conditions scored alone can be overstated when a benign cause explains the findings
 *   well; that is deliberate (the cost of missing them is not symmetric), and red flags are
 *   checked separately from any probability.
 * - Priors: prevalence varies between clinics; the setting chooses between two sets only.
 */
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
import { compete, indexCoexistence, otherCauseWeight } from './compete.ts';
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
  /**
   * Whether it competes with the other non-serious conditions for the complaint. When it does,
   * `prior` and `probability` are shares after competition and `alone` is the probability on its
   * own evidence, scored against its absence; for a serious condition the two are the same.
   */
  readonly competes: boolean;
  readonly alone: Probability;
  /** The share of the movement from the prior that rests on the team's estimates (0–1). */
  readonly estimateShare: number;
  readonly contributions: readonly Contribution[];
  /** A fired red flag names this condition as a suspect. */
  readonly redFlagged: boolean;
}

/** "Another cause not listed": the share of the complaint no listed non-serious condition explains. */
export interface OtherCause {
  readonly prior: Probability;
  readonly probability: Probability;
}

/** From this share of movement on, an entry says that it rests mostly on the team's estimates. */
export const MOSTLY_ESTIMATES = 0.5;

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
  readonly otherCause: OtherCause;
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
 * Invalid values are dropped before scoring (see sanitizeFindings). The model is described at the
 * top of this file.
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
  // The non-serious conditions compete (compete.ts); slotOf maps a condition's index to its place.
  const competing = kb.conditions.flatMap((c, index) => (c.serious ? [] : [index]));
  const slotOf = new Map<number, number>(competing.map((index, slot) => [index, slot]));
  const coexists = indexCoexistence(
    competing.map((index) => kb.conditions[index]?.id).filter((id) => id !== undefined),
    kb.coexisting,
  );
  const otherWeightFor = (setting: CareSetting): number =>
    otherCauseWeight(
      competing.map((index) => kb.conditions[index]?.priors[setting].probability ?? 0),
      kb.otherCause.priors[setting].probability,
    );
  const otherWeight: Readonly<Record<CareSetting, number>> = {
    general: otherWeightFor('general'),
    sports: otherWeightFor('sports'),
  };
  const clustersOf = new Map<C, (typeof kb.clusters)[number][]>();
  for (const cluster of kb.clusters)
    clustersOf.set(cluster.condition, [...(clustersOf.get(cluster.condition) ?? []), cluster]);
  return (rawFindings, options) => {
    const findings = sanitizeFindings(rawFindings, kb.items);
    const redFlags = fireRedFlags(kb.redFlags, findings, reader);
    const suspected = new Set<C>(redFlags.flatMap((flag) => flag.suspects));
    const touched = touchedBy(findings);
    const scored = kb.conditions.map((condition, index) => {
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
      return { condition, chosen, score };
    });
    const shares = compete(
      competing.map((index) => {
        const score = scored[index]?.score ?? untouched(1);
        return { logPrior: Math.log(score.prior), logLikelihood: score.logLikelihood };
      }),
      otherWeight[options.setting],
      coexists,
    );
    const differential = scored
      .map(({ condition, chosen, score }, index): RankedCondition<C> => {
        const slot = slotOf.get(index);
        const prior = slot === undefined ? score.prior : (shares.priors[slot] ?? score.prior);
        const probability =
          slot === undefined
            ? score.probability
            : (shares.probabilities[slot] ?? score.probability);
        return {
          id: condition.id,
          name: condition.name,
          category: condition.category,
          icd10: condition.icd10,
          serious: condition.serious,
          prior: prior as Probability,
          ...(chosen.band === undefined ? {} : { priorBand: chosen.band }),
          probability: probability as Probability,
          band: bandOf(probability),
          competes: slot !== undefined,
          alone: score.probability,
          estimateShare: score.estimateShare,
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
      otherCause: {
        prior: shares.otherPrior as Probability,
        probability: shares.other as Probability,
      },
      contributingFactors: matched(kb.factors, findings, reader),
      presentation: matched(kb.presentation, findings, reader),
      tests: recommendTests(findings, differential),
    };
  };
}

/** Assesses findings against the product's knowledge base. See createAssessor. */
export const assess = createAssessor(REAL_KB);
