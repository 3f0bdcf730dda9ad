import {
  describeIssues,
  keyOf,
  migrateRecord,
  type RecordType,
  type UnreadableRecord,
} from './records';
import type { Database, MigrationReport, StoreName } from './storage/database-types';

/** Thrown inside the transaction to roll it back; never escapes this module. */
class MigrationAborted extends Error {
  readonly failures: readonly UnreadableRecord[];
  constructor(failures: readonly UnreadableRecord[]) {
    super('Start-up migration aborted');
    this.failures = failures;
  }
}

/**
 * Upgrades every stored row that is behind its record type's schema version, in one transaction,
 * at start-up. If any row fails (its migration throws, or the result fails the current schema),
 * the transaction is rolled back and every row stays exactly as it was. The repositories still
 * read old rows by migrating them in memory, and report the ones that fail.
 */
export async function migrateStoredRecords(
  transact: Database['transact'],
  recordTypes: readonly RecordType<unknown>[],
): Promise<MigrationReport> {
  const stores = [...new Set(recordTypes.map((type) => type.store))];
  if (stores.length === 0) return { upgraded: 0, failures: [] };
  try {
    return await transact(stores, 'readwrite', async (tx) => {
      const upgrades: { store: StoreName; record: unknown }[] = [];
      const failures: UnreadableRecord[] = [];
      for (const type of recordTypes) {
        // Only rows at another version: reading all 50,000 visits at every start took seconds.
        for (const row of await tx.getOtherVersions(type.store, type.version)) {
          const migrated = migrateRecord(type, row);
          if (!migrated.ok) {
            failures.push({ store: type.store, key: keyOf(row), reason: migrated.reason });
            continue;
          }
          if (!migrated.changed) continue;
          const parsed = type.schema.safeParse(migrated.record);
          if (parsed.success) upgrades.push({ store: type.store, record: parsed.data });
          else
            failures.push({
              store: type.store,
              key: keyOf(row),
              reason: describeIssues(parsed.error),
            });
        }
      }
      if (failures.length > 0) throw new MigrationAborted(failures);
      await Promise.all(upgrades.map(({ store, record }) => tx.put(store, record)));
      return { upgraded: upgrades.length, failures: [] };
    });
  } catch (error) {
    if (error instanceof MigrationAborted) return { upgraded: 0, failures: error.failures };
    throw error;
  }
}
