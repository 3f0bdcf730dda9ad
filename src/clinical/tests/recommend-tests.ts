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
import { DONT_MISS_THRESHOLD, DONT_MISS_THRESHOLD_TEXT } from '../scoring/not-yet-excluded.ts';
import { expectedGain, likelihoodPair } from './information-gain.ts';
import type { LikelihoodPair } from './information-gain.ts';

/** Conditions below this probability, and not red-flagged, no longer steer testing (team decision). */
export const PLAUSIBLE_THRESHOLD = 0.05;
/** Expected gain (bits, harm-weighted) below which a test would not change the picture. */
export const MIN_GAIN_BITS = 0.01;
/**
 * How much more information about a serious condition counts than information about a benign one
 * (team decision, not evidence): missing a serious condition is taken as ten times as costly as
 * mislabelling a benign one. The same factor separates the don't-miss threshold (0.5%, see
 * DONT_MISS_THRESHOLD) from the 5% at which a benign condition still steers testing.
 */
export const HARM_WEIGHT = 10;

export interface TestReason<C extends string = ConditionId> {
  readonly condition: C;
  readonly conditionName: string;
  /** A serious condition: its information counts HARM_WEIGHT times. */
  readonly serious: boolean;
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
  /**
   * The same, harm-weighted: bits about a serious condition count HARM_WEIGHT times. The order of
   * suggestions uses this, never a probability shown.
   */
  readonly weightedGain: number;
  /** What it would do to each condition it moves, largest effect first. */
  readonly reasons: readonly TestReason<C>[];
  /** Red-flagged conditions it bears on. */
  readonly redFlagConditions: readonly C[];
  /**
   * Serious conditions still possible (at DONT_MISS_THRESHOLD or more) that a negative result
   * would take below that threshold: the test can rule them out.
   */
  readonly rulesOut: readonly C[];
  /** Why it is ranked where it is, in words (e.g. "Ranked first because it can rule out …"). */
  readonly why: string;
  readonly done?: {
    readonly results: readonly { readonly side?: Side; readonly result: TestResult }[];
  };
}

export interface TestRecommendations<
  T extends string = DiagnosticTestId,
  C extends string = ConditionId,
> {
  /**
   * Not yet done; in-clinic first, then those bearing on a red-flagged condition, then those that
   * can rule out a serious condition still possible, then by harm-weighted gain.
   */
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
  readonly serious: boolean;
}

/**
 * Whether a condition still steers testing: benign ones from PLAUSIBLE_THRESHOLD, serious ones
 * from the lower DONT_MISS_THRESHOLD, red-flagged ones always.
 */
function steers(p: Posterior<string>): boolean {
  return (
    p.redFlagged ||
    p.probability >= PLAUSIBLE_THRESHOLD ||
    (p.serious && p.probability >= DONT_MISS_THRESHOLD)
  );
}

/** "A", "A and B", "A, B and C". */
function listed(names: readonly string[]): string {
  if (names.length <= 1) return names.join('');
  return `${names.slice(0, -1).join(', ')} and ${names[names.length - 1] ?? ''}`;
}

type Unexplained<T extends string, C extends string> = Omit<TestRecommendation<T, C>, 'why'>;

/**
 * Why a test sits where it does, in words. `first`: it leads its category (or is the next best
 * in-clinic test), so the sentence can say "Ranked first".
 */
