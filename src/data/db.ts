import { openDB, unwrap, type DBSchema, type IDBPDatabase, type IDBPTransaction } from 'idb';
import { migrateStoredRecords } from './record-migrations';
import { RECORD_VERSIONS } from './record-versions';
import type { RecordType } from './records';
import type {
  Database,
  MigrationReport,
  StorageTransaction,
  StoreName,
} from './storage/database-types';
import {
  StorageConstraintError,
  StorageUnavailableError,
  toStorageError,
} from './storage/storage-errors';

/**
 * The only module that touches IndexedDB. Everything else reads and writes through `Database`,
 * which hands out stored values as `unknown`: the repositories parse them with zod.
 *
 * ⚠ Renaming the database, a store or an index, or editing an upgrade step that has shipped,
 * strands the records already on clinicians' devices. Append a new step instead.
 */
export const DATABASE_NAME = 'iliopsoas-workbench';

interface WorkbenchDb extends DBSchema {
  patients: {
    key: string;
    value: unknown;
    indexes: { 'by-identifier': string; 'by-schema-version': number };
  };
  visits: {
    key: string;
    value: unknown;
    indexes: {
      'by-patient': string;
      'by-patient-date': [string, string];
      'by-schema-version': number;
    };
  };
  settings: { key: string; value: unknown; indexes: { 'by-schema-version': number } };
  fhirSync: {
    key: string;
    value: unknown;
    indexes: { 'by-attention': string; 'by-schema-version': number };
  };
}

/** A structural change to the database: step n upgrades IndexedDB version n to n + 1. */
export type StoreUpgrade = (db: IDBDatabase, transaction: IDBTransaction) => void;

export const STORE_UPGRADES: readonly StoreUpgrade[] = [
  // 0 → 1: the first release.
  (db) => {
    const patients = db.createObjectStore('patients', { keyPath: 'id' });
    // Unique: the database itself refuses a second patient with the same identifier, even if two
    // tabs save at once. Rows without an identifier are simply not in the index.
    patients.createIndex('by-identifier', 'identifier', { unique: true });
    const visits = db.createObjectStore('visits', { keyPath: 'id' });
    visits.createIndex('by-patient', 'patientId');
    db.createObjectStore('settings', { keyPath: 'id' });
  },
  // 1 → 2: what each patient's records looked like on the FHIR server at the last sync
  // (src/data/fhir/sync/sync-state.schema.ts), one row per patient, keyed by patient id. Only
  // rows that need the clinician (a conflict, a failed sync) have `attention`, so the patient
  // list reads those few through the index and never the rest.
  (db) => {
    const sync = db.createObjectStore('fhirSync', { keyPath: 'id' });
    sync.createIndex('by-attention', 'attention');
  },
  // 2 → 3: each patient's visit dates in order, so the patients list finds the last visit of
  // every patient from the index alone instead of reading (and parsing) every visit; and every
  // store by schema version, so start-up finds the rows to migrate without reading all of them.
  (_db, transaction) => {
    transaction.objectStore('visits').createIndex('by-patient-date', ['patientId', 'date']);
    for (const store of ['patients', 'visits', 'settings', 'fhirSync'] as const)
      transaction.objectStore(store).createIndex('by-schema-version', 'schemaVersion');
  },
];

export interface OpenDatabaseOptions {
  readonly name?: string;
  readonly upgrades?: readonly StoreUpgrade[];
  readonly recordTypes?: readonly RecordType<unknown>[];
}

type Tx<Mode extends IDBTransactionMode> = IDBPTransaction<WorkbenchDb, StoreName[], Mode>;

function wrapTransaction(tx: Tx<IDBTransactionMode>): StorageTransaction {
  // idb types write methods as absent on read-only transactions; say so loudly instead of
  // letting a write silently do nothing.
  const writable = (store: StoreName) => {
    const objectStore = tx.objectStore(store);
    const { add, put, delete: remove } = objectStore;
    if (!add || !put || !remove)
      throw new Error(`Writing to "${store}" needs a readwrite transaction.`);
    return {
      add: add.bind(objectStore),
      put: put.bind(objectStore),
      delete: remove.bind(objectStore),
    };
  };
  const wrapped: StorageTransaction = {
    get: (store, key) => tx.objectStore(store).get(key),
    getAll: (store) => tx.objectStore(store).getAll(),
    getByIdentifier: (identifier) =>
      tx.objectStore('patients').index('by-identifier').get(identifier),
    getVisitsOfPatient: (patientId) =>
      tx.objectStore('visits').index('by-patient').getAll(patientId),
    getSyncNeedingAttention: () => tx.objectStore('fhirSync').index('by-attention').getAll(),
    getVisitKeysOfPatient: (patientId) =>
      tx.objectStore('visits').index('by-patient').getAllKeys(patientId),
    getOtherVersions: async (store, version) => {
      const objectStore = tx.objectStore(store);
      // A database opened with only the first upgrade step (tests of older layouts) has no index.
      if (!objectStore.indexNames.contains('by-schema-version')) {
        const rows: unknown[] = await objectStore.getAll();
        return rows.filter(
          (row) =>
            typeof row !== 'object' ||
            row === null ||
            !('schemaVersion' in row) ||
            row.schemaVersion !== version,
        );
      }
      const index = objectStore.index('by-schema-version');
      return [
        ...(await index.getAll(IDBKeyRange.upperBound(version, true))),
        ...(await index.getAll(IDBKeyRange.lowerBound(version, true))),
      ];
    },
    countOtherVersions: async (store, version) => {
      const objectStore = tx.objectStore(store);
      if (!objectStore.indexNames.contains('by-schema-version')) {
        return (await wrapped.getOtherVersions(store, version)).length;
      }
      const index = objectStore.index('by-schema-version');
      return (
        (await index.count(IDBKeyRange.upperBound(version, true))) +
        (await index.count(IDBKeyRange.lowerBound(version, true)))
      );
    },
    latestVisitDates: async () => {
      // Keys only (no visit is read): the index is sorted by patient, then date, so the last key
      // seen for a patient is their latest visit.
      const latest = new Map<string, string>();
      let cursor = await tx.objectStore('visits').index('by-patient-date').openKeyCursor();
      while (cursor) {
        // Stored rows are untrusted: a damaged one may hold a number where a string belongs.
        const [patientId, date]: readonly unknown[] = cursor.key;
        if (typeof patientId === 'string' && typeof date === 'string') latest.set(patientId, date);
        cursor = await cursor.continue();
      }
      return latest;
    },
    add: async (store, value) => {
      await writable(store).add(value);
    },
    put: async (store, value) => {
      await writable(store).put(value);
    },
    delete: async (store, key) => {
      await writable(store).delete(key);
    },
  };
  return wrapped;
}

