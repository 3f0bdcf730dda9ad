import type { ClusterDef, ConditionDef, FindingLR } from '../src/clinical/knowledge-base/types.ts';
import { createAssessor } from '../src/clinical/scoring/assess.ts';
import { REAL_KB } from '../src/clinical/scoring/engine-kb.ts';
import type { EngineKnowledgeBase } from '../src/clinical/scoring/engine-kb.ts';
import { factsOf } from '../src/clinical/scoring/predicate.ts';
import { sanitizeFindings } from '../src/clinical/scoring/sanitize.ts';
import { PUBLISHED_CASES } from './published-cases.ts';
import type { PublishedCase } from './published-cases.ts';

/**
 * Validation on published cases (issue 19, point 5): how the engine ranks cases that nobody on
 * the team wrote (bench/published-cases.ts), and which expert-estimated likelihood ratios move
 * its top three the most. A report, not a pass/fail gate: a missed target is printed, never
 * turned into a failing exit code.
 *
 * Reads only the public shape of an assessment: `differential` (sorted, `id`), `redFlags`
 * (`suspects`, `urgency`) and `notYetExcluded` (`id`).
 */

const TARGET_TOP3 = 0.9;
const FACTORS = [0.5, 2] as const;
const TOP_ESTIMATES = 15;

type Assess = ReturnType<typeof createAssessor<string, string, string, string, string>>;

interface CaseResult {
  readonly rank: number;
  readonly top3: readonly string[];
  readonly top3Text: string;
  readonly suspectFlag: boolean;
  readonly urgentFlag: boolean;
  readonly notExcluded: boolean;
  /** Whether the app would show a ranking (enough informative findings), as the panel decides. */
  readonly enough: boolean;
  /**
   * Whether the diagnosis is among the first three causes the panel shows: the serious causes not
   * yet excluded (red-flagged first), then the differential. A second view, not the target's.
   */
  readonly shownFirst: boolean;
}

const pct = (n: number, d: number): string => (d === 0 ? '–' : `${((100 * n) / d).toFixed(0)}%`);
const frac = (n: number, d: number): string => `${String(n)}/${String(d)} (${pct(n, d)})`;

function evaluateCase(assess: Assess, c: PublishedCase): CaseResult {
  const a = assess(c.findings, { setting: c.setting });
  const index = a.differential.findIndex((r) => r.id === c.intended);
  const top = a.differential.slice(0, 3);
  return {
    rank: index === -1 ? Number.POSITIVE_INFINITY : index + 1,
    top3: top.map((r) => r.id),
    top3Text: top.map((r) => `${r.id} ${(100 * r.probability).toFixed(1)}%`).join(', '),
    suspectFlag: a.redFlags.some((f) => f.suspects.includes(c.intended)),
    urgentFlag: a.redFlags.some((f) => f.urgency === 'urgent' || f.urgency === 'emergency'),
    notExcluded: a.notYetExcluded.some((n) => n.id === c.intended),
    enough: a.sufficiency.enough,
    shownFirst: [
      ...a.notYetExcluded.map((n) => n.id),
      ...a.differential.map((r) => r.id).filter((id) => !a.notYetExcluded.some((n) => n.id === id)),
    ]
      .slice(0, 3)
      .includes(c.intended),
  };
}

/** Moves an LR by `factor` without letting it cross 1: an LR above 1 stays ≥ 1, one below stays ≤ 1. */
function scaleLr(lr: number, factor: number): number {
  const moved = lr * factor;
  return lr >= 1 ? Math.max(1, moved) : Math.min(1, moved);
}

function scaleFinding<F extends FindingLR>(entry: F, factor: number): F {
  return {
    ...entry,
    ...(entry.lrPositive === undefined ? {} : { lrPositive: scaleLr(entry.lrPositive, factor) }),
    ...(entry.lrNegative === undefined ? {} : { lrNegative: scaleLr(entry.lrNegative, factor) }),
  };
}

