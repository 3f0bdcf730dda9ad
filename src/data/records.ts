import type { z } from 'zod';
import type { StoreName } from './storage/database-types';

/**
 * A pure upgrade of one stored record from version n to n + 1. No I/O, no clock, no randomness:
 * the same old record always gives the same new one, so a migration can be tested alone and
 * re-run safely. The runner sets `schemaVersion`; the migration only reshapes the data.
 */
export type Migration = (record: Readonly<Record<string, unknown>>) => Record<string, unknown>;

/**
 * Everything the data layer knows about one kind of stored record.
 *
 * ⚠ Bump `version` only together with a migration from the previous version, and never reuse a
 * number that has shipped: records already on clinicians' devices carry it.
 */
export interface RecordType<T> {
  /** What the record is called in messages, e.g. "patient". */
  readonly label: string;
  readonly store: StoreName;
  /** The version this build reads and writes. */
  readonly version: number;
  /** `migrations[n]` turns a version-n record into version n + 1. */
  readonly migrations: Readonly<Partial<Record<number, Migration>>>;
  readonly schema: z.ZodType<T>;
}

export type MigrationResult =
  | {
      readonly ok: true;
      readonly record: Readonly<Record<string, unknown>>;
      readonly changed: boolean;
    }
  | { readonly ok: false; readonly reason: string };

export interface UnreadableRecord {
  readonly store: StoreName;
  /** The row's id when it has one, so a clinician or support can find it. */
  readonly key: string;
  readonly reason: string;
}

/** A stored row failed its schema or its migrations. It is reported, never cast. */
export class StoredRecordError extends Error {
  readonly store: StoreName;
  readonly key: string;
  constructor(label: string, problem: UnreadableRecord) {
    super(`The stored ${label} record "${problem.key}" cannot be read: ${problem.reason}`);
    this.name = 'StoredRecordError';
    this.store = problem.store;
    this.key = problem.key;
  }
}

function isPlainRecord(value: unknown): value is Readonly<Record<string, unknown>> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** The row's id for messages; stored rows are untrusted, so this never throws. */
export function keyOf(row: unknown): string {
  if (isPlainRecord(row) && (typeof row.id === 'string' || typeof row.id === 'number')) {
    return String(row.id);
  }
  return '(no id)';
}

/** Runs the migrations a stored row needs to reach `type.version`. Does not validate the result. */
export function migrateRecord(type: RecordType<unknown>, row: unknown): MigrationResult {
  if (!isPlainRecord(row)) return { ok: false, reason: 'it is not an object' };
  const from = row.schemaVersion;
  if (typeof from !== 'number' || !Number.isInteger(from) || from < 1) {
    return { ok: false, reason: 'it has no valid schemaVersion' };
  }
  if (from > type.version) {
    return {
      ok: false,
      reason: `it was saved by a newer version of the app (schema ${from}, this app reads ${type.version})`,
    };
  }
  if (from === type.version) return { ok: true, record: row, changed: false };

  // Work on a copy so a migration that mutates its input by mistake cannot touch the caller's row.
  let record: Readonly<Record<string, unknown>> = structuredClone(row);
  for (let version = from; version < type.version; version += 1) {
    const migration = type.migrations[version];
    if (!migration) return { ok: false, reason: `no migration from schema ${version}` };
    try {
      record = { ...migration(record), schemaVersion: version + 1 };
    } catch (error) {
      const message = error instanceof Error ? error.message : String(error);
      return { ok: false, reason: `migration from schema ${version} failed: ${message}` };
    }
  }
  return { ok: true, record, changed: true };
}

/** "givenName: Enter the given name; dateOfBirth: Invalid date" */
export function describeIssues(error: z.ZodError): string {
  return error.issues
    .map((issue) =>
      issue.path.length > 0 ? `${issue.path.join('.')}: ${issue.message}` : issue.message,
    )
    .join('; ');
}

export type ReadResult<T> = { ok: true; value: T } | { ok: false; problem: UnreadableRecord };

/** Migrates (in memory) and validates one stored row. */
export function readRecord<T>(type: RecordType<T>, row: unknown): ReadResult<T> {
  const key = keyOf(row);
  const migrated = migrateRecord(type, row);
  if (!migrated.ok)
    return { ok: false, problem: { store: type.store, key, reason: migrated.reason } };
  const parsed = type.schema.safeParse(migrated.record);
  if (!parsed.success) {
    return { ok: false, problem: { store: type.store, key, reason: describeIssues(parsed.error) } };
  }
  return { ok: true, value: parsed.data };
}

/** Reads one row or throws `StoredRecordError`. */
export function parseStoredRecord<T>(type: RecordType<T>, row: unknown): T {
  const result = readRecord(type, row);
  if (!result.ok) throw new StoredRecordError(type.label, result.problem);
  return result.value;
}

export interface ReadAllResult<T> {
  readonly records: T[];
  /** Rows that failed their schema: left untouched in storage and reported to the clinician. */
  readonly unreadable: UnreadableRecord[];
}

/** Reads many rows; one bad row is reported without hiding the good ones. */
export function parseStoredRecords<T>(
  type: RecordType<T>,
  rows: readonly unknown[],
): ReadAllResult<T> {
  const records: T[] = [];
  const unreadable: UnreadableRecord[] = [];
  for (const row of rows) {
    const result = readRecord(type, row);
    if (result.ok) records.push(result.value);
    else unreadable.push(result.problem);
  }
  return { records, unreadable };
}
