import { CONDITION_LIST } from '../knowledge-base/conditions.ts';
import type { ConditionId } from '../knowledge-base/conditions.ts';
import { DIAGNOSTIC_TEST_LIST } from '../knowledge-base/diagnostic-tests.ts';
import type { DiagnosticTestId } from '../knowledge-base/diagnostic-tests.ts';
import type { CostBand, Findings, Side, TestCategory, TestResult } from '../knowledge-base/types.ts';
import { derivedFinding, examItem, rawValue, relevantSides } from '../scoring/facts.ts';
import { expectedGain, likelihoodPair } from './information-gain.ts';
import type { LikelihoodPair } from './information-gain.ts';

/** Conditions below this probability, and not red-flagged, no longer steer testing (team decision). */
export const PLAUSIBLE_THRESHOLD = 0.05;
/** Expected gain (bits) below which a test would not change the picture. */
export const MIN_GAIN_BITS = 0.01;

export interface TestReason {
  readonly condition: ConditionId;
  readonly conditionName: string;
  readonly current: number;
  readonly ifPositive: number;
  readonly ifNegative: number;
}

export interface TestRecommendation {
  readonly id: DiagnosticTestId;
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
  readonly reasons: readonly TestReason[];
  /** Red-flagged conditions it bears on without usable accuracy figures. */
  readonly redFlagConditions: readonly ConditionId[];
  readonly done?: { readonly results: readonly { readonly side?: Side; readonly result: TestResult }[] };
}

export interface TestRecommendations {
  /** Not yet done; in-clinic first, then by expected gain. */
  readonly recommended: readonly TestRecommendation[];
  readonly done: readonly TestRecommendation[];
  /** The single best in-clinic test still to do. */
  readonly nextInClinic: TestRecommendation | undefined;
}

interface Posterior {
  readonly id: ConditionId;
  readonly name: string;
  readonly probability: number;
  readonly redFlagged: boolean;
}

/** Each condition's LR pair for an in-clinic exam item (the item itself or a finding derived from it). */
function examItemEvidence(itemId: string): ReadonlyMap<ConditionId, LikelihoodPair> {
  const evidence = new Map<ConditionId, LikelihoodPair>();
  for (const condition of CONDITION_LIST) {
    for (const entry of condition.findings) {
      const related = entry.fact === itemId || (derivedFinding(entry.fact)?.from.includes(itemId) ?? false);
      const pair = related ? likelihoodPair(entry.lrPositive, entry.lrNegative) : undefined;
      const current = evidence.get(condition.id);
      if (pair !== undefined && (current === undefined || pair.strength > current.strength)) evidence.set(condition.id, pair);
    }
  }
  return evidence;
}

function doneResults(findings: Findings, itemId: string): TestRecommendation['done'] {
  const item = examItem(itemId);
  if (item === undefined) return undefined;
  const sides: readonly (Side | undefined)[] = item.sided ? relevantSides(findings) : [undefined];
  const results = sides.flatMap((side): { readonly side?: Side; readonly result: TestResult }[] => {
    const v = rawValue(findings, itemId, side);
    return v === 'positive' || v === 'negative' ? [side === undefined ? { result: v } : { side, result: v }] : [];
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
 * Diagnostic tests filtered to what would still change the picture: tests bearing on conditions
 * that are plausible (≥ 5%) or red-flagged, ordered in-clinic first and then by expected
 * information gain over the current probabilities. Assumes conditions are independent for the
 * gain calculation, as the scoring does.
 */
export function recommendTests(findings: Findings, posteriors: readonly Posterior[]): TestRecommendations {
  const candidates = posteriors.filter((p) => p.probability >= PLAUSIBLE_THRESHOLD || p.redFlagged);
  const redFlagged = new Set(posteriors.filter((p) => p.redFlagged).map((p) => p.id));
  const all = DIAGNOSTIC_TEST_LIST.flatMap((test): TestRecommendation[] => {
    const evidence: ReadonlyMap<ConditionId, LikelihoodPair> =
      test.examItem === undefined
        ? new Map(test.targets.flatMap((t) => {
            const pair = likelihoodPair(t.lrPositive, t.lrNegative);
            return pair === undefined ? [] : [[t.condition, pair] as const];
          }))
        : examItemEvidence(test.examItem);
    const reasons = candidates.flatMap((c): TestReason[] => {
      const pair = evidence.get(c.id);
      if (pair === undefined) return [];
      const gain = expectedGain(c.probability, pair);
      return [{ condition: c.id, conditionName: c.name, current: c.probability, ifPositive: gain.ifPositive, ifNegative: gain.ifNegative }];
    });
    const expected = candidates.reduce((sum, c) => {
      const pair = evidence.get(c.id);
      return pair === undefined ? sum : sum + expectedGain(c.probability, pair).bits;
    }, 0);
    const redFlagConditions = [...new Set<ConditionId>([...test.bearsOn, ...evidence.keys()])].filter((id) => redFlagged.has(id));
    const done = test.examItem === undefined ? undefined : doneResults(findings, test.examItem);
    if (done === undefined && expected < MIN_GAIN_BITS && redFlagConditions.length === 0) return [];
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
        expectedGain: expected,
        reasons: [...reasons].sort((a, b) => Math.abs(b.ifPositive - b.ifNegative) - Math.abs(a.ifPositive - a.ifNegative)),
        redFlagConditions,
        ...(done === undefined ? {} : { done }),
      },
    ];
  });
  const recommended = all
    .filter((t) => t.done === undefined)
    .sort(
      (a, b) =>
        CATEGORY_ORDER[a.category] - CATEGORY_ORDER[b.category] ||
        b.redFlagConditions.length - a.redFlagConditions.length ||
        b.expectedGain - a.expectedGain ||
        a.invasiveness - b.invasiveness ||
        a.id.localeCompare(b.id),
    );
  return {
    recommended,
    done: all.filter((t) => t.done !== undefined),
    nextInClinic: recommended.find((t) => t.category === 'in-clinic' && t.expectedGain >= MIN_GAIN_BITS),
  };
}
