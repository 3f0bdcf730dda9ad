import { createColumnHelper, tableFeatures, useTable } from '@tanstack/react-table';
import { useMemo, type ReactNode } from 'react';
import type { ComparedOption } from '../../clinical/index.ts';
import { ATTRIBUTES, type AttributeId } from './comparison-attributes';
import { TierCell } from './tier-cells';
import { TreatmentCell } from './treatment-cells';
import { VerdictIcon } from './verdict-icon';

/** One row of the transposed table: an attribute, or the row of "add to plan" controls. */
interface ComparisonRowData {
  readonly id: AttributeId | 'plan';
  readonly label: string;
}

// Nothing to sort or filter: the clinician chose the order. Kept at module scope (stable).
const features = tableFeatures({});
const helper = createColumnHelper<typeof features, ComparisonRowData>();

const ROWS: readonly ComparisonRowData[] = ATTRIBUTES;

function OptionHeader({ option }: { readonly option: ComparedOption }) {
  const contraindicated =
    option.kind === 'treatment'
      ? option.judgement?.contraindicated === true
      : (option.judgement?.contraindicated.length ?? 0) > 0;
  return (
    <>
      <span className="compare-table__option">{option.label}</span>
      {option.kind === 'tier' ? (
        <span className="compare-table__kind">Whole tier, {option.members.length} treatments</span>
      ) : null}
      {contraindicated ? (
        <span className="compare-table__flag">
          <VerdictIcon kind="avoid" />{' '}
          {option.kind === 'treatment'
            ? 'Contraindicated for this patient'
            : 'Has contraindicated treatments'}
        </span>
      ) : null}
    </>
  );
}

/**
 * The options side by side: one column per option, one row per attribute, row headers on the
 * left (a real table with th scope="row" and scope="col", so a screen reader reads "Cost band,
 * Oral NSAIDs: Low"). Built with TanStack Table: the columns follow the chosen options.
 */
export function ComparisonTable({
  options,
  caption,
  planRow,
}: {
  readonly options: readonly ComparedOption[];
  readonly caption: string;
  /** When set, a last row with what each option offers for the visit's plan. */
  readonly planRow?:
    { readonly label: ReactNode; readonly cell: (option: ComparedOption) => ReactNode } | undefined;
}) {
  const columns = useMemo(
    () =>
      helper.columns([
        helper.display({
          id: 'attribute',
          header: 'Compared',
          cell: ({ row }) => row.original.label,
        }),
        ...options.map((option) =>
          helper.display({
            id: option.id,
            header: () => <OptionHeader option={option} />,
            cell: ({ row }) => {
              const attribute = row.original.id;
              if (attribute === 'plan') return planRow?.cell(option) ?? null;
              return option.kind === 'tier' ? (
                <TierCell attribute={attribute} option={option} />
              ) : (
                <TreatmentCell attribute={attribute} option={option} />
              );
            },
          }),
        ),
      ]),
    [options, planRow],
  );
  const data = useMemo(
    () =>
      planRow === undefined ? ROWS : [...ROWS, { id: 'plan' as const, label: 'This visit’s plan' }],
    [planRow],
  );
  const table = useTable({ features, columns, data, getRowId: (row) => row.id });
  return (
    <div className="compare-table" role="region" aria-label={caption}>
      <table className={`compare-table__table compare-table__table--${options.length}`}>
        <caption className="visually-hidden">{caption}</caption>
        <thead>
          {table.getHeaderGroups().map((group) => (
            <tr key={group.id}>
              {group.headers.map((header) => (
                <th
                  key={header.id}
                  scope="col"
                  className={header.column.id === 'attribute' ? 'compare-table__corner' : undefined}
                >
                  <table.FlexRender header={header} />
                </th>
              ))}
            </tr>
          ))}
        </thead>
        <tbody>
          {table.getRowModel().rows.map((row) => (
            <tr key={row.id} className={`compare-table__row--${row.original.id}`}>
              {row.getAllCells().map((cell) =>
                cell.column.id === 'attribute' ? (
                  <th key={cell.id} scope="row">
                    {row.original.id === 'plan' ? planRow?.label : <table.FlexRender cell={cell} />}
                  </th>
                ) : (
                  <td key={cell.id}>
                    <table.FlexRender cell={cell} />
                  </td>
                ),
              )}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
