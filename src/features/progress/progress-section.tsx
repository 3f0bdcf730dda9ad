import { useQuery } from '@tanstack/react-query';
import { useMemo } from 'react';
import { buildProgress } from '../../clinical/index.ts';
import type { PatientId } from '../../data/ids';
import { visitQueries } from '../../data/visits/visit.queries';
import type { Visit } from '../../data/visits/visit.schema';
import { formatDate } from '../../lib/dates';
import { Notice } from '../../ui/notice';
import { ProgressFigure } from './progress-figure';
import { progressVisits } from './progress-visits';
import './progress.css';

/** At least this many visits with a value before a line means anything. */
const MIN_VISITS = 2;

function ProgressCharts({ records }: { readonly records: readonly Visit[] }) {
  const { charts, skipped } = useMemo(() => {
    const read = progressVisits(records);
    return { charts: buildProgress(read.visits), skipped: read.skipped };
  }, [records]);
  const shown = charts.filter((c) => c.visitsWithValues >= MIN_VISITS);
  const waiting = charts.filter((c) => c.visitsWithValues < MIN_VISITS);
  const measured = Math.max(0, ...charts.map((c) => c.visitsWithValues));
  return (
    <>
      {shown.length === 0 ? (
        <p>
          Charts appear once two visits have measurements to compare (
          {measured === 0 ? 'none has any yet' : 'one visit with measurements so far'}).
        </p>
      ) : (
        <div className="progress-grid">
          {shown.map((chart) => (
            <ProgressFigure key={chart.id} chart={chart} />
          ))}
        </div>
      )}
      {shown.length > 0 && waiting.length > 0 ? (
        <p className="muted">
          Not charted yet (fewer than two visits with a value):{' '}
          {waiting
            .map(
              (c) =>
                `${c.title.charAt(0).toLowerCase()}${c.title.slice(1)} (${c.visitsWithValues === 0 ? 'not recorded' : 'one visit'})`,
            )
            .join('; ')}
          .
        </p>
      ) : null}
      {skipped.length > 0 ? (
        <Notice tone="info" title="Some entries are not charted because they are not valid.">
          <ul>
            {skipped.map((s) => (
              <li key={`${s.date}-${s.label}`}>
                {formatDate(s.date)}: {s.label} “{s.typed}”
              </li>
            ))}
          </ul>
          <p>Correct them in the visit (a draft) or add an addendum (a signed visit).</p>
        </Notice>
      ) : null}
    </>
  );
}

/**
 * Progress across the patient's visits: pain, Thomas angle, hip rotation, flexion and strength,
 * each charted with its change since the first visit in words, the plan's goals, and a table.
 */
export function ProgressSection({ patientId }: { readonly patientId: PatientId }) {
  const visits = useQuery(visitQueries.list(patientId));
  return (
    <section className="panel progress" aria-labelledby="progress-heading">
      <h2 id="progress-heading">Progress</h2>
      {visits.isPending ? <p role="status">Loading visits…</p> : null}
      {visits.isError ? (
        <Notice tone="error" title="Progress cannot be shown: the visits could not be read.">
          <p>{visits.error.message}</p>
        </Notice>
      ) : null}
      {visits.data === undefined ? null : visits.data.visits.length === 0 ? (
        <p>No visits yet: progress is charted from the second visit with measurements.</p>
      ) : (
        <ProgressCharts records={visits.data.visits} />
      )}
    </section>
  );
}
