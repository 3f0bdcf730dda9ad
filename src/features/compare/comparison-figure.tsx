import { lazy, Suspense, useMemo } from 'react';
import { EVIDENCE_LEVEL_LABELS } from '../../clinical/index.ts';
import type { ComparedOption } from '../../clinical/index.ts';
import { ChartFigure } from '../../ui/chart-figure';
import { chartSeries } from './chart-points';

const ComparisonChart = lazy(() =>
  import('./comparison-chart').then((module) => ({ default: module.ComparisonChart })),
);

/** The chart beside the table, with its caption and the same data as a table. */
export function ComparisonFigure({ options }: { readonly options: readonly ComparedOption[] }) {
  const series = useMemo(() => chartSeries(options), [options]);
  return (
    <ChartFigure
      title="Invasiveness against certainty of evidence"
      caption={
        <p className="chart-figure__text">
          Each mark is a treatment; a whole tier shows each of its treatments, and a larger mark
          stands for several with the same values. Hollow marks: the sources advise against it.
          Certainty says how sure the evidence is, not that it is favourable: read the stance in the
          table.
        </p>
      }
      chart={
        <Suspense fallback={<p className="compare-chart__pending">Loading the chart…</p>}>
          <ComparisonChart series={series} />
        </Suspense>
      }
      table={
        <table className="simple-table compare-chart__table">
          <caption>Invasiveness and certainty of evidence, by option</caption>
          <thead>
            <tr>
              <th scope="col">Option</th>
              <th scope="col">Treatments</th>
              <th scope="col">Certainty of evidence</th>
              <th scope="col">Invasiveness (1–5)</th>
              <th scope="col">Sources advise against</th>
            </tr>
          </thead>
          <tbody>
            {series.flatMap((s) =>
              s.points.map((p) => (
                <tr key={`${s.optionId}-${p.level}-${p.invasiveness}-${String(p.against)}`}>
                  <th scope="row">{s.label}</th>
                  <td>{p.names.join(', ')}</td>
                  <td>{EVIDENCE_LEVEL_LABELS[p.level]}</td>
                  <td>{p.invasiveness}</td>
                  <td>{p.against ? 'Yes' : 'No'}</td>
                </tr>
              )),
            )}
          </tbody>
        </table>
      }
    />
  );
}
