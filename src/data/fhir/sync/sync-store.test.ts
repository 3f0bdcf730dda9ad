import { openDB } from 'idb';
import { describe, expect, it } from 'vitest';
import { DATABASE_NAME, openDatabase, STORE_UPGRADES } from '../../db';
import { syncStateRecord, syncStateSchema } from './sync-state.schema';

describe('the fhirSync store', () => {
  it('is added by the upgrade steps to a version-1 database, keeping its records', async () => {
    const [first] = STORE_UPGRADES;
    if (!first) throw new Error('expected a first upgrade step');
    const v1 = await openDatabase({ upgrades: [first], recordTypes: [] });
    await v1.transact(['patients'], 'readwrite', (tx) =>
      tx.put('patients', { id: 'kept', schemaVersion: 1 }),
    );
    v1.close();

    const latest = await openDatabase({ recordTypes: [] });
    latest.close();

    const db = await openDB(DATABASE_NAME);
    try {
      expect(db.version).toBe(STORE_UPGRADES.length);
      expect(db.transaction('fhirSync').store.indexNames.contains('by-schema-version')).toBe(true);
      expect(db.objectStoreNames.contains('fhirSync')).toBe(true);
      expect(await db.getAll('patients')).toEqual([{ id: 'kept', schemaVersion: 1 }]);
    } finally {
      db.close();
    }
  });

  it('reads and writes sync state rows, and refuses a malformed one', async () => {
    const database = await openDatabase();
    const state = syncStateSchema.parse({
      schemaVersion: syncStateRecord.version,
      id: 'patient-1',
      serverUrl: 'https://fhir.example.test/r4',
      units: [
        {
          key: 'patient',
          kind: 'patient',
          localHash: '0123456789abcdef',
          resources: [
            { type: 'Patient', id: 'patient-1', versionId: '3', hash: 'fedcba9876543210' },
          ],
          syncedAt: '2025-03-01T10:00:00.000Z',
        },
      ],
    });
    await database.transact(['fhirSync'], 'readwrite', (tx) => tx.put('fhirSync', state));
    expect(
      await database.transact(['fhirSync'], 'readonly', (tx) => tx.get('fhirSync', 'patient-1')),
    ).toEqual(state);
    database.close();
    expect(syncStateSchema.safeParse({ ...state, units: [{ key: 'patient' }] }).success).toBe(
      false,
    );
  });

  it('finds the rows that need attention through the index, and only those', async () => {
    const database = await openDatabase();
    const row = (id: string, attention?: 'conflict' | 'failed') =>
      syncStateSchema.parse({
        schemaVersion: syncStateRecord.version,
        id,
        serverUrl: 'https://fhir.example.test/r4',
        units: [],
        ...(attention ? { attention } : {}),
      });
    await database.transact(['fhirSync'], 'readwrite', async (tx) => {
      await tx.put('fhirSync', row('quiet'));
      await tx.put('fhirSync', row('torn', 'conflict'));
      await tx.put('fhirSync', row('down', 'failed'));
    });
    const found = await database.transact(['fhirSync'], 'readonly', (tx) =>
      tx.getSyncNeedingAttention(),
    );
    database.close();
    const ids = found.map((found) => syncStateSchema.parse(found).id).sort();
    expect(ids).toEqual(['down', 'torn']);
  });
});
