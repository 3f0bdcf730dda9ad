import {
  createSortedRowModel,
  metaHelper,
  rowSortingFeature,
  tableFeatures,
  type Header,
  type ReactTable,
  type RowData,
} from '@tanstack/react-table';
import { useVirtualizer } from '@tanstack/react-virtual';
import { useId, useRef, type ReactNode } from 'react';

export interface DataTableColumnMeta {
  /** CSS width for the column, e.g. "30%". Fixed widths stop columns jumping while scrolling. */
  readonly width?: string;
}

/**
 * The feature set every DataTable uses: sorting (client side) and typed column meta. Only what is
 * registered is bundled, so a table that needs filtering or paging adds it here deliberately.
 */
export const dataTableFeatures = tableFeatures({
  rowSortingFeature,
  sortedRowModel: createSortedRowModel(),
  columnMeta: metaHelper<DataTableColumnMeta>(),
});

export type DataTableFeatures = typeof dataTableFeatures;

const ARIA_SORT = { asc: 'ascending', desc: 'descending' } as const;
const SORT_WORDS = { asc: 'ascending', desc: 'descending' } as const;

function SortIcon({ direction }: { readonly direction: false | 'asc' | 'desc' }) {
  // Arrows, not colour, show the state; the th's aria-sort says it to assistive technology.
  return (
    <span className="sort-icon" aria-hidden="true">
      {direction === 'asc' ? '▲' : direction === 'desc' ? '▼' : '↕'}
    </span>
  );
}

function HeaderCell<TData extends RowData>({
  table,
  header,
}: {
  readonly table: ReactTable<DataTableFeatures, TData>;
  readonly header: Header<DataTableFeatures, TData>;
}) {
  const column = header.column;
  const sorted = column.getIsSorted();
  return (
    <th scope="col" aria-sort={sorted ? ARIA_SORT[sorted] : undefined}>
      {column.getCanSort() ? (
        <button
          type="button"
          className="sort-button"
          onClick={() => {
            column.toggleSorting();
          }}
        >
          <table.FlexRender header={header} />
          <SortIcon direction={sorted} />
        </button>
      ) : (
        <table.FlexRender header={header} />
      )}
    </th>
  );
}

export interface DataTableProps<TData extends RowData> {
  readonly table: ReactTable<DataTableFeatures, TData>;
  /** Names the table (and its scrolling region) for assistive technology. */
  readonly caption: string;
  readonly captionHidden?: boolean;
  /** Every row has this height (px); rows must not wrap, so virtual positions stay exact. */
  readonly rowHeight: number;
  readonly emptyMessage: ReactNode;
}

/**
 * A semantic <table> (caption, th scope="col", aria-sort, sort buttons) that renders only the
 * rows in view, so ten thousand rows scroll and sort smoothly. Rows outside the window are
 * replaced by two spacer rows; aria-rowcount and aria-rowindex keep the true size and position
 * available to screen readers.
 */
export function DataTable<TData extends RowData>({
  table,
  caption,
  captionHidden = false,
  rowHeight,
  emptyMessage,
}: DataTableProps<TData>) {
  const captionId = useId();
  const scrollRef = useRef<HTMLDivElement>(null);
  const rows = table.getRowModel().rows;
  const columns = table.getAllLeafColumns();
  const virtualizer = useVirtualizer({
    count: rows.length,
    getScrollElement: () => scrollRef.current,
    estimateSize: () => rowHeight,
    overscan: 12,
    // Lets the first rows render before layout is measured (and in tests, where nothing is).
    initialRect: { width: 1024, height: 20 * rowHeight },
  });
  const items = virtualizer.getVirtualItems();
  const paddingTop = items[0]?.start ?? 0;
  const paddingBottom = virtualizer.getTotalSize() - (items.at(-1)?.end ?? 0);
  const sort = table.state.sorting[0];
  const sortColumn = sort ? table.getColumn(sort.id) : undefined;
  const sortHeader = sortColumn?.columnDef.header;

  return (
    <div className="data-table" ref={scrollRef} role="region" aria-labelledby={captionId}>
      <table aria-rowcount={rows.length + 1}>
        <caption id={captionId} className={captionHidden ? 'visually-hidden' : undefined}>
          {caption}
          {sort && typeof sortHeader === 'string' ? (
            <span className="visually-hidden">
              , sorted by {sortHeader.toLowerCase()}, {SORT_WORDS[sort.desc ? 'desc' : 'asc']}
            </span>
          ) : null}
        </caption>
        <colgroup>
          {columns.map((column) => (
            <col key={column.id} style={{ width: column.columnDef.meta?.width }} />
          ))}
        </colgroup>
        <thead>
          {table.getHeaderGroups().map((group) => (
            <tr key={group.id} aria-rowindex={1}>
              {group.headers.map((header) => (
                <HeaderCell key={header.id} table={table} header={header} />
              ))}
            </tr>
          ))}
        </thead>
        <tbody>
          {rows.length === 0 ? (
            <tr>
              <td colSpan={columns.length} className="data-table__empty">
                {emptyMessage}
              </td>
            </tr>
          ) : null}
          {paddingTop > 0 ? (
            <tr aria-hidden="true" className="data-table__spacer">
              <td colSpan={columns.length} style={{ height: paddingTop }} />
            </tr>
          ) : null}
          {items.map((item) => {
            const row = rows[item.index];
            if (!row) return null;
            return (
              <tr key={row.id} aria-rowindex={item.index + 2} style={{ height: rowHeight }}>
                {row.getAllCells().map((cell) => (
                  <td key={cell.id}>
                    <table.FlexRender cell={cell} />
                  </td>
                ))}
              </tr>
            );
          })}
          {paddingBottom > 0 ? (
            <tr aria-hidden="true" className="data-table__spacer">
              <td colSpan={columns.length} style={{ height: paddingBottom }} />
            </tr>
          ) : null}
        </tbody>
      </table>
    </div>
  );
}
