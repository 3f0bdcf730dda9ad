import { keyOf, migrateRecord, type RecordType } from '../records';
import { BACKUP_RECORD_TYPES, type BackupRecordType, type BackupStore } from './backup-format';
import {
  BACKUP_FORMAT,
  BACKUP_FORMAT_MIGRATIONS,
  BACKUP_FORMAT_VERSION,
  backupEnvelopeSchema,
  MAX_BACKUP_BYTES,
  STORE_LABELS,
  UNTRUSTED_JSON_LIMITS,
  type BackupFormatMigration,
  type BackupMeta,
  type StoredRecord,
  type UnreadableEntry,
} from './backup-format';
import {
  formatPath,
  ProblemList,
  shortText,
  type BackupFailure,
  type PathStep,
} from './backup-problems';
import { locateJsonSyntaxError } from './json-syntax';
import { idOf, REFERENCES, textField, UNIQUE_FIELDS } from './record-rules';
import { inspectUntrustedJson } from './untrusted-json';

/** Validated records by store, each parsed by its record type at the version this build uses. */
export type IncomingRecords = Readonly<Partial<Record<BackupStore, readonly StoredRecord[]>>>;

/** A whole backup file that passed every check: safe to plan and write. */
export interface ValidatedBackup {
  readonly meta: BackupMeta;
  readonly records: IncomingRecords;
  /** Rows the exporting device could not read: kept in the file, never restored. */
  readonly unreadable: readonly UnreadableEntry[];
  /** Records brought up from an older schema version by the app's own migrations. */
  readonly migratedRecords: number;
}

export type BackupReadResult =
  | { readonly ok: true; readonly backup: ValidatedBackup }
  | { readonly ok: false; readonly failure: BackupFailure };

export interface ValidationOptions {
  readonly recordTypes?: readonly BackupRecordType[];
  /** The format this build reads, and the migrations up to it (tests pass their own). */
  readonly formatVersion?: number;
  readonly formatMigrations?: Readonly<Partial<Record<number, BackupFormatMigration>>>;
  /** Records checked so far, out of all records in the file. */
  readonly onProgress?: (checked: number, total: number) => void;
  /** Awaited between batches so the page can show progress; defaults to a macrotask. */
  readonly pause?: () => Promise<void>;
  readonly batchSize?: number;
  /** The size limit (tests lower it); `MAX_BACKUP_BYTES` otherwise. */
  readonly maxBytes?: number;
}

const nextTask = () =>
  new Promise<void>((resolve) => {
    setTimeout(resolve, 0);
  });

function isPlainObject(value: unknown): value is Readonly<Record<string, unknown>> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Refuses a file by its size alone, before reading it. */
export function checkBackupSize(
  bytes: number,
  limit: number = MAX_BACKUP_BYTES,
): BackupFailure | undefined {
  if (bytes === 0) return { kind: 'empty' };
  return bytes > limit ? { kind: 'too-large', bytes, limit } : undefined;
}

/**
 * Reads the text of a backup file: size, JSON syntax (with line and column), hostile structure,
 * then `validateBackupValue`. Pure apart from yielding between batches; touches no storage.
 */
export async function readBackupText(
  text: string,
  options: ValidationOptions = {},
): Promise<BackupReadResult> {
  // A string has at least one byte per character, so this is a lower bound on the file's size.
  const tooLarge = checkBackupSize(text.length, options.maxBytes);
  if (tooLarge) return { ok: false, failure: tooLarge };
  const body = text.startsWith('\uFEFF') ? text.slice(1) : text;
  if (body.trim() === '') return { ok: false, failure: { kind: 'empty' } };
  let value: unknown;
  try {
    value = JSON.parse(body);
  } catch (error) {
    const located = locateJsonSyntaxError(body);
    if (located) return { ok: false, failure: { kind: 'syntax', ...located } };
    // The engine refused what the scanner accepted (an engine limit): say what the engine said.
    const message = error instanceof Error ? error.message : String(error);
    return { ok: false, failure: { kind: 'syntax', line: 1, column: 1, offset: 0, message } };
  }
  const problems = new ProblemList(UNTRUSTED_JSON_LIMITS.maxProblems);
  inspectUntrustedJson(value, problems);
  const hostile = problems.toFailure();
  if (hostile) return { ok: false, failure: hostile };
  return validateBackupValue(value, options);
}