function abortQuietly(tx: Tx<IDBTransactionMode>): void {
  try {
    tx.abort();
  } catch {
    // Already committed or aborted (for example by the failed request itself): nothing to undo.
  }
}

function transactOn(db: IDBPDatabase<WorkbenchDb>): Database['transact'] {
  return async (stores, mode, work) => {
    let tx: Tx<IDBTransactionMode>;
    try {
      tx = db.transaction([...stores], mode);
    } catch (error) {
      throw toStorageError(error);
    }
    const done = tx.done;
    // Observed here so a failed commit is never an unhandled rejection; awaited below.
    done.catch(() => undefined);
    try {
      const result = await work(wrapTransaction(tx));
      await done;
      return result;
    } catch (error) {
      abortQuietly(tx);
      throw toStorageError(error);
    }
  };
}

/**
 * The record types to migrate at start-up: none when every row is at its current version, which
 * is almost every start. Only then are the schemas loaded: the visit schema carries the whole
 * knowledge base, and the patients list, the first screen, needs none of it.
 */
async function recordTypesToMigrate(
  transact: Database['transact'],
): Promise<readonly RecordType<unknown>[]> {
  const stores = Object.keys(RECORD_VERSIONS) as StoreName[];
  const behind = await transact(stores, 'readonly', async (tx) => {
    const counts = await Promise.all(
      stores.map((store) => tx.countOtherVersions(store, RECORD_VERSIONS[store])),
    );
    return counts.some((count) => count > 0);
  });
  if (!behind) return [];
  return (await import('./record-types')).RECORD_TYPES;
}

/** Opens (creating or upgrading) the database. Most code wants `getDatabase()` instead. */
export async function openDatabase(options: OpenDatabaseOptions = {}): Promise<Database> {
  const name = options.name ?? DATABASE_NAME;
  const upgrades = options.upgrades ?? STORE_UPGRADES;
  if (typeof indexedDB === 'undefined') {
    throw new StorageUnavailableError('unsupported', 'This browser does not provide IndexedDB.');
  }
  let rejectBlocked: (error: Error) => void = () => undefined;
  const blocked = new Promise<never>((_resolve, reject) => {
    rejectBlocked = reject;
  });
  let opening: Promise<IDBPDatabase<WorkbenchDb>>;
  try {
    // indexedDB.open itself can throw (some browsers, when storage is disabled outright).
    opening = openDB<WorkbenchDb>(name, upgrades.length, {
      upgrade(database, oldVersion, newVersion, transaction) {
        for (let version = oldVersion; version < (newVersion ?? upgrades.length); version += 1) {
          upgrades[version]?.(unwrap(database), unwrap(transaction));
        }
      },
      // Another tab still has an older version open and did not close it.
      blocked() {
        rejectBlocked(
          new StorageUnavailableError(
            'blocked',
            'Another tab is using an older version of the records.',
          ),
        );
      },
      // A newer version of the app opened in another tab: step aside so it can upgrade.
      blocking() {
        void opening.then((db) => {
          db.close();
          forgetSharedDatabase();
        });
      },
      terminated() {
        forgetSharedDatabase();
      },
    });
  } catch (error) {
    throw toStorageError(error, 'open');
  }
  let db: IDBPDatabase<WorkbenchDb>;
  try {
    db = await Promise.race([opening, blocked]);
  } catch (error) {
    // If the open completes after we gave up (blocked), do not leave a stray connection behind.
    opening.then(
      (late) => {
        late.close();
      },
      () => undefined,
    );
    throw toStorageError(error, 'open');
  }
  const transact = transactOn(db);
  try {
    const migrationReport = await migrateStoredRecords(
      transact,
      options.recordTypes ?? (await recordTypesToMigrate(transact)),
    );
    return {
      name,
      migrationReport,
      transact,
      close: () => {
        db.close();
      },
    };
  } catch (error) {
    // The upgrade transaction could not commit (out of space, say): nothing was written.
    db.close();
    throw toStorageError(error);
  }
}

let shared: Promise<Database> | undefined;

function forgetSharedDatabase(): void {
  shared = undefined;
}

/** The app's database, opened once and shared. A failed open is retried on the next call. */
export function getDatabase(): Promise<Database> {
  shared ??= openDatabase().catch((error: unknown) => {
    forgetSharedDatabase();
    throw error;
  });
  return shared;
}

/** Closes the shared connection (tests use it between cases; later, backup import before a restore). */
export async function closeDatabase(): Promise<void> {
  const current = shared;
  forgetSharedDatabase();
  if (!current) return;
  try {
    (await current).close();
  } catch {
    // It never opened, so there is nothing to close.
  }
}

export { StorageConstraintError, StorageUnavailableError };
export type { Database, MigrationReport, StorageTransaction, StoreName };
