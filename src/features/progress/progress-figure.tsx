import { lazy, Suspense } from 'react';
import {
  describeChange,
  describeGoal,
  formatMeasureValue,
  seriesLabel,
} from '../../clinical/index.ts';
import type { ProgressChart, ProgressPoint, ProgressSeries } from '../../clinical/index.ts';
import { formatDate } from '../../lib/dates';
import { ChartFigure } from '../../ui/chart-figure';

const ProgressLineChart = lazy(() =>
  import('./progress-line-chart').then((module) => ({ default: module.ProgressLineChart })),
);

/**
 * What a series says in words: its change since the first value, or why there is none; and, when
 * the latest visit has no value for a reason (a negative Thomas test), that reason.
 */
function seriesSentence(series: ProgressSeries): string {
  const latest = series.points.at(-1);
  const why =
    latest?.value === undefined && latest?.note !== undefined
      ? ` At the latest visit (${formatDate(latest.date)}): not measured (${latest.note}).`
      : '';
  const change = describeChange(series, formatDate);
  if (change !== undefined) return `${change}${why}`;
  const valued = series.points.filter((p) => p.value !== undefined);
  const only = valued[0];
  if (only?.value === undefined) {
    const note = series.points.find((p) => p.note !== undefined)?.note;
    return `${seriesLabel(series)}: ${note === undefined ? 'not recorded' : `not measured (${note})`}.`;
  }
  return `${seriesLabel(series)}: recorded once (${formatMeasureValue(series.measure, only.value)} on ${formatDate(only.date)}).${why}`;
}

function Cell({
  series,
  point,
}: {
  readonly series: ProgressSeries;
  readonly point: ProgressPoint | undefined;
}) {
  if (point?.value !== undefined) return <>{formatMeasureValue(series.measure, point.value)}</>;
  return (
    <span className="muted">
      {point?.note === undefined ? 'Not recorded' : `Not measured (${point.note})`}
    </span>
  );
}

/** One chart with its caption (the change in words, the goals) and its data as a table. */
export function ProgressFigure({ chart }: { readonly chart: ProgressChart }) {
  const dates = chart.series[0]?.points ?? [];
  const goals = chart.series.flatMap((s) => {
    const text = describeGoal(s, formatDate);
    return text === undefined ? [] : [text];
  });
  return (
    <ChartFigure
      title={chart.title}
      caption={
        <>
          <ul className="progress-figure__changes">
            {chart.series.map((s) => (
              <li key={s.key}>{seriesSentence(s)}</li>
            ))}
          </ul>
          {goals.length > 0 ? (
            <ul className="progress-figure__goals">
              {goals.map((g) => (
                <li key={g}>{g}</li>
              ))}
            </ul>
          ) : null}
        </>
      }
      chart={
        <div
          className="progress-figure__chart"
          role="img"
          aria-label={`${chart.title} over ${dates.length} visits; the values are in the sentences above and the table below.`}
        >
          <Suspense fallback={<p className="progress-figure__pending">Loading the chart…</p>}>
            <ProgressLineChart chart={chart} />
          </Suspense>
          <p className="progress-figure__key" aria-hidden="true">
            <span>{chart.axisLabel}:</span>
            {chart.series.map((s, index) => (
              <span
                key={s.key}
                className={`progress-figure__key-item progress-figure__key-item--${index}`}
              >
                {s.name}
              </span>
            ))}
          </p>
        </div>
      }
      table={
        <table className="simple-table">
          <caption>{chart.title}, by visit</caption>
          <thead>
            <tr>
              <th scope="col">Visit</th>
              {chart.series.map((s) => (
                <th key={s.key} scope="col">
                  {s.name}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {dates.map((point, index) => (
              <tr key={point.visitId}>
                <th scope="row">{formatDate(point.date)}</th>
                {chart.series.map((s) => (
                  <td key={s.key}>
                    <Cell series={s} point={s.points[index]} />
                  </td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      }
    />
  );
}
