import type { ConditionId } from '../knowledge-base/conditions.ts';
import { CANNOT_APPLY_PRIOR } from '../knowledge-base/provenance.ts';
import type { DiagnosticTestId } from '../knowledge-base/diagnostic-tests.ts';
import type {
  ConditionDef,
  CostBand,
  DiagnosticTestDef,
  Findings,
  FindingLR,
  Probability,
  ProvenanceKind,
  TestCategory,
} from '../knowledge-base/types.ts';
import type { FactReader } from './facts.ts';
import type { Contribution } from './score-condition.ts';

/**
 * The team's don't-miss threshold (a team decision, not a published figure): a serious condition
 * at 0.5% or more stays in "Not yet excluded", whatever its rank. It is set low on purpose, below
 * the probabilities at which clinicians usually start testing for a dangerous diagnosis, and a
 * tenth of the 5% at which a benign condition still steers testing (PLAUSIBLE_THRESHOLD): missing
 * a serious condition is taken as ten times as costly (see HARM_WEIGHT in recommend-tests.ts).
 */
export const DONT_MISS_THRESHOLD = 0.005;

export { CANNOT_APPLY_PRIOR } from '../knowledge-base/provenance.ts';

/** What to do while a serious condition without its own `action` text is not excluded. */
export const DEFAULT_DONT_MISS_ACTION = 'Consider and exclude before treating as musculoskeletal.';

/** Said when no unrecorded finding or test with an LR− below 1 bears on the condition. */
export const NO_SINGLE_RULE_OUT = 'No single finding rules it out';

/** The threshold in words, e.g. "0.5%". */
export const DONT_MISS_THRESHOLD_TEXT = `${Number((DONT_MISS_THRESHOLD * 100).toPrecision(2))}%`;

/** What the "Not yet excluded" list holds, on screen and in print. */
export const DONT_MISS_INTRO = `Serious causes still at ${DONT_MISS_THRESHOLD_TEXT} or more, or raised by a red flag, whatever their rank.`;

/** Said instead of the list when it is empty. */
export const DONT_MISS_NONE = `None: no serious cause is at ${DONT_MISS_THRESHOLD_TEXT} or more or raised by a red flag.`;

interface RuleOutCommon {
  /** The finding's or test's name. */
  readonly label: string;
  /** The likelihood ratio a negative result (or the finding's absence) carries for the condition. */
  readonly lrNegative: number;
  readonly provenance: ProvenanceKind;
  /**
   * The condition's probability after a negative result, all else as recorded. A finding in a
   * dependency group counts only if it would be the group's strongest, as in the scoring.
   */
  readonly ifNegative: number;
  /** A negative result alone would take it below DONT_MISS_THRESHOLD. */
  readonly excludes: boolean;
}

/** The best not-yet-recorded way to exclude a serious condition. */
export type RuleOut<T extends string = DiagnosticTestId> =
  | (RuleOutCommon & {
      /** A finding of the exam or history: found absent, or a test found negative. */
      readonly kind: 'finding';
      readonly fact: string;
      /** The exam item to record it in (the fact itself, or the item a derived finding reads). */
      readonly examItem?: string;
      /** How the excluding result reads: "negative" for a test, "absent" for anything else. */
      readonly result: 'negative' | 'absent';
    })
  | (RuleOutCommon & {
      /** A diagnostic test (laboratory, imaging …) with a figure for this condition. */
      readonly kind: 'test';
      readonly test: T;
      readonly result: 'negative';
      readonly category: TestCategory;
      readonly invasiveness: number;
      readonly cost: CostBand;
    })
  | { readonly kind: 'none'; readonly label: typeof NO_SINGLE_RULE_OUT };

/** A serious condition that is still possible, or that a fired red flag suspects. */
export interface NotExcluded<C extends string = ConditionId, T extends string = DiagnosticTestId> {
  readonly id: C;
  readonly name: string;
  readonly probability: Probability;
  readonly redFlagged: boolean;
  /** At or above DONT_MISS_THRESHOLD (a red-flagged condition can be listed below it). */
  readonly aboveThreshold: boolean;
  /** What to do while it is not excluded: the condition's own action, or DEFAULT_DONT_MISS_ACTION. */
  readonly action: string;
  readonly ruleOut: RuleOut<T>;
}

/** What the list needs from each ranked condition. */
export interface RankedForExclusion<C extends string> {
  readonly id: C;
  readonly name: string;
  readonly serious: boolean;
  /** The prior it started from; a prior at or below CANNOT_APPLY_PRIOR means not possible here. */
  readonly prior?: Probability;
  readonly probability: Probability;
  readonly redFlagged: boolean;
  readonly contributions: readonly Contribution[];
}

type Candidate<T extends string> = Exclude<RuleOut<T>, { readonly kind: 'none' }>;

const CANDIDATE_COST: Readonly<Record<CostBand, number>> = {
  free: 0,
  low: 1,
  moderate: 2,
  high: 3,
  'very-high': 4,
};

/** Smallest LR− first; on a tie an exam finding before a test, then the less invasive and cheaper. */
function better<T extends string>(a: Candidate<T>, b: Candidate<T>): boolean {
  if (a.lrNegative !== b.lrNegative) return a.lrNegative < b.lrNegative;
  if (a.kind !== b.kind) return a.kind === 'finding';
  if (a.kind === 'test' && b.kind === 'test')
    return (a.invasiveness - b.invasiveness || CANDIDATE_COST[a.cost] - CANDIDATE_COST[b.cost]) < 0;
  return false;
}

/** The probability after multiplying its odds by an LR. */
function afterLr(probability: number, lr: number): number {
  if (probability <= 0) return 0;
  if (probability >= 1) return 1;
  const odds = (probability / (1 - probability)) * lr;
  return odds / (1 + odds);
}

