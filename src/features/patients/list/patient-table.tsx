import { createColumnHelper, useTable, type SortingState } from '@tanstack/react-table';
import { Link } from '@tanstack/react-router';
import { useState } from 'react';
import { formatDate } from '../../../lib/dates';
import { Badge } from '../../../ui/badge';
import { DataTable, dataTableFeatures } from '../../../ui/data-table';
import { SEX_LABELS } from '../patient-labels';
import { compareKeys, type PatientRow } from './patient-rows';

const helper = createColumnHelper<typeof dataTableFeatures, PatientRow>();

// Module scope: TanStack Table recomputes its models whenever `columns` changes identity.
const columns = helper.columns([
  helper.accessor('nameKey', {
    id: 'name',
    header: 'Name',
    meta: { width: '28%' },
    sortFn: (a, b) => compareKeys(a.original.nameKey, b.original.nameKey),
    cell: ({ row }) => (
      <span className="patient-name">
        <Link to="/patients/$patientId" params={{ patientId: row.original.id }}>
          {row.original.name}
        </Link>
        {row.original.isDemo ? <Badge>Demo</Badge> : null}
        {row.original.sync ? (
          <Badge>{row.original.sync === 'conflict' ? 'Sync conflict' : 'Not synced'}</Badge>
        ) : null}
      </span>
    ),
  }),
  helper.accessor('identifier', {
    header: 'Identifier',
    meta: { width: '18%' },
    enableSorting: false,
    cell: ({ row }) => row.original.identifier ?? <span className="muted">None</span>,
  }),
  helper.accessor('dateOfBirth', {
    header: 'Date of birth',
    meta: { width: '21%' },
    sortFn: (a, b) => compareKeys(a.original.dateOfBirth, b.original.dateOfBirth),
    cell: ({ row }) => (
      <>
        {formatDate(row.original.dateOfBirth)}
        {row.original.age === undefined ? null : (
          <span className="muted age"> (age {row.original.age})</span>
        )}
      </>
    ),
  }),
  helper.accessor('sex', {
    header: 'Sex',
    meta: { width: '11%' },
    enableSorting: false,
    cell: ({ row }) => SEX_LABELS[row.original.sex],
  }),
  helper.accessor('lastVisit', {
    header: 'Last visit',
    meta: { width: '22%' },
    // Most recent first on the first click; patients never seen go last either way.
    sortDescFirst: true,
    sortUndefined: 'last',
    sortFn: (a, b) => compareKeys(a.original.lastVisit ?? '', b.original.lastVisit ?? ''),
    cell: ({ row }) =>
      row.original.lastVisit ? (
        formatDate(row.original.lastVisit)
      ) : (
        <span className="muted">No visits</span>
      ),
  }),
]);

/** Row height in px: one line of text plus padding; rows never wrap (see DataTable). */
const ROW_HEIGHT = 48;

export function PatientTable({
  rows,
  emptyMessage,
}: {
  readonly rows: readonly PatientRow[];
  readonly emptyMessage: string;
}) {
  const [sorting, setSorting] = useState<SortingState>([{ id: 'name', desc: false }]);
  const table = useTable({
    features: dataTableFeatures,
    columns,
    data: rows,
    state: { sorting },
    onSortingChange: setSorting,
    getRowId: (row) => row.id,
    // Always sorted by something: a third click reverses again instead of showing storage order.
    enableSortingRemoval: false,
  });
  return (
    <DataTable
      table={table}
      caption="Patients on this device"
      captionHidden
      rowHeight={ROW_HEIGHT}
      emptyMessage={emptyMessage}
    />
  );
}