function scaleCluster<K extends ClusterDef>(cluster: K, factor: number): K {
  return {
    ...cluster,
    levels: cluster.levels.map((level) => ({ ...level, lr: scaleLr(level.lr, factor) })),
    ...(cluster.lrNegative === undefined
      ? {}
      : { lrNegative: scaleLr(cluster.lrNegative, factor) }),
  };
}

type KbCondition = EngineKnowledgeBase['conditions'][number];
type KbCluster = EngineKnowledgeBase['clusters'][number];

/** One expert-estimated entry, and how to build the knowledge base with it moved. */
interface Estimate {
  readonly label: string;
  readonly lrs: string;
  /** The facts it reads: a case that records none of them cannot be moved by it. */
  readonly facts: readonly string[];
  readonly build: (factor: number) => EngineKnowledgeBase;
}

function describeLrs(entry: {
  readonly lrPositive?: number;
  readonly lrNegative?: number;
}): string {
  const parts = [
    entry.lrPositive === undefined ? undefined : `LR+ ${String(entry.lrPositive)}`,
    entry.lrNegative === undefined ? undefined : `LR− ${String(entry.lrNegative)}`,
  ].filter((p): p is string => p !== undefined);
  return parts.join(', ');
}

function expertEstimates(kb: EngineKnowledgeBase): Estimate[] {
  const estimates: Estimate[] = [];
  kb.conditions.forEach((condition: KbCondition, ci) => {
    condition.findings.forEach((finding, fi) => {
      if (finding.provenance.kind !== 'expert-estimate') return;
      estimates.push({
        label: `${condition.id} · ${finding.fact}`,
        lrs: describeLrs(finding),
        facts: [finding.fact],
        build: (factor) => ({
          ...kb,
          conditions: kb.conditions.map((c, i) =>
            i === ci
              ? {
                  ...c,
                  findings: c.findings.map((f, j) => (j === fi ? scaleFinding(f, factor) : f)),
                }
              : c,
          ),
        }),
      });
    });
  });
  kb.clusters.forEach((cluster: KbCluster, ki) => {
    if (cluster.provenance.kind !== 'expert-estimate') return;
    estimates.push({
      label: `${cluster.condition} · cluster ${cluster.id}`,
      lrs: cluster.levels.map((l) => `LR ${String(l.lr)}`).join(', '),
      facts: [...cluster.components, ...cluster.levels.flatMap((l) => factsOf(l.when))],
      build: (factor) => ({
        ...kb,
        clusters: kb.clusters.map((c, i) => (i === ki ? scaleCluster(c, factor) : c)),
      }),
    });
  });
  return estimates;
}

/** Findings the exam items reject: a mapping bug in the fixture, never silently ignored. */
function droppedKeys(c: PublishedCase): string[] {
  const clean = sanitizeFindings(c.findings, REAL_KB.items);
  return Object.keys(c.findings).filter(
    (key) =>
      JSON.stringify(clean[key]) !== JSON.stringify(c.findings[key as keyof typeof c.findings]),
  );
}

/**
 * Whether a case records anything a fact is read from (its exam item, or the items a derived
 * finding is built from; any pain region once the pain map is marked complete). A fact the case
 * does not record contributes nothing, so moving its LR cannot change that case.
 */
function recordsFact(c: PublishedCase, fact: string): boolean {
  const findings: Readonly<Record<string, unknown>> = c.findings;
  const derived = REAL_KB.derived.find((d) => d.id === fact);
  if (derived !== undefined) return derived.from.some((id) => findings[id] !== undefined);
  if (findings[fact] !== undefined) return true;
  const item = REAL_KB.items.find((i) => i.id === fact);
  return item?.group === 'pain-location' && findings['pain-map-complete'] === true;
}

const sameSet = (a: readonly string[], b: readonly string[]): boolean =>
  a.length === b.length && a.every((x) => b.includes(x));

