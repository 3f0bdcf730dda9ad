import type { ConditionId } from '../knowledge-base/conditions.ts';
import type { DiagnosticTestId } from '../knowledge-base/diagnostic-tests.ts';
import type {
  CostBand,
  Findings,
  Side,
  TestCategory,
  TestResult,
} from '../knowledge-base/types.ts';
import type { EngineKnowledgeBase } from '../scoring/engine-kb.ts';
import type { FactReader } from '../scoring/facts.ts';
import { rawValue, relevantSides } from '../scoring/facts.ts';
import { expectedGain, likelihoodPair } from './information-gain.ts';
import type { LikelihoodPair } from './information-gain.ts';

/** Conditions below this probability, and not red-flagged, no longer steer testing (team decision). */
export const PLAUSIBLE_THRESHOLD = 0.05;
/** Expected gain (bits) below which a test would not change the picture. */
export const MIN_GAIN_BITS = 0.01;

export interface TestReason<C extends string = ConditionId> {
  readonly condition: C;
  readonly conditionName: string;
  readonly current: number;
  readonly ifPositive: number;
  readonly ifNegative: number;
}

export interface TestRecommendation<
  T extends string = DiagnosticTestId,
  C extends string = ConditionId,
> {
  readonly id: T;
  readonly name: string;
  readonly category: TestCategory;
  readonly purpose: string;
  readonly orderedBy: string;
  readonly invasiveness: number;
  readonly cost: CostBand;
  readonly examItem?: string;
  /** Expected reduction in uncertainty (bits, summed over the plausible conditions). */
  readonly expectedGain: number;
  /** What it would do to each condition it moves, largest effect first. */
  readonly reasons: readonly TestReason<C>[];
  /** Red-flagged conditions it bears on. */
  readonly redFlagConditions: readonly C[];
  readonly done?: {
    readonly results: readonly { readonly side?: Side; readonly result: TestResult }[];
  };
}

export interface TestRecommendations<
  T extends string = DiagnosticTestId,
  C extends string = ConditionId,
> {
  /** Not yet done; in-clinic first, then by expected gain. */
  readonly recommended: readonly TestRecommendation<T, C>[];
  readonly done: readonly TestRecommendation<T, C>[];
  /** The single best in-clinic test still to do. */
  readonly nextInClinic: TestRecommendation<T, C> | undefined;
}

interface Posterior<C extends string> {
  readonly id: C;
  readonly name: string;
  readonly probability: number;
  readonly redFlagged: boolean;
}

/**
 * Each condition's LR pair for each exam item (the item itself or a finding derived from it),
 * keeping the strongest entry per condition. Built once per knowledge base: it does not depend on
 * the findings.
 */
function indexExamItemEvidence<C extends string>(
  kb: EngineKnowledgeBase<C, string, string, string, string>,
  reader: FactReader,
): ReadonlyMap<string, ReadonlyMap<C, LikelihoodPair>> {
  const index = new Map<string, Map<C, LikelihoodPair>>();
  for (const condition of kb.conditions) {
    for (const entry of condition.findings) {
      const pair = likelihoodPair(entry.lrPositive, entry.lrNegative);
      if (pair === undefined) continue;
      const items = [entry.fact, ...(reader.derivedFinding(entry.fact)?.from ?? [])];
      for (const item of items) {
        const byCondition = index.get(item) ?? new Map<C, LikelihoodPair>();
        const current = byCondition.get(condition.id);
        if (current === undefined || pair.strength > current.strength)
          byCondition.set(condition.id, pair);
        index.set(item, byCondition);
      }
    }
  }
  return index;
}

function doneResults(
  reader: FactReader,
  findings: Findings,
  itemId: string,
): TestRecommendation['done'] {
  const item = reader.examItem(itemId);
  if (item === undefined) return undefined;
  const sides: readonly (Side | undefined)[] = item.sided ? relevantSides(findings) : [undefined];
  const results = sides.flatMap((side): { readonly side?: Side; readonly result: TestResult }[] => {
    const v = rawValue(findings, itemId, side);
    // Palpation and other yes/no findings are tests too: ticked is positive, an explicit no negative.
    const result: TestResult | undefined =
      v === 'positive' || v === true
        ? 'positive'
        : v === 'negative' || v === false
          ? 'negative'
          : undefined;
    return result === undefined ? [] : [side === undefined ? { result } : { side, result }];
  });
  return results.length === 0 ? undefined : { results };
}

const CATEGORY_ORDER: Readonly<Record<TestCategory, number>> = {
  'in-clinic': 0,
  laboratory: 1,
  imaging: 2,
  electrodiagnostic: 3,
  'diagnostic-injection': 4,
};

