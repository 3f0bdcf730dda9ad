import { describe, expect, it } from 'vitest';
import { openDatabase, type Database, type StoreName } from '../db';
import { entryKey } from './import-plan';
import {
  importRecordsAtomically,
  ImportOutdatedError,
  ImportRefusedError,
  previewImport,
} from './import-records';
import { testPatient, testSettings, testVisit } from './test-records';

const ada = testPatient(1);
const bjorn = testPatient(2);
const adaVisit = testVisit(1, ada.id);

async function seeded(rows: Partial<Record<StoreName, unknown[]>>): Promise<Database> {
  const database = await openDatabase();
  await database.transact(['patients', 'visits', 'settings'], 'readwrite', async (tx) => {
    for (const [store, list] of Object.entries(rows) as [StoreName, unknown[]][]) {
      for (const row of list) await tx.put(store, row);
    }
  });
  return database;
}

async function everything(database: Database) {
  return database.transact(['patients', 'visits', 'settings'], 'readonly', async (tx) => ({
    patients: await tx.getAll('patients'),
    visits: await tx.getAll('visits'),
    settings: await tx.getAll('settings'),
  }));
}

/** The same database, except that the `failOn`-th write inside a transaction throws. */
function failingOnWrite(database: Database, failOn: number): Database {
  return {
    ...database,
    transact: (stores, mode, work) =>
      database.transact(stores, mode, (tx) => {
        let writes = 0;
        return work({
          ...tx,
          put: async (store, value) => {
            writes += 1;
            if (writes === failOn) throw new Error('The disk is full');
            await tx.put(store, value);
          },
        });
      }),
  };
}

describe('writing validated records atomically', () => {
  it('adds every record to an empty device and reports the counts', async () => {
    const database = await openDatabase();
    const progress: [number, number][] = [];
    const result = await importRecordsAtomically(
      database,
      { patients: [ada, bjorn], visits: [adaVisit], settings: [testSettings()] },
      { onProgress: (written, total) => progress.push([written, total]) },
    );
    expect(result.outcome.added).toEqual({ patients: 2, visits: 1, plans: 0, settings: 1 });
    expect(result.conflicts).toEqual([]);
    expect(progress).toEqual([
      [0, 4],
      [4, 4],
    ]);
    const stored = await everything(database);
    expect(stored.patients).toEqual([ada, bjorn]);
    expect(stored.visits).toEqual([adaVisit]);
    expect(stored.settings).toEqual([testSettings()]);
    database.close();
  });

  it('changes nothing when the second write fails', async () => {
    const deviceBjorn = { ...bjorn, notes: 'Only on this device' };
    const database = await seeded({ patients: [deviceBjorn], visits: [] });
    const before = await everything(database);

    const failing = failingOnWrite(database, 2);
    await expect(
      importRecordsAtomically(
        failing,
        { patients: [ada, bjorn], visits: [adaVisit] },
        { choices: new Map([[entryKey('patients', bjorn.id), 'incoming']]) },
      ),
    ).rejects.toThrow('The disk is full');

    expect(await everything(database)).toEqual(before);
    // The failure left the database usable: the same import succeeds without the fault.
    const result = await importRecordsAtomically(database, { patients: [ada], visits: [adaVisit] });
    expect(result.outcome.added).toMatchObject({ patients: 1, visits: 1 });
    database.close();
  });

  it('keeps this device’s record in a conflict unless the incoming one is chosen', async () => {
    const deviceBjorn = { ...bjorn, notes: 'Only on this device' };
    const deviceVisit = { ...adaVisit, findings: { 'pain-now': '1' }, revision: 4 };
    const database = await seeded({ patients: [ada, deviceBjorn], visits: [deviceVisit] });
    const incoming = { patients: [ada, bjorn], visits: [adaVisit] };

    const kept = await importRecordsAtomically(database, incoming);
    expect(kept.outcome.kept).toMatchObject({ patients: 1, visits: 1 });
    expect(kept.conflicts.map((c) => c.id)).toEqual([bjorn.id, adaVisit.id]);
    expect((await everything(database)).patients).toEqual([ada, deviceBjorn]);

    const taken = await importRecordsAtomically(database, incoming, {
      choices: new Map([[entryKey('visits', adaVisit.id), 'incoming']]),
    });
    expect(taken.outcome).toMatchObject({
      identical: { patients: 1 },
      replaced: { visits: 1 },
      kept: { patients: 1 },
    });
    const stored = await everything(database);
    expect(stored.visits).toEqual([{ ...adaVisit, revision: 5 }]);
    expect(stored.patients).toEqual([ada, deviceBjorn]);
    database.close();
  });

  it('skips everything the second time the same records are imported', async () => {
    const database = await openDatabase();
    const incoming = { patients: [ada], visits: [adaVisit] };
    await importRecordsAtomically(database, incoming);
    const again = await importRecordsAtomically(database, incoming);
    expect(again.outcome.added).toMatchObject({ patients: 0, visits: 0 });
    expect(again.outcome.identical).toMatchObject({ patients: 1, visits: 1 });
    database.close();
  });

  it('writes nothing when the device changed after the plan was reviewed', async () => {
    const database = await seeded({ patients: [bjorn] });
    const incoming = { patients: [ada, { ...bjorn, notes: 'Backup' }] };
    const reviewed = await previewImport(database, incoming);
    await database.transact(['patients'], 'readwrite', (tx) =>
      tx.put('patients', { ...bjorn, notes: 'Saved in another tab' }),
    );
    const before = await everything(database);
    await expect(
      importRecordsAtomically(database, incoming, { expected: reviewed }),
    ).rejects.toBeInstanceOf(ImportOutdatedError);
    expect(await everything(database)).toEqual(before);
    database.close();
  });

  it('writes nothing when an identifier is taken by another patient on this device', async () => {
    const holder = testPatient(9, { identifier: 'MRN-1' });
    const database = await seeded({ patients: [holder] });
    const error: unknown = await importRecordsAtomically(database, {
      patients: [ada, bjorn],
    }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ImportRefusedError);
    expect((error as ImportRefusedError).problems.map((p) => p.id)).toEqual([ada.id]);
    expect((await everything(database)).patients).toEqual([holder]);
    database.close();
  });
});