/** Brings an envelope from its format version up to `current`, or reports why it cannot. */
function upgradeEnvelope(
  file: Readonly<Record<string, unknown>>,
  current: number,
  migrations: Readonly<Partial<Record<number, BackupFormatMigration>>>,
  problems: ProblemList,
): { readonly file: Readonly<Record<string, unknown>>; readonly from: number } | undefined {
  const from = file.formatVersion;
  if (typeof from !== 'number' || !Number.isInteger(from) || from < 1) {
    problems.add({ location: 'formatVersion', message: 'must be a whole number from 1 up' });
    return undefined;
  }
  if (from > current) {
    problems.add({
      location: 'formatVersion',
      message: `this file was made by a newer version of the app (backup format ${String(from)}; this app reads up to ${String(current)}). Update the app, then restore.`,
    });
    return undefined;
  }
  let upgraded = file;
  for (let version = from; version < current; version += 1) {
    const migration = migrations[version];
    if (!migration) {
      problems.add({
        location: 'formatVersion',
        message: `no upgrade from backup format ${String(version)}`,
      });
      return undefined;
    }
    try {
      upgraded = { ...migration(upgraded), formatVersion: version + 1 };
    } catch (error) {
      problems.add({
        location: '(the whole file)',
        message: `upgrading from backup format ${String(version)} failed: ${error instanceof Error ? error.message : String(error)}`,
      });
      return undefined;
    }
  }
  return { file: upgraded, from };
}

/** Checks one store's rows: migrations, then the record type's schema. */
async function validateStore(
  type: BackupRecordType,
  rows: readonly unknown[],
  problems: ProblemList,
  progress: { checked: number; migrated: number; readonly tick: () => Promise<void> },
): Promise<StoredRecord[]> {
  const valid: StoredRecord[] = [];
  for (const [index, row] of rows.entries()) {
    const id = shortText(keyOf(row));
    const at = (field: readonly PathStep[]) => ({
      location: formatPath(['records', type.store, index, ...field]),
      record: { store: type.store, index, id, field: field.join('.') },
    });
    const migrated = migrateRecord(type, row);
    if (!migrated.ok) {
      problems.add({
        ...at([]),
        message: `this ${type.label} record cannot be read: ${migrated.reason}`,
      });
    } else {
      const parsed = type.schema.safeParse(migrated.record);
      if (!parsed.success) {
        for (const issue of parsed.error.issues) {
          problems.add({
            ...at(issue.path.map((step) => (typeof step === 'symbol' ? String(step) : step))),
            message: issue.message,
          });
        }
      } else if (isPlainObject(parsed.data)) {
        valid.push(parsed.data);
        if (migrated.changed) progress.migrated += 1;
      }
    }
    progress.checked += 1;
    await progress.tick();
  }
  return valid;
}

/**
 * Rules across records: unique ids and identifiers within the file, and every reference inside it.
 * References are looked up among all rows of the file, valid or not, so a patient with a bad field
 * does not also make each of their visits an orphan.
 */
function checkAcrossRecords(
  stores: readonly BackupStore[],
  records: IncomingRecords,
  rawRows: Readonly<Record<string, readonly unknown[]>>,
  problems: ProblemList,
): void {
  const where = (store: BackupStore, index: number, field: string) =>
    formatPath(['records', store, index, field]);
  for (const store of stores) {
    const rows = records[store] ?? [];
    const fields = ['id', ...(UNIQUE_FIELDS[store] ?? [])];
    for (const field of fields) {
      const seen = new Map<string, number>();
      for (const [index, record] of rows.entries()) {
        const value = field === 'id' ? idOf(record) : textField(record, field);
        if (value === undefined) continue;
        const first = seen.get(value);
        if (first === undefined) {
          seen.set(value, index);
          continue;
        }
        problems.add({
          location: where(store, index, field),
          record: { store, index, id: shortText(idOf(record)), field },
          message: `the ${field} "${shortText(value)}" is also used by ${formatPath(['records', store, first])}; no two ${STORE_LABELS[store].many} can share one`,
        });
      }
    }
  }
  for (const { store, field, target } of REFERENCES) {
    const targets = new Set((rawRows[target] ?? []).map(keyOf));
    for (const [index, record] of (records[store] ?? []).entries()) {
      const value = textField(record, field);
      if (value === undefined || targets.has(value)) continue;
      problems.add({
        location: where(store, index, field),
        record: { store, index, id: shortText(idOf(record)), field },
        message: `this ${STORE_LABELS[store].one} belongs to ${STORE_LABELS[target].one} "${shortText(value)}", who is not in the file`,
      });
    }
  }
}