const strength = (lr: number): number => Math.abs(Math.log(lr));

/**
 * The LR a finding's absence would actually apply, given what is recorded: within a dependency
 * group only the strongest contribution counts, so an absent finding replaces the group's applied
 * one only when it is stronger, and otherwise changes nothing (undefined).
 */
function effectiveLr(
  entry: FindingLR,
  lrNegative: number,
  contributions: readonly Contribution[],
): number | undefined {
  if (entry.group === undefined) return lrNegative;
  const applied = contributions.find((c) => c.applied && c.group === entry.group);
  if (applied === undefined) return lrNegative;
  return strength(lrNegative) > strength(applied.lr) ? lrNegative / applied.lr : undefined;
}

/**
 * Builds the don't-miss list for a knowledge base: every serious condition at DONT_MISS_THRESHOLD
 * or more, or suspected by a fired red flag, whatever its rank, each with what to do meanwhile and
 * the best way to exclude it that is not yet recorded — the candidate with the smallest LR− among
 * the condition's own findings (their absence) and the diagnostic tests with a figure for it.
 * In-clinic tests recorded in the exam carry their accuracy in the condition's findings, so they
 * are found there. Red-flagged conditions come first, then by probability.
 */
export function createNotYetExcluded<C extends string, T extends string>(
  kb: {
    readonly conditions: readonly (ConditionDef & { readonly id: C })[];
    readonly tests: readonly (DiagnosticTestDef<string, C> & { readonly id: T })[];
  },
  reader: FactReader,
): (findings: Findings, ranked: readonly RankedForExclusion<C>[]) => NotExcluded<C, T>[] {
  const serious = new Map(
    kb.conditions.filter((condition) => condition.serious).map((c) => [c.id, c] as const),
  );
  const testsFor = new Map<
    C,
    {
      readonly test: (typeof kb.tests)[number];
      readonly lrNegative: number;
      readonly kind: ProvenanceKind;
    }[]
  >();
  for (const test of kb.tests)
    for (const target of test.targets) {
      if (!serious.has(target.condition) || target.lrNegative === undefined) continue;
      if (target.lrNegative >= 1) continue;
      testsFor.set(target.condition, [
        ...(testsFor.get(target.condition) ?? []),
        { test, lrNegative: target.lrNegative, kind: target.provenance.kind },
      ]);
    }
  const label = (fact: string): string =>
    reader.examItem(fact)?.label ?? reader.derivedFinding(fact)?.label ?? fact;
  const itemOf = (fact: string): string | undefined =>
    reader.examItem(fact)?.id ?? reader.derivedFinding(fact)?.from[0];

  const ruleOutFor = (
    condition: ConditionDef & { readonly id: C },
    ranked: RankedForExclusion<C>,
    findings: Findings,
  ): RuleOut<T> => {
    let best: Candidate<T> | undefined;
    const consider = (candidate: Candidate<T>): void => {
      if (best === undefined || better(candidate, best)) best = candidate;
    };
    for (const entry of condition.findings) {
      const lrNegative = entry.lrNegative;
      if (lrNegative === undefined || lrNegative >= 1) continue;
      if (reader.readFact(findings, entry.fact, entry.onlySide).value !== undefined) continue;
      const lr = effectiveLr(entry, lrNegative, ranked.contributions);
      if (lr === undefined) continue;
      const ifNegative = afterLr(ranked.probability, lr);
      const examItem = itemOf(entry.fact);
      consider({
        kind: 'finding',
        fact: entry.fact,
        ...(examItem === undefined ? {} : { examItem }),
        result: reader.examItem(entry.fact)?.value.kind === 'test' ? 'negative' : 'absent',
        label: label(entry.fact),
        lrNegative,
        provenance: entry.provenance.kind,
        ifNegative,
        excludes: ifNegative < DONT_MISS_THRESHOLD,
      });
    }
    for (const { test, lrNegative, kind } of testsFor.get(condition.id) ?? []) {
      // A test that is also an exam item and already recorded is no longer a way to exclude it.
      if (
        test.examItem !== undefined &&
        reader.readFact(findings, test.examItem).value !== undefined
      )
        continue;
      const ifNegative = afterLr(ranked.probability, lrNegative);
      consider({
        kind: 'test',
        test: test.id,
        result: 'negative',
        label: test.name,
        lrNegative,
        provenance: kind,
        ifNegative,
        excludes: ifNegative < DONT_MISS_THRESHOLD,
        category: test.category,
        invasiveness: test.invasiveness,
        cost: test.cost,
      });
    }
    return best ?? { kind: 'none', label: NO_SINGLE_RULE_OUT };
  };

  return (findings, ranked) =>
    ranked
      .flatMap((c): NotExcluded<C, T>[] => {
        const condition = serious.get(c.id);
        if (condition === undefined || !c.serious) return [];
        if (c.prior !== undefined && c.prior <= CANNOT_APPLY_PRIOR) return [];
        const aboveThreshold = c.probability >= DONT_MISS_THRESHOLD;
        if (!aboveThreshold && !c.redFlagged) return [];
        return [
          {
            id: c.id,
            name: c.name,
            probability: c.probability,
            redFlagged: c.redFlagged,
            aboveThreshold,
            action: condition.action ?? DEFAULT_DONT_MISS_ACTION,
            ruleOut: ruleOutFor(condition, c, findings),
          },
        ];
      })
      .sort(
        (a, b) =>
          Number(b.redFlagged) - Number(a.redFlagged) ||
          b.probability - a.probability ||
          a.id.localeCompare(b.id),
      );
}
