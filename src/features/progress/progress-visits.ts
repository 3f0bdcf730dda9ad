import { EXAM_ITEMS, PROGRESS_CHARTS } from '../../clinical/index.ts';
import type { ProgressVisit } from '../../clinical/index.ts';
import { toFindings } from '../../data/visits/findings-form';
import type { Visit } from '../../data/visits/visit.schema';

/** A typed value the charts leave out because it is not valid (e.g. an angle of 400°). */
export interface SkippedEntry {
  readonly date: string;
  /** "Hip internal rotation, right". */
  readonly label: string;
  /** What was typed, as stored. */
  readonly typed: string;
}

const CHARTED: ReadonlySet<string> = new Set(
  PROGRESS_CHARTS.flatMap((c) => c.series.map((s) => s.measure.item)),
);

function labelOf(path: string): string {
  const [item, side] = path.split('.');
  const label = EXAM_ITEMS.find((i) => i.id === item)?.label ?? item ?? path;
  return side === undefined ? label : `${label}, ${side}`;
}

function typedAt(findings: Visit['findings'], path: string): string {
  const [item, side] = path.split('.');
  const value = item === undefined ? undefined : findings[item];
  const at =
    side !== undefined && typeof value === 'object' && !Array.isArray(value)
      ? side === 'left'
        ? value.left
        : value.right
      : value;
  return typeof at === 'string' ? at : JSON.stringify(at);
}

/**
 * The stored visits as progress reads them: each visit's valid findings (the text typed in the
 * exam turned into numbers, exactly as the assessment reads it) and its plan's goals. Entries
 * that are not valid are left out of the charts and listed, so a missing point is explained.
 */
export function progressVisits(visits: readonly Visit[]): {
  readonly visits: readonly ProgressVisit[];
  readonly skipped: readonly SkippedEntry[];
} {
  const skipped: SkippedEntry[] = [];
  const read = visits.map((visit): ProgressVisit => {
    const { findings, invalidFields } = toFindings(visit.findings);
    for (const path of invalidFields) {
      if (CHARTED.has(path.split('.')[0] ?? '')) {
        skipped.push({
          date: visit.date,
          label: labelOf(path),
          typed: typedAt(visit.findings, path),
        });
      }
    }
    return { id: visit.id, date: visit.date, findings, goals: visit.plan?.goals ?? [] };
  });
  skipped.sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
  return { visits: read, skipped };
}
