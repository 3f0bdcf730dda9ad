import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { openDatabase } from '../db';
import { RECORD_TYPES } from '../record-types';
import { RECORD_VERSIONS } from '../record-versions';
import type { RecordType } from '../records';

const noteV2 = z.strictObject({ schemaVersion: z.literal(2), id: z.string(), text: z.string() });
const note: RecordType<z.infer<typeof noteV2>> = {
  label: 'note',
  store: 'settings',
  version: 2,
  migrations: { 1: ({ body, ...rest }) => ({ ...rest, text: String(body) }) },
  schema: noteV2,
};

async function seed(rows: unknown[]): Promise<void> {
  const database = await openDatabase({ recordTypes: [] });
  await database.transact(['settings'], 'readwrite', async (tx) => {
    for (const row of rows) await tx.put('settings', row);
  });
  database.close();
}

describe('the start-up migration reads only rows at another version', () => {
  it('migrates old rows and leaves current ones unread, even a damaged current one', async () => {
    await seed([
      { schemaVersion: 1, id: 'old', body: 'from v1' },
      // Current but damaged: reported by the repositories when read, not by start-up.
      { schemaVersion: 2, id: 'current-damaged', text: 42 },
    ]);
    const database = await openDatabase({ recordTypes: [note] });
    const rows = await database.transact(['settings'], 'readonly', (tx) => tx.getAll('settings'));
    database.close();
    expect(database.migrationReport).toEqual({ upgraded: 1, failures: [] });
    expect(rows).toContainEqual({ schemaVersion: 2, id: 'old', text: 'from v1' });
  });

  it('still reports a row saved by a newer version, and changes nothing', async () => {
    const rows = [
      { schemaVersion: 1, id: 'old', body: 'from v1' },
      { schemaVersion: 3, id: 'future', text: 'from v3' },
    ];
    await seed(rows);
    const database = await openDatabase({ recordTypes: [note] });
    const stored = await database.transact(['settings'], 'readonly', (tx) => tx.getAll('settings'));
    database.close();
    const [failure, ...others] = database.migrationReport.failures;
    expect(others).toEqual([]);
    expect(failure?.key).toBe('future');
    expect(failure?.reason).toContain('newer version');
    expect(stored).toHaveLength(2);
    for (const row of rows) expect(stored).toContainEqual(row);
  });
});

describe('the start-up check that decides whether to load the schemas at all', () => {
  it('counts the rows below and above a version without the current ones', async () => {
    await seed([
      { schemaVersion: 1, id: 'old' },
      { schemaVersion: 2, id: 'current' },
      { schemaVersion: 3, id: 'newer' },
      { id: 'no-version' },
    ]);
    const database = await openDatabase({ recordTypes: [] });
    const count = await database.transact(['settings'], 'readonly', (tx) =>
      tx.countOtherVersions('settings', 2),
    );
    database.close();
    // A row without a schemaVersion is not in the index: the repositories report it when read.
    expect(count).toBe(2);
  });

  it("opens with every row current without migrating, and loads the app's record types when one is behind", async () => {
    const current = await openDatabase();
    current.close();
    expect(current.migrationReport).toEqual({ upgraded: 0, failures: [] });

    // A patient row from before any shipped version: only the patient record type can say so.
    const seedDb = await openDatabase({ recordTypes: [] });
    await seedDb.transact(['patients'], 'readwrite', (tx) =>
      tx.put('patients', { schemaVersion: 0, id: 'ancient' }),
    );
    seedDb.close();
    const behind = await openDatabase();
    behind.close();
    expect(behind.migrationReport.upgraded).toBe(0);
    expect(behind.migrationReport.failures).toEqual([
      expect.objectContaining({ store: 'patients', key: 'ancient' }),
    ]);
  });

  it('keeps each record type at the version the start-up check compares against', () => {
    expect(Object.fromEntries(RECORD_TYPES.map((type) => [type.store, type.version]))).toEqual(
      RECORD_VERSIONS,
    );
  });
});
