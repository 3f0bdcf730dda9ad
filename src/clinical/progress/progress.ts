import type { Findings } from '../knowledge-base/types.ts';
import type { GoalRecord } from '../plan/plan-record.ts';
import { rawValue } from '../scoring/facts.ts';
import { PROGRESS_CHARTS, formatAmount, formatMeasureValue } from './progress-measures.ts';
import type { ProgressChartDef, ProgressMeasure, ProgressSeriesDef } from './progress-measures.ts';

/** One visit as progress reads it: its date, its valid findings and its plan's goals. */
export interface ProgressVisit {
  readonly id: string;
  /** ISO date (YYYY-MM-DD). */
  readonly date: string;
  readonly findings: Findings;
  readonly goals: readonly GoalRecord[];
}

export interface ProgressPoint {
  readonly visitId: string;
  readonly date: string;
  /** Undefined when the visit has no value: the chart leaves a gap, never a zero. */
  readonly value: number | undefined;
  /** Why there is no value, when the record says (e.g. the Thomas test was negative). */
  readonly note?: string;
}

export interface ProgressChange {
  readonly from: { readonly date: string; readonly value: number };
  readonly to: { readonly date: string; readonly value: number };
  /** to − from, rounded to one decimal. */
  readonly delta: number;
  /** Undefined when nothing changed. */
  readonly improved: boolean | undefined;
}

export interface ProgressGoal {
  readonly target: number;
  readonly comparator: 'at-most' | 'at-least';
  /** ISO date. */
  readonly byDate: string;
  readonly text: string;
  /** The visit whose plan set it. */
  readonly setOn: string;
  /** Whether the latest value meets it; undefined when there is no value yet. */
  readonly met: boolean | undefined;
}

export interface ProgressSeries extends ProgressSeriesDef {
  /** One point per visit, oldest first. */
  readonly points: readonly ProgressPoint[];
  /** From the first to the latest visit with a value; undefined with fewer than two values. */
  readonly change: ProgressChange | undefined;
  readonly goal: ProgressGoal | undefined;
}

export interface ProgressChart extends Omit<ProgressChartDef, 'series'> {
  readonly series: readonly ProgressSeries[];
  /** Visits with a value in at least one series. */
  readonly visitsWithValues: number;
}

function pointOf(visit: ProgressVisit, def: ProgressSeriesDef): ProgressPoint {
  const value = rawValue(visit.findings, def.measure.item, def.side);
  if (typeof value === 'number' && Number.isFinite(value))
    return { visitId: visit.id, date: visit.date, value };
  const parent = def.measure.detailOf;
  if (parent !== undefined && rawValue(visit.findings, parent.item, def.side) === 'negative') {
    return {
      visitId: visit.id,
      date: visit.date,
      value: undefined,
      note: `${parent.label} negative`,
    };
  }
  return { visitId: visit.id, date: visit.date, value: undefined };
}

const round = (n: number): number => Math.round(n * 10) / 10;

function changeOf(
  points: readonly ProgressPoint[],
  measure: ProgressMeasure,
): ProgressChange | undefined {
  const valued = points.flatMap((p) =>
    p.value === undefined ? [] : [{ date: p.date, value: p.value }],
  );
  const from = valued[0];
  const to = valued.at(-1);
  if (from === undefined || to === undefined || valued.length < 2) return undefined;
  const delta = round(to.value - from.value);
  return {
    from,
    to,
    delta,
    improved: delta === 0 ? undefined : delta < 0 === (measure.better === 'lower'),
  };
}

/** The goal on this measure (and side) from the most recent plan that sets one with a target. */
function goalOf(
  newestFirst: readonly ProgressVisit[],
  def: ProgressSeriesDef,
  latest: number | undefined,
): ProgressGoal | undefined {
  for (const visit of newestFirst) {
    const goal = visit.goals.find(
      (g) => g.measure === def.measure.item && g.side === def.side && g.target !== undefined,
    );
    if (goal?.target === undefined) continue;
    const comparator = goal.comparator ?? (def.measure.better === 'lower' ? 'at-most' : 'at-least');
    const met =
      latest === undefined
        ? undefined
        : comparator === 'at-most'
          ? latest <= goal.target
          : latest >= goal.target;
    return {
      target: goal.target,
      comparator,
      byDate: goal.byDate,
      text: goal.text,
      setOn: visit.date,
      met,
    };
  }
  return undefined;
}

/**
 * Progress across visits for each chart on the patient screen: one point per visit (a gap where a
 * visit has no value), the change from the first to the latest value, and the goal from the most
 * recent plan that set one on that measure. Visits may come in any order; same-day visits keep
 * the order given.
 */
export function buildProgress(visits: readonly ProgressVisit[]): readonly ProgressChart[] {
  const ordered = [...visits].sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
  const newestFirst = [...ordered].reverse();
  return PROGRESS_CHARTS.map((chart) => {
    const series = chart.series.map((def): ProgressSeries => {
      const points = ordered.map((v) => pointOf(v, def));
      const latest = points.findLast((p) => p.value !== undefined)?.value;
      return {
        ...def,
        points,
        change: changeOf(points, def.measure),
        goal: goalOf(newestFirst, def, latest),
      };
    });
    const visitsWithValues = ordered.filter((_, i) =>
      series.some((s) => s.points[i]?.value !== undefined),
    ).length;
    return { ...chart, series, visitsWithValues };
  });
}

/** "Pain now", "Hip internal rotation, left". */
export function seriesLabel(series: ProgressSeriesDef): string {
  return series.side === undefined
    ? series.measure.label
    : `${series.measure.label}, ${series.side}`;
}

/**
 * The change since the first value, in words: "Pain now down 4 points since 3 Mar 2025 (from 7/10
 * to 3/10), better." Undefined with fewer than two values. Dates are formatted by the caller, so
 * they read like the rest of the app.
 */
export function describeChange(
  series: ProgressSeries,
  formatDate: (iso: string) => string,
): string | undefined {
  const change = series.change;
  if (change === undefined) return undefined;
  const m = series.measure;
  const since = `since ${formatDate(change.from.date)}`;
  if (change.delta === 0)
    return `${seriesLabel(series)} unchanged ${since} (${formatMeasureValue(m, change.to.value)}).`;
  const direction = change.delta < 0 ? 'down' : 'up';
  const values = `from ${formatMeasureValue(m, change.from.value)} to ${formatMeasureValue(m, change.to.value)}`;
  return `${seriesLabel(series)} ${direction} ${formatAmount(m, Math.abs(change.delta))} ${since} (${values}), ${change.improved === true ? 'better' : 'worse'}.`;
}

/** The goal in words: "Goal: at most 3/10 by 17 Mar 2025; met at the latest visit." */
export function describeGoal(
  series: ProgressSeries,
  formatDate: (iso: string) => string,
): string | undefined {
  const goal = series.goal;
  if (goal === undefined) return undefined;
  const bound = `${goal.comparator === 'at-most' ? 'at most' : 'at least'} ${formatMeasureValue(series.measure, goal.target)}`;
  const status =
    goal.met === undefined
      ? 'no value recorded yet'
      : goal.met
        ? 'met at the latest visit'
        : 'not met at the latest visit';
  return `Goal for ${seriesLabel(series).toLowerCase()}: ${bound} by ${formatDate(goal.byDate)}; ${status}.`;
}
