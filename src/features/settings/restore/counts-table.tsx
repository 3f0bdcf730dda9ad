import type { RecordCounts } from '../../../data/backup/import-resolve';
import { formatCount } from '../../../lib/numbers';

const ROWS = [
  { key: 'patients', label: 'Patients' },
  { key: 'visits', label: 'Visits' },
  { key: 'plans', label: 'Plans (kept in visits)' },
  { key: 'settings', label: 'Settings' },
] as const satisfies readonly { key: keyof RecordCounts; label: string }[];

/** Counts of records per kind, one column per outcome (added, identical, …). */
export function CountsTable({
  caption,
  columns,
}: {
  readonly caption: string;
  readonly columns: readonly { readonly label: string; readonly counts: RecordCounts }[];
}) {
  return (
    <table className="simple-table counts-table">
      <caption>{caption}</caption>
      <thead>
        <tr>
          <th scope="col">Records</th>
          {columns.map((column) => (
            <th key={column.label} scope="col">
              {column.label}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {ROWS.map((row) => (
          <tr key={row.key}>
            <th scope="row">{row.label}</th>
            {columns.map((column) => (
              <td key={column.label}>{formatCount(column.counts[row.key])}</td>
            ))}
          </tr>
        ))}
      </tbody>
    </table>
  );
}
