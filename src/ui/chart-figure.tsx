import { useId, useState, type ReactNode } from 'react';
import './chart-figure.css';

/**
 * A chart with its caption and a "Show data as a table" switch: the table is the chart's text
 * alternative and holds every value, so nothing depends on seeing the picture. Printing shows both.
 * Used by Compare and Progress.
 */
export function ChartFigure({
  title,
  caption,
  chart,
  table,
}: {
  readonly title: string;
  readonly caption: ReactNode;
  readonly chart: ReactNode;
  readonly table: ReactNode;
}) {
  const [showTable, setShowTable] = useState(false);
  const titleId = useId();
  const tableId = useId();
  return (
    <figure className="chart-figure" aria-labelledby={titleId}>
      <figcaption className="chart-figure__caption">
        <h3 id={titleId} className="chart-figure__title">
          {title}
        </h3>
        {caption}
      </figcaption>
      {chart}
      <button
        type="button"
        className="button chart-figure__toggle"
        aria-expanded={showTable}
        aria-controls={tableId}
        onClick={() => {
          setShowTable((shown) => !shown);
        }}
      >
        {showTable ? 'Hide the data table' : 'Show data as a table'}
      </button>
      <div id={tableId} className="chart-figure__data" hidden={!showTable}>
        {table}
      </div>
    </figure>
  );
}