function printCoverage(cases: readonly PublishedCase[], conditions: readonly ConditionDef[]): void {
  const covered = new Set<string>(cases.map((c) => c.intended));
  const missing = conditions.map((c) => c.id).filter((id) => !covered.has(id));
  console.log(
    `${String(cases.length)} published cases; ${String(covered.size)} of ${String(conditions.length)} conditions covered`,
  );
  console.log(`conditions with no case: ${missing.length === 0 ? 'none' : missing.join(', ')}`);
  const kinds = new Map<string, number>();
  for (const c of cases) kinds.set(c.kind, (kinds.get(c.kind) ?? 0) + 1);
  console.log(
    `kinds: ${[...kinds].map(([k, n]) => `${k} ${String(n)}`).join(', ')}; settings: general ${String(cases.filter((c) => c.setting === 'general').length)}, sports ${String(cases.filter((c) => c.setting === 'sports').length)}`,
  );
}

function printTable(cases: readonly PublishedCase[], results: readonly CaseResult[]): void {
  console.log('\nper case: id | intended | rank | top three');
  cases.forEach((c, i) => {
    const r = results[i];
    if (r === undefined) return;
    const rank = Number.isFinite(r.rank) ? String(r.rank) : '–';
    const flag = c.expectFlag ? (r.suspectFlag ? ' [flag ✓]' : ' [flag ✗]') : '';
    console.log(
      `  ${c.id.padEnd(38)} ${c.intended.padEnd(34)} ${rank.padStart(3)}  ${r.top3Text}${flag}`,
    );
  });
}

interface Sensitivity {
  readonly estimate: Estimate;
  readonly changed: Record<(typeof FACTORS)[number], number>;
  readonly hits: Record<(typeof FACTORS)[number], number>;
}

function sensitivity(
  cases: readonly PublishedCase[],
  baseline: readonly CaseResult[],
): { rows: Sensitivity[]; ms: number } {
  const start = performance.now();
  const rows = expertEstimates(REAL_KB).map((estimate): Sensitivity => {
    const changed = { 0.5: 0, 2: 0 };
    const hits = { 0.5: 0, 2: 0 };
    for (const factor of FACTORS) {
      const assess = createAssessor(estimate.build(factor));
      cases.forEach((c, i) => {
        const base = baseline[i];
        if (base === undefined || !estimate.facts.some((fact) => recordsFact(c, fact))) return;
        const moved = evaluateCase(assess, c);
        if (!sameSet(base.top3, moved.top3)) changed[factor] += 1;
        if (moved.rank <= 3 && base.rank > 3) hits[factor] += 1;
        if (moved.rank > 3 && base.rank <= 3) hits[factor] -= 1;
      });
    }
    return { estimate, changed, hits };
  });
  return { rows, ms: performance.now() - start };
}

const signed = (n: number): string => (n > 0 ? `+${String(n)}` : String(n));

