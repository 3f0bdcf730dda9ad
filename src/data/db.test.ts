import { openDB } from 'idb';
import { describe, expect, it, vi } from 'vitest';
import { z } from 'zod';
import { DATABASE_NAME, openDatabase, STORE_UPGRADES, type StoreUpgrade } from './db';
import type { RecordType } from './records';
import { getStorageStatus } from './storage/storage-status';
import { StorageUnavailableError } from './storage/storage-errors';

async function rawRows(store: string, name = DATABASE_NAME): Promise<unknown[]> {
  const db = await openDB(name);
  try {
    const rows: unknown[] = await db.getAll(store);
    return rows;
  } finally {
    db.close();
  }
}

describe('opening the database', () => {
  it('creates the patients, visits, settings and fhirSync stores with their indexes', async () => {
    const database = await openDatabase();
    database.close();
    const db = await openDB(DATABASE_NAME);
    expect(db.version).toBe(STORE_UPGRADES.length);
    expect([...db.objectStoreNames].sort()).toEqual(['fhirSync', 'patients', 'settings', 'visits']);
    const tx = db.transaction(['patients', 'visits']);
    expect(tx.objectStore('patients').index('by-identifier').unique).toBe(true);
    expect(tx.objectStore('visits').index('by-patient').keyPath).toBe('patientId');
    db.close();
  });

  it('runs only the upgrade steps after the version on disk, keeping the records', async () => {
    const [first] = STORE_UPGRADES;
    if (!first) throw new Error('expected a first upgrade step');
    const second = vi.fn<StoreUpgrade>((_db, tx) => {
      tx.objectStore('visits').createIndex('by-date', 'date');
    });
    // No record types: the later stores (fhirSync) do not exist yet in a version-1 database.
    const v1 = await openDatabase({ upgrades: [first], recordTypes: [] });
    await v1.transact(['patients'], 'readwrite', (tx) =>
      tx.put('patients', { id: 'kept', schemaVersion: 1 }),
    );
    v1.close();

    const v2 = await openDatabase({ upgrades: [first, second], recordTypes: [] });
    v2.close();

    expect(second).toHaveBeenCalledTimes(1);
    expect(await rawRows('patients')).toEqual([{ id: 'kept', schemaVersion: 1 }]);
    const db = await openDB(DATABASE_NAME);
    expect(db.transaction('visits').objectStore('visits').indexNames.contains('by-date')).toBe(
      true,
    );
    db.close();
  });
});

describe('start-up record migrations', () => {
  const noteV2 = z.strictObject({ schemaVersion: z.literal(2), id: z.string(), text: z.string() });
  const note: RecordType<z.infer<typeof noteV2>> = {
    label: 'note',
    store: 'settings',
    version: 2,
    migrations: {
      1: ({ body, ...rest }) => {
        if (typeof body !== 'string') throw new Error('body must be text');
        return { ...rest, text: body };
      },
    },
    schema: noteV2,
  };

  async function seed(rows: unknown[]): Promise<void> {
    const database = await openDatabase({ recordTypes: [] });
    await database.transact(['settings'], 'readwrite', async (tx) => {
      for (const row of rows) await tx.put('settings', row);
    });
    database.close();
  }

  it('rewrites old rows at the current version when every migration succeeds', async () => {
    await seed([
      { schemaVersion: 1, id: 'a', body: 'first' },
      { schemaVersion: 2, id: 'b', text: 'already current' },
    ]);
    const database = await openDatabase({ recordTypes: [note] });
    database.close();
    expect(database.migrationReport).toEqual({ upgraded: 1, failures: [] });
    expect(await rawRows('settings')).toEqual([
      { schemaVersion: 2, id: 'a', text: 'first' },
      { schemaVersion: 2, id: 'b', text: 'already current' },
    ]);
  });

  it('leaves every row untouched and reports the culprit when one migration fails', async () => {
    const rows = [
      { schemaVersion: 1, id: 'a', body: 'fine' },
      { schemaVersion: 1, id: 'b', body: 42 },
    ];
    await seed(rows);
    const database = await openDatabase({ recordTypes: [note] });
    database.close();
    expect(database.migrationReport.upgraded).toBe(0);
    expect(database.migrationReport.failures).toEqual([
      { store: 'settings', key: 'b', reason: 'migration from schema 1 failed: body must be text' },
    ]);
    expect(await rawRows('settings')).toEqual(rows);
  });

  it('does not write a migrated row that fails the current schema', async () => {
    const rows = [{ schemaVersion: 1, id: 'a', body: 'fine', stray: true }];
    await seed(rows);
    const database = await openDatabase({ recordTypes: [note] });
    database.close();
    const [failure, ...others] = database.migrationReport.failures;
    expect(others).toEqual([]);
    expect(failure).toMatchObject({ store: 'settings', key: 'a' });
    expect(failure?.reason).toContain('stray');
    expect(await rawRows('settings')).toEqual(rows);
  });
});

describe('transactions', () => {
  it('writes nothing when the work fails part-way', async () => {
    const database = await openDatabase();
    await expect(
      database.transact(['patients'], 'readwrite', async (tx) => {
        await tx.put('patients', { id: 'p1' });
        throw new Error('stop');
      }),
    ).rejects.toThrow('stop');
    expect(
      await database.transact(['patients'], 'readonly', (tx) => tx.getAll('patients')),
    ).toEqual([]);
    database.close();
  });

  it('refuses a write inside a read-only transaction', async () => {
    const database = await openDatabase();
    await expect(
      database.transact(['patients'], 'readonly', (tx) => tx.put('patients', { id: 'p1' })),
    ).rejects.toThrow(/readonly|readwrite/);
    database.close();
  });
});

describe('when IndexedDB cannot be used', () => {
  it('says the browser has no IndexedDB', async () => {
    vi.stubGlobal('indexedDB', undefined);
    await expect(openDatabase()).rejects.toMatchObject({ problem: 'unsupported' });
    expect(await getStorageStatus()).toMatchObject({
      state: 'unavailable',
      problem: 'unsupported',
    });
  });

  it('says the browser refused storage (private window, blocked site data)', async () => {
    vi.stubGlobal('indexedDB', {
      open: () => {
        throw new DOMException('The operation is insecure.', 'SecurityError');
      },
    });
    const error: unknown = await openDatabase().catch((e: unknown) => e);
    expect(error).toBeInstanceOf(StorageUnavailableError);
    expect(error).toMatchObject({ problem: 'denied' });
    expect(await getStorageStatus()).toMatchObject({ state: 'unavailable', problem: 'denied' });
  });
});
