import { describe, expect, it } from 'vitest';
import { openDatabase, STORE_UPGRADES } from '../db';

const visit = (id: string, patientId: unknown, date: unknown) => ({
  schemaVersion: 2,
  id,
  patientId,
  date,
});

describe("each patient's latest visit date, from the index", () => {
  it('is built for visits stored before the index existed', async () => {
    const first = STORE_UPGRADES.slice(0, 1);
    const old = await openDatabase({ upgrades: first, recordTypes: [] });
    await old.transact(['visits'], 'readwrite', async (tx) => {
      await tx.put('visits', visit('v1', 'p1', '2024-01-10'));
      await tx.put('visits', visit('v2', 'p1', '2025-02-01'));
      await tx.put('visits', visit('v3', 'p2', '2023-06-30'));
    });
    old.close();

    const current = await openDatabase({ recordTypes: [] });
    const latest = await current.transact(['visits'], 'readonly', (tx) => tx.latestVisitDates());
    current.close();
    expect(latest).toEqual(
      new Map([
        ['p1', '2025-02-01'],
        ['p2', '2023-06-30'],
      ]),
    );
  });

  it('passes over damaged rows without failing', async () => {
    const database = await openDatabase({ recordTypes: [] });
    await database.transact(['visits'], 'readwrite', async (tx) => {
      await tx.put('visits', visit('v1', 'p1', '2025-01-01'));
      await tx.put('visits', visit('v2', 'p1', 20250301));
      await tx.put('visits', visit('v3', 7, '2025-01-01'));
      await tx.put('visits', { schemaVersion: 2, id: 'v4', patientId: 'p3' });
    });
    const latest = await database.transact(['visits'], 'readonly', (tx) => tx.latestVisitDates());
    database.close();
    expect(latest).toEqual(new Map([['p1', '2025-01-01']]));
  });
});