/**
 * Builds the test recommender for a knowledge base. It returns diagnostic tests filtered to what
 * would still change the picture: tests bearing on conditions that are plausible (≥ 5%) or
 * red-flagged, ordered in-clinic first and then by expected information gain over the current
 * probabilities, plus the tests already done with their results. Assumes conditions are
 * independent for the gain calculation, as the scoring does.
 *
 * Indexes are built once (condition → tests, exam item → tests), so each call visits only the
 * tests that bear on the plausible or red-flagged conditions, or that were recorded.
 */
export function createTestRecommender<C extends string, T extends string>(
  kb: EngineKnowledgeBase<C, string, T, string, string>,
  reader: FactReader,
): (findings: Findings, posteriors: readonly Posterior<C>[]) => TestRecommendations<T, C> {
  const byItem = indexExamItemEvidence(kb, reader);
  const evidenceOf = (
    test: (typeof kb.tests)[number],
  ): readonly (readonly [C, LikelihoodPair])[] =>
    test.examItem === undefined
      ? test.targets.flatMap((t) => {
          const pair = likelihoodPair(t.lrPositive, t.lrNegative);
          return pair === undefined ? [] : [[t.condition, pair] as const];
        })
      : [...(byItem.get(test.examItem) ?? new Map<C, LikelihoodPair>())];
  const evidenceByCondition = new Map<
    C,
    { readonly test: number; readonly pair: LikelihoodPair }[]
  >();
  const bearingOn = new Map<C, number[]>();
  const testsOfItem = new Map<string, number[]>();
  kb.tests.forEach((test, index) => {
    const evidence = evidenceOf(test);
    for (const [condition, pair] of evidence)
      evidenceByCondition.set(condition, [
        ...(evidenceByCondition.get(condition) ?? []),
        { test: index, pair },
      ]);
    for (const condition of new Set<C>([...test.bearsOn, ...evidence.map(([c]) => c)]))
      bearingOn.set(condition, [...(bearingOn.get(condition) ?? []), index]);
    if (test.examItem !== undefined)
      testsOfItem.set(test.examItem, [...(testsOfItem.get(test.examItem) ?? []), index]);
  });

  return (findings, posteriors) => {
    const gains = new Map<number, { expected: number; reasons: TestReason<C>[] }>();
    const flagged = new Map<number, C[]>();
    for (const p of posteriors) {
      if (p.probability < PLAUSIBLE_THRESHOLD && !p.redFlagged) continue;
      for (const { test, pair } of evidenceByCondition.get(p.id) ?? []) {
        const gain = expectedGain(p.probability, pair);
        const entry = gains.get(test) ?? { expected: 0, reasons: [] };
        entry.expected += gain.bits;
        entry.reasons.push({
          condition: p.id,
          conditionName: p.name,
          current: p.probability,
          ifPositive: gain.ifPositive,
          ifNegative: gain.ifNegative,
        });
        gains.set(test, entry);
      }
      if (p.redFlagged)
        for (const test of bearingOn.get(p.id) ?? [])
          flagged.set(test, [...(flagged.get(test) ?? []), p.id]);
    }
    const recorded = Object.keys(findings).flatMap((item) => testsOfItem.get(item) ?? []);
    const visit = new Set<number>([...gains.keys(), ...flagged.keys(), ...recorded]);
    const all = [...visit].flatMap((index): TestRecommendation<T, C>[] => {
      const test = kb.tests[index];
      if (test === undefined) return [];
      const gain = gains.get(index) ?? { expected: 0, reasons: [] };
      const redFlagConditions = flagged.get(index) ?? [];
      const done =
        test.examItem === undefined ? undefined : doneResults(reader, findings, test.examItem);
      if (done === undefined && gain.expected < MIN_GAIN_BITS && redFlagConditions.length === 0)
        return [];
      return [
        {
          id: test.id,
          name: test.name,
          category: test.category,
          purpose: test.purpose,
          orderedBy: test.orderedBy,
          invasiveness: test.invasiveness,
          cost: test.cost,
          ...(test.examItem === undefined ? {} : { examItem: test.examItem }),
          expectedGain: gain.expected,
          reasons: gain.reasons.sort(
            (a, b) => Math.abs(b.ifPositive - b.ifNegative) - Math.abs(a.ifPositive - a.ifNegative),
          ),
          redFlagConditions,
          ...(done === undefined ? {} : { done }),
        },
      ];
    });
    const byOrder = (a: TestRecommendation<T, C>, b: TestRecommendation<T, C>): number =>
      CATEGORY_ORDER[a.category] - CATEGORY_ORDER[b.category] ||
      b.redFlagConditions.length - a.redFlagConditions.length ||
      b.expectedGain - a.expectedGain ||
      a.invasiveness - b.invasiveness ||
      a.id.localeCompare(b.id);
    const recommended = all.filter((t) => t.done === undefined).sort(byOrder);
    return {
      recommended,
      done: all.filter((t) => t.done !== undefined).sort(byOrder),
      nextInClinic: recommended.find(
        (t) => t.category === 'in-clinic' && t.expectedGain >= MIN_GAIN_BITS,
      ),
    };
  };
}