/**
 * Validates a parsed backup as a whole: the envelope (migrating older formats), then every record
 * with its own record type (migrating older schema versions exactly as at start-up), then the
 * rules across records. Any problem fails the whole file: a restore writes all of it or nothing.
 */
export async function validateBackupValue(
  value: unknown,
  options: ValidationOptions = {},
): Promise<BackupReadResult> {
  const recordTypes = options.recordTypes ?? BACKUP_RECORD_TYPES;
  const problems = new ProblemList(UNTRUSTED_JSON_LIMITS.maxProblems);
  const fail = (): BackupReadResult => ({
    ok: false,
    failure: problems.toFailure() ?? { kind: 'invalid', problems: [], total: 0 },
  });

  if (!isPlainObject(value) || value.format !== BACKUP_FORMAT) {
    problems.add({
      location: isPlainObject(value) ? 'format' : '(the whole file)',
      message: `this is not an Iliopsoas Workbench backup (expected "format": "${BACKUP_FORMAT}")`,
    });
    return fail();
  }
  const upgraded = upgradeEnvelope(
    value,
    options.formatVersion ?? BACKUP_FORMAT_VERSION,
    options.formatMigrations ?? BACKUP_FORMAT_MIGRATIONS,
    problems,
  );
  if (!upgraded) return fail();
  const envelope = backupEnvelopeSchema.safeParse({
    ...upgraded.file,
    // The schema knows the current format version; the file's own number is reported in meta.
    formatVersion: BACKUP_FORMAT_VERSION,
  });
  if (!envelope.success) {
    for (const issue of envelope.error.issues) {
      problems.add({
        location: formatPath(
          issue.path.map((step) => (typeof step === 'symbol' ? String(step) : step)),
        ),
        message: issue.message,
      });
    }
    return fail();
  }

  const typeByStore = new Map<string, RecordType<unknown>>(
    recordTypes.map((type) => [type.store, type]),
  );
  for (const store of Object.keys(envelope.data.records)) {
    if (!typeByStore.has(store)) {
      problems.add({
        location: formatPath(['records', store]),
        message: `this app keeps no records called "${shortText(store)}"`,
      });
    }
  }
  if (problems.total > 0) return fail();

  const total = [...typeByStore.keys()].reduce(
    (sum, store) => sum + (envelope.data.records[store]?.length ?? 0),
    0,
  );
  const batch = options.batchSize ?? 250;
  const pause = options.pause ?? nextTask;
  const progress = {
    checked: 0,
    migrated: 0,
    tick: async () => {
      if (progress.checked % batch !== 0 && progress.checked !== total) return;
      options.onProgress?.(progress.checked, total);
      await pause();
    },
  };
  options.onProgress?.(0, total);
  const records: Partial<Record<BackupStore, StoredRecord[]>> = {};
  for (const type of recordTypes) {
    const rows = envelope.data.records[type.store] ?? [];
    records[type.store] = await validateStore(type, rows, problems, progress);
  }
  checkAcrossRecords(
    recordTypes.map((type) => type.store),
    records,
    envelope.data.records,
    problems,
  );
  if (problems.total > 0) return fail();

  return {
    ok: true,
    backup: {
      meta: {
        exportedAt: envelope.data.exportedAt,
        kbVersion: envelope.data.kbVersion,
        appVersion: envelope.data.appVersion,
        formatVersion: upgraded.from,
      },
      records,
      unreadable: envelope.data.unreadable ?? [],
      migratedRecords: progress.migrated,
    },
  };
}
