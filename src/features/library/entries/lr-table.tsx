import type { ReactNode } from 'react';
import type { Provenance } from '../../../clinical/index.ts';
import { formatRatio } from '../catalogue/format';
import { ProvenanceNote } from './entry-parts';

export interface LrRow {
  /** Identifies the row; one subject can have two rows (an LR+ and an LR− from different sources). */
  readonly key: string;
  /** What the figures are for: a finding, a test or a condition, usually linked. */
  readonly subject: ReactNode;
  /** A note under the subject (dependency group, side). */
  readonly qualifier?: string | undefined;
  readonly lrPositive?: number | undefined;
  readonly lrNegative?: number | undefined;
  readonly provenance: Provenance;
}

/** A likelihood ratio as the knowledge base holds it; a missing one says so, and counts for nothing. */
function Figure({ lr }: { readonly lr: number | undefined }) {
  return lr === undefined ? (
    <td className="library-table__figure library-table__figure--none">no figure</td>
  ) : (
    <td className="library-table__figure">{formatRatio(lr)}</td>
  );
}

/**
 * Likelihood ratios with where each came from. The provenance sits in the same row as the
 * figure, so an expert estimate is never read as a published number.
 */
export function LrTable({
  caption,
  subjectHeader,
  rows,
}: {
  readonly caption: string;
  readonly subjectHeader: string;
  readonly rows: readonly LrRow[];
}) {
  return (
    <div className="library-table-wrap">
      <table className="simple-table library-table">
        <caption>{caption}</caption>
        <thead>
          <tr>
            <th scope="col">{subjectHeader}</th>
            <th scope="col" className="library-table__figure">
              LR+ (positive)
            </th>
            <th scope="col" className="library-table__figure">
              LR− (negative)
            </th>
            <th scope="col">Where the figures come from</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((row, index) => (
            <tr key={`${row.key}#${String(index)}`}>
              <th scope="row">
                {row.subject}
                {row.qualifier === undefined ? null : (
                  <span className="library-table__qualifier">{row.qualifier}</span>
                )}
              </th>
              <Figure lr={row.lrPositive} />
              <Figure lr={row.lrNegative} />
              <td>
                <ProvenanceNote provenance={row.provenance} />
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