function whyText<T extends string, C extends string>(
  test: Unexplained<T, C>,
  first: boolean,
  nameOf: (id: C) => string,
): string {
  const serious = (ids: readonly C[]): string => listed(ids.map((id) => `${nameOf(id)} (serious)`));
  const ruleOut =
    test.rulesOut.length === 0
      ? ''
      : `it can rule out ${serious(test.rulesOut)}: a negative result would take ${test.rulesOut.length === 1 ? 'it' : 'each'} below the ${DONT_MISS_THRESHOLD_TEXT} don't-miss threshold`;
  if (test.redFlagConditions.length > 0) {
    const flagged = `Brought forward because it bears on red-flagged ${listed(test.redFlagConditions.map(nameOf))}`;
    return ruleOut === '' ? `${flagged}.` : `${flagged}, and ${ruleOut}.`;
  }
  if (ruleOut !== '')
    return first
      ? `Ranked first because ${ruleOut}.`
      : `Ranked above tests that only separate benign conditions because ${ruleOut}.`;
  const lead = first ? 'Ranked first' : 'Ranked';
  const seriousMoved = test.reasons.filter((r) => r.serious).map((r) => r.condition);
  const benign = test.reasons.filter((r) => !r.serious).map((r) => r.conditionName);
  // weighted = benign + HARM_WEIGHT × serious bits, expected = benign + serious bits.
  const seriousBits = (test.weightedGain - test.expectedGain) / (HARM_WEIGHT - 1);
  const mostlySerious = test.weightedGain > 0 && HARM_WEIGHT * seriousBits >= test.weightedGain / 2;
  if (seriousMoved.length > 0 && (mostlySerious || benign.length === 0))
    return `${lead} for what it tells about ${serious(seriousMoved)}: information about a serious condition counts ${HARM_WEIGHT} times that about a benign one.`;
  const also = seriousMoved.length === 0 ? '' : `; it also bears on ${serious(seriousMoved)}`;
  if (benign.length === 0) return `${lead} by what it would change.`;
  return benign.length === 1
    ? `${lead} by how much it would change ${benign[0] ?? ''} (not serious)${also}.`
    : `${lead} by how well it separates ${listed(benign)} (${seriousMoved.length === 0 ? 'none serious' : 'not serious'})${also}.`;
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
 * would still change the picture: tests bearing on conditions that are plausible (≥ 5%), serious
 * and not yet excluded (≥ 0.5%, DONT_MISS_THRESHOLD) or red-flagged. It weighs harm: they are
 * ordered in-clinic first, then those bearing on a red-flagged condition, then those that can rule
 * out a serious condition still possible, then by expected information gain with serious
 * conditions' bits counted HARM_WEIGHT times; each says why in words. The tests already done are
 * listed with their results. The gain moves one condition's odds by the test's LR with the rest
 * held: exact for a serious condition (scored alone) and for a benign one's share against its
 * competitors (its odds against them move by the same LR), though a test that also bears on a
 * competitor would move that one too.
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
    const gains = new Map<
      number,
      { expected: number; weighted: number; reasons: TestReason<C>[]; rulesOut: C[] }
    >();
    const flagged = new Map<number, C[]>();
    const names = new Map<C, string>();
    for (const p of posteriors) {
      if (!steers(p)) continue;
      names.set(p.id, p.name);
      for (const { test, pair } of evidenceByCondition.get(p.id) ?? []) {
        const gain = expectedGain(p.probability, pair);
        const entry = gains.get(test) ?? { expected: 0, weighted: 0, reasons: [], rulesOut: [] };
        entry.expected += gain.bits;
        entry.weighted += gain.bits * (p.serious ? HARM_WEIGHT : 1);
        if (
          p.serious &&
          p.probability >= DONT_MISS_THRESHOLD &&
          gain.ifNegative < DONT_MISS_THRESHOLD
        )
          entry.rulesOut.push(p.id);
        entry.reasons.push({
          condition: p.id,
          conditionName: p.name,
          serious: p.serious,
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
    const all = [...visit].flatMap((index): Unexplained<T, C>[] => {
      const test = kb.tests[index];
      if (test === undefined) return [];
      const gain = gains.get(index) ?? { expected: 0, weighted: 0, reasons: [], rulesOut: [] };
      const redFlagConditions = flagged.get(index) ?? [];
      const done =
        test.examItem === undefined ? undefined : doneResults(reader, findings, test.examItem);
      if (
        done === undefined &&
        gain.weighted < MIN_GAIN_BITS &&
        redFlagConditions.length === 0 &&
        gain.rulesOut.length === 0
      )
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
          weightedGain: gain.weighted,
          reasons: gain.reasons.sort(
            (a, b) => Math.abs(b.ifPositive - b.ifNegative) - Math.abs(a.ifPositive - a.ifNegative),
          ),
          redFlagConditions,
          rulesOut: gain.rulesOut,
          ...(done === undefined ? {} : { done }),
        },
      ];
    });
    const byOrder = (a: Unexplained<T, C>, b: Unexplained<T, C>): number =>
      CATEGORY_ORDER[a.category] - CATEGORY_ORDER[b.category] ||
      b.redFlagConditions.length - a.redFlagConditions.length ||
      b.rulesOut.length - a.rulesOut.length ||
      b.weightedGain - a.weightedGain ||
      a.invasiveness - b.invasiveness ||
      a.id.localeCompare(b.id);
    const pending = all.filter((t) => t.done === undefined).sort(byOrder);
    const next = pending.find(
      (t) =>
        t.category === 'in-clinic' && (t.weightedGain >= MIN_GAIN_BITS || t.rulesOut.length > 0),
    );
    const nameOf = (id: C): string => names.get(id) ?? id;
    const recommended = pending.map((t, i): TestRecommendation<T, C> => ({
      ...t,
      why: whyText(t, t === next || pending[i - 1]?.category !== t.category, nameOf),
    }));
    return {
      recommended,
      done: all
        .filter((t) => t.done !== undefined)
        .sort(byOrder)
        .map((t) => ({ ...t, why: whyText(t, false, nameOf) })),
      nextInClinic: recommended.find((t) => t.id === next?.id),
    };
  };
}
