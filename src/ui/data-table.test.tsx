import { createColumnHelper, useTable, type SortingState } from '@tanstack/react-table';
import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useState } from 'react';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { DataTable, dataTableFeatures } from './data-table';

interface Item {
  readonly id: string;
  readonly label: string;
  readonly size: number;
}

const helper = createColumnHelper<typeof dataTableFeatures, Item>();
const columns = helper.columns([
  helper.accessor('label', {
    header: 'Label',
    sortFn: (a, b) => a.original.label.localeCompare(b.original.label),
  }),
  helper.accessor('size', { header: 'Size', sortFn: (a, b) => a.original.size - b.original.size }),
  helper.accessor('id', { header: 'Code', enableSorting: false }),
]);

const items: Item[] = Array.from({ length: 1000 }, (_, index) => ({
  id: `item-${String(index).padStart(4, '0')}`,
  label: `Label ${String(999 - index).padStart(4, '0')}`,
  size: index % 7,
}));

function Harness() {
  const [sorting, setSorting] = useState<SortingState>([{ id: 'label', desc: false }]);
  const table = useTable({
    features: dataTableFeatures,
    columns,
    data: items,
    state: { sorting },
    onSortingChange: setSorting,
    getRowId: (row) => row.id,
    enableSortingRemoval: false,
  });
  return <DataTable table={table} caption="Test items" rowHeight={40} emptyMessage="Nothing" />;
}

// jsdom does no layout; give the scroll container a height so the virtualiser has a window.
const saved = Object.getOwnPropertyDescriptor(Element.prototype, 'clientHeight');
beforeEach(() => {
  Object.defineProperty(Element.prototype, 'clientHeight', { configurable: true, get: () => 400 });
});
afterEach(() => {
  if (saved) Object.defineProperty(Element.prototype, 'clientHeight', saved);
});

function bodyRows() {
  const [, body] = screen.getAllByRole('rowgroup');
  if (!body) throw new Error('expected a tbody');
  return within(body)
    .getAllByRole('row')
    .filter((row) => row.getAttribute('aria-hidden') !== 'true');
}

describe('DataTable', () => {
  it('is a captioned table with column headers and the full row count', () => {
    render(<Harness />);
    const table = screen.getByRole('table', { name: /Test items/ });
    expect(table).toHaveAttribute('aria-rowcount', '1001');
    const headers = within(table).getAllByRole('columnheader');
    expect(headers.map((th) => th.getAttribute('scope'))).toEqual(['col', 'col', 'col']);
    expect(within(headers[2] ?? table).queryByRole('button')).toBeNull();
  });

  it('renders only the rows in view, each with its true position', () => {
    render(<Harness />);
    const rows = bodyRows();
    expect(rows.length).toBeGreaterThan(5);
    expect(rows.length).toBeLessThan(60);
    expect(rows[0]).toHaveAttribute('aria-rowindex', '2');
    expect(rows[0]).toHaveTextContent('Label 0000');
  });

  it('sorts from the header buttons and says the direction in aria-sort', async () => {
    const user = userEvent.setup();
    render(<Harness />);
    const labelHeader = screen.getByRole('columnheader', { name: /Label/ });
    expect(labelHeader).toHaveAttribute('aria-sort', 'ascending');

    await user.click(screen.getByRole('button', { name: /Label/ }));
    expect(labelHeader).toHaveAttribute('aria-sort', 'descending');
    expect(bodyRows()[0]).toHaveTextContent('Label 0999');

    // TanStack starts numeric columns descending (largest first) unless told otherwise.
    await user.click(screen.getByRole('button', { name: /Size/ }));
    expect(screen.getByRole('columnheader', { name: /Size/ })).toHaveAttribute(
      'aria-sort',
      'descending',
    );
    expect(labelHeader).not.toHaveAttribute('aria-sort');
    expect(screen.getByRole('table', { name: /sorted by size, descending/ })).toBeInTheDocument();
  });
});