export async function run(): Promise<void> {
  const cases = PUBLISHED_CASES;
  printCoverage(cases, REAL_KB.conditions);

  const mappingBugs = cases.flatMap((c) => droppedKeys(c).map((key) => `${c.id}: ${key}`));
  console.log(
    mappingBugs.length === 0
      ? 'findings: every recorded value is valid for its exam item (nothing dropped by sanitising)'
      : `MAPPING BUGS (dropped by sanitising): ${mappingBugs.join('; ')}`,
  );

  const assess = createAssessor(REAL_KB);
  const results = cases.map((c) => evaluateCase(assess, c));
  const n = cases.length;
  const top1 = results.filter((r) => r.rank === 1).length;
  const top3 = results.filter((r) => r.rank <= 3).length;
  const serious = cases
    .flatMap((c, i) => (c.expectFlag ? [results[i]] : []))
    .filter((r): r is CaseResult => r !== undefined);
  const suspectFlagged = serious.filter((r) => r.suspectFlag).length;
  const urgentFlagged = serious.filter((r) => r.urgentFlag).length;
  const listed = serious.filter((r) => r.notExcluded).length;
  const surfaced = serious.filter((r) => r.suspectFlag || r.notExcluded).length;

  const inTop3 = (r: CaseResult | undefined): boolean => r !== undefined && r.rank <= 3;
  const split = (pick: (c: PublishedCase) => boolean): string => {
    const picked = cases.flatMap((c, i) => (pick(c) ? [results[i]] : []));
    return frac(picked.filter(inTop3).length, picked.length);
  };
  const enough = results.filter((r) => r.enough).length;
  console.log(
    `\ncases with enough findings to rank     ${frac(enough, n)} (fewer than 4 informative findings: the app shows no ranking)`,
  );
  console.log(`top-1 agreement                        ${frac(top1, n)}`);
  console.log(`top-3 agreement                        ${frac(top3, n)}`);
  console.log(`  non-serious intended diagnosis       ${split((c) => !c.expectFlag)}`);
  console.log(`  serious intended diagnosis           ${split((c) => c.expectFlag)}`);
  console.log(
    `  among cases with enough findings     ${frac(results.filter((r) => r.enough && r.rank <= 3).length, enough)}`,
  );
  console.log(
    `first three causes the panel shows     ${frac(results.filter((r) => r.shownFirst).length, n)} (not yet excluded, red-flagged first, then the differential; a second view, not the target)`,
  );
  console.log(`serious cases (expectFlag)             ${String(serious.length)}`);
  console.log(`  a fired flag suspects the diagnosis  ${frac(suspectFlagged, serious.length)}`);
  console.log(`  any urgent or emergency flag fired   ${frac(urgentFlagged, serious.length)}`);
  console.log(`  diagnosis listed as not yet excluded ${frac(listed, serious.length)}`);
  console.log(`  flagged as suspect or not excluded   ${frac(surfaced, serious.length)}`);

  const top3Met = top3 / n >= TARGET_TOP3;
  const flagsMet = suspectFlagged === serious.length;
  console.log(
    `\ntarget: intended diagnosis in the top three in ≥ ${String(100 * TARGET_TOP3)}% of cases — ${top3Met ? 'met' : 'MISSED'} (${pct(top3, n)})`,
  );
  console.log(
    `target: every serious case flagged (a fired flag suspects it) — ${flagsMet ? 'met' : 'MISSED'} (${frac(suspectFlagged, serious.length)})`,
  );
  console.log('(a report, not a gate: a missed target does not fail the run)');
  const unseen = cases.filter(
    (c, i) =>
      c.expectFlag && !(results[i]?.suspectFlag ?? false) && !(results[i]?.notExcluded ?? false),
  );
  console.log(
    `serious cases neither flagged nor listed as not yet excluded: ${unseen.length === 0 ? 'none' : unseen.map((c) => c.id).join(', ')}`,
  );

  printTable(cases, results);

  const { rows, ms } = sensitivity(cases, results);
  const moved = rows.filter((r) => r.changed[0.5] + r.changed[2] > 0);
  console.log(
    `\nsensitivity: ${String(rows.length)} expert-estimated LR entries, each moved ×0.5 and ×2 (an LR never crosses 1); ${String(moved.length)} change some case's top three; ${(ms / 1000).toFixed(1)} s`,
  );
  console.log(
    `the ${String(TOP_ESTIMATES)} that change the top three most (cases changed at ×0.5 / ×2; change in top-3 hits):`,
  );
  const ranked = [...rows]
    .sort(
      (a, b) =>
        Math.max(b.changed[0.5], b.changed[2]) - Math.max(a.changed[0.5], a.changed[2]) ||
        b.changed[0.5] + b.changed[2] - (a.changed[0.5] + a.changed[2]) ||
        a.estimate.label.localeCompare(b.estimate.label),
    )
    .slice(0, TOP_ESTIMATES);
  for (const r of ranked) {
    console.log(
      `  ${r.estimate.label.padEnd(52)} ${r.estimate.lrs.padEnd(20)} ${String(r.changed[0.5]).padStart(3)} / ${String(r.changed[2]).padEnd(3)} hits ${signed(r.hits[0.5])} / ${signed(r.hits[2])}`,
    );
  }
  await Promise.resolve();
}
