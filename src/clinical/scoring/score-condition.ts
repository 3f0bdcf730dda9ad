import type {
  ClusterDef,
  ConditionDef,
  Findings,
  FindingLR,
  Probability,
  Provenance,
  Side,
} from '../knowledge-base/types.ts';
import type { FactReader } from './facts.ts';
import { evaluate } from './predicate.ts';

/** One finding's (or cluster's) effect on one condition: the "why" of a probability. */
export interface Contribution {
  readonly kind: 'finding' | 'cluster';
  /** The fact, or the cluster id. */
  readonly source: string;
  /** Human-readable: the finding's label or "Sutlive hip-OA prediction rule: 4 or more of 5 positive". */
  readonly label: string;
  readonly side?: Side;
  /** Whether the finding was present (LR+) or absent (LR−). */
  readonly present: boolean;
  readonly lr: number;
  readonly provenance: Provenance;
  readonly group?: string;
  /**
   * False when a stronger finding in the same dependency group was applied instead: correlated
   * tests are not multiplied together.
   */
  readonly applied: boolean;
  /** For an unapplied contribution, the label of the one that was applied. */
  readonly supersededBy?: string;
  /**
   * Set when the finding was not recorded but inferred, in words: e.g. "not ticked on a pain map
   * marked complete" for a pain-map region read as absent.
   */
  readonly inferred?: string;
}

/** A condition's prior, posterior and the contributions that moved it. */
export interface ConditionScore {
  readonly prior: Probability;
  /** Scored against the condition's own absence: prior odds × Π LR. */
  readonly probability: Probability;
  /** Σ ln LR over the applied contributions. */
  readonly logLikelihood: number;
  /**
   * The share of the movement (Σ |ln LR| of applied contributions) that comes from the team's
   * estimates rather than published or computed figures; 0 when nothing moved it.
   */
  readonly estimateShare: number;
  readonly contributions: readonly Contribution[];
}

function estimateShareOf(contributions: readonly Contribution[]): number {
  let total = 0;
  let estimated = 0;
  for (const c of contributions) {
    if (!c.applied) continue;
    const size = strength(c);
    total += size;
    if (c.provenance.kind === 'expert-estimate') estimated += size;
  }
  return total === 0 ? 0 : estimated / total;
}

type Label = (fact: string) => string;

function findingContribution(
  entry: FindingLR,
  serious: boolean,
  findings: Findings,
  label: Label,
  reader: FactReader,
): Omit<Contribution, 'applied'> | undefined {
  const reading = (serious ? reader.readFact : reader.readFactForBenign)(
    findings,
    entry.fact,
    entry.onlySide,
  );
  if (reading.value === undefined) return undefined;
  const lr = reading.value ? entry.lrPositive : entry.lrNegative;
  if (lr === undefined) return undefined;
  return {
    kind: 'finding',
    source: entry.fact,
    label: label(entry.fact),
    present: reading.value,
    lr,
    provenance: entry.provenance,
    ...(reading.side === undefined ? {} : { side: reading.side }),
    ...(entry.group === undefined ? {} : { group: entry.group }),
    ...(reading.inferred === undefined ? {} : { inferred: reading.inferred }),
  };
}

function clusterContribution(
  cluster: ClusterDef,
  findings: Findings,
  reader: FactReader,
): Omit<Contribution, 'applied'> | undefined {
  if (
    cluster.notApplicableWhen !== undefined &&
    evaluate(cluster.notApplicableWhen, findings, reader).value === true
  )
    return undefined;
  const results = cluster.levels.map((level) => ({
    level,
    result: evaluate(level.when, findings, reader),
  }));
  const held = results.find((r) => r.result.value === true);
  const common = {
    kind: 'cluster',
    source: cluster.id,
    provenance: cluster.provenance,
    group: cluster.group,
  } as const;
  if (held !== undefined)
    return {
      ...common,
      label: `${cluster.name}: ${held.level.label}`,
      present: true,
      lr: held.level.lr,
    };
  if (cluster.lrNegative !== undefined && results.every((r) => r.result.value === false)) {
    return { ...common, label: `${cluster.name}: not met`, present: false, lr: cluster.lrNegative };
  }
  return undefined;
}

const strength = (c: { readonly lr: number }): number => Math.abs(Math.log(c.lr));

/**
 * Applies dependency groups: correlated findings (tests of one structure, or one nerve root) are
 * not multiplied together. Within a group the strongest evidence for the condition (the largest
 * LR above 1) and the strongest evidence against it (the smallest LR below 1) are each applied
 * once; the rest are shown as superseded. Evidence against is never dropped because a stronger
 * positive exists in the group, nor the reverse. The first listed wins a tie, so the result is
 * deterministic. Between groups, and between ungrouped findings, conditional independence is
 * assumed: the usual naive-Bayes assumption, stated here because it is where the model can
 * overstate certainty.
 */
function applyGroups(candidates: readonly Omit<Contribution, 'applied'>[]): Contribution[] {
  const strongest = new Map<string, Omit<Contribution, 'applied'>>();
  const keyOf = (c: Omit<Contribution, 'applied'>): string | undefined =>
    c.group === undefined || c.lr === 1 ? undefined : `${c.group}${c.lr > 1 ? '+' : '−'}`;
  for (const c of candidates) {
    const key = keyOf(c);
    if (key === undefined) continue;
    const current = strongest.get(key);
    if (current === undefined || strength(c) > strength(current)) strongest.set(key, c);
  }
  return candidates.map((c) => {
    const key = keyOf(c);
    if (key === undefined) return { ...c, applied: true };
    const winner = strongest.get(key);
    return winner === c
      ? { ...c, applied: true }
      : { ...c, applied: false, ...(winner === undefined ? {} : { supersededBy: winner.label }) };
  });
}

const logit = (p: number): number => Math.log(p / (1 - p));
const sigmoid = (x: number): number => 1 / (1 + Math.exp(-x));

/**
 * Posterior odds = prior odds × Π LR over applied contributions, computed in log-odds so long
 * chains stay numerically stable. Not-recorded findings contribute nothing.
 */
export function scoreCondition(
  condition: ConditionDef,
  clusters: readonly ClusterDef[],
  prior: number,
  findings: Findings,
  label: Label,
  reader: FactReader,
): ConditionScore {
  const candidates: Omit<Contribution, 'applied'>[] = [];
  for (const cluster of clusters) {
    const c = clusterContribution(cluster, findings, reader);
    if (c !== undefined) candidates.push(c);
  }
  for (const entry of condition.findings) {
    const c = findingContribution(entry, condition.serious, findings, label, reader);
    if (c !== undefined) candidates.push(c);
  }
  const contributions = applyGroups(candidates);
  if (!contributions.some((c) => c.applied)) return { ...untouched(prior), contributions };
  const logLikelihood = contributions.reduce(
    (sum, c) => (c.applied ? sum + Math.log(c.lr) : sum),
    0,
  );
  return {
    prior: prior as Probability,
    probability: sigmoid(logit(prior) + logLikelihood) as Probability,
    logLikelihood,
    estimateShare: estimateShareOf(contributions),
    contributions,
  };
}

/** A condition with no recorded evidence: its probability is its prior, exactly. */
export function untouched(prior: number): ConditionScore {
  return {
    prior: prior as Probability,
    probability: prior as Probability,
    logLikelihood: 0,
    estimateShare: 0,
    contributions: [],
  };
}
