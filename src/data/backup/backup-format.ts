import { RECORD_TYPES } from '../record-types';
import type { RecordType } from '../records';
import { z } from 'zod';
import type { StoreName } from '../storage/database-types';

/**
 * The JSON backup file: one envelope holding every stored record exactly as it was on the device
 * (each row keeps its own `schemaVersion`, so a restore migrates old rows with the same
 * migrations the app runs at start-up).
 *
 * ⚠ `BACKUP_FORMAT` and a shipped `formatVersion` are promises to every file already saved on a
 * clinic's disk. Change the envelope only by bumping `BACKUP_FORMAT_VERSION` together with a
 * migration in `BACKUP_FORMAT_MIGRATIONS` and its test; never reuse a number.
 */
export const BACKUP_FORMAT = 'iliopsoas-workbench-backup';
export const BACKUP_FORMAT_VERSION = 1;

/**
 * The largest file a restore will read: checked on the file's size before a byte is parsed.
 * 200 MB holds several thousand patients with full exams (a complete visit is about 10 kB in
 * the file) while staying well inside what a browser tab can parse without running out of memory.
 */
export const MAX_BACKUP_BYTES = 200 * 1024 * 1024;

/** "200 MB", for messages. */
export const MAX_BACKUP_SIZE_LABEL = `${String(MAX_BACKUP_BYTES / (1024 * 1024))} MB`;

/**
 * Limits on the shape of untrusted JSON, checked before any schema runs. No stored field comes
 * near them (the longest free text, an addendum, is 5,000 characters): they exist so a hostile
 * file cannot make validation itself slow or crash.
 */
export const UNTRUSTED_JSON_LIMITS = {
  maxStringLength: 100_000,
  maxDepth: 32,
  /** Problems listed before the rest are only counted. */
  maxProblems: 50,
} as const;

/** Stores in the order a restore writes them: patients before the visits that refer to them. */
export const BACKUP_STORES = [
  'patients',
  'visits',
  'settings',
] as const satisfies readonly StoreName[];

/** Words for each store in messages. */
export type BackupStore = (typeof BACKUP_STORES)[number];

/** Whether a store's records go into backups (sync bookkeeping, for one, does not). */
export function isBackupStore(store: StoreName): store is BackupStore {
  return (BACKUP_STORES as readonly StoreName[]).includes(store);
}

/** A record type whose store goes into backups. */
export type BackupRecordType = RecordType<unknown> & { readonly store: BackupStore };

/**
 * The record types a backup carries. The FHIR sync bookkeeping (which server version each record
 * matched) belongs to this device's link with a server and stays out of backups.
 */
export const BACKUP_RECORD_TYPES: readonly BackupRecordType[] = RECORD_TYPES.filter(
  (type): type is BackupRecordType => isBackupStore(type.store),
);

export const STORE_LABELS: Readonly<Record<BackupStore, { one: string; many: string }>> = {
  patients: { one: 'patient', many: 'patients' },
  visits: { one: 'visit', many: 'visits' },
  settings: { one: 'settings record', many: 'settings records' },
};

/** A stored row after validation: a plain object the data layer has parsed with its schema. */
export type StoredRecord = Readonly<Record<string, unknown>>;

/** Rows the device could not read when the backup was made: carried, never restored. */
export const unreadableEntrySchema = z.strictObject({
  store: z.enum(BACKUP_STORES),
  key: z.string().max(200),
  reason: z.string().max(10_000),
  row: z.unknown(),
});
export type UnreadableEntry = z.infer<typeof unreadableEntrySchema>;

/**
 * The envelope of format version 1. The records themselves are `unknown` here: each is checked
 * by its own record type's schema after its migrations, so the message can name the record.
 */
export const backupEnvelopeSchema = z.strictObject({
  format: z.literal(BACKUP_FORMAT),
  formatVersion: z.literal(BACKUP_FORMAT_VERSION),
  exportedAt: z.iso.datetime({ offset: true }),
  kbVersion: z.string().max(50),
  appVersion: z.string().max(50),
  records: z.record(z.string(), z.array(z.unknown())),
  /** Present only when some stored rows could not be read at export time. */
  unreadable: z.array(unreadableEntrySchema).optional(),
});

export type BackupEnvelope = z.infer<typeof backupEnvelopeSchema>;

/** What the file was, for the summary: when and by which version it was made. */
export interface BackupMeta {
  readonly exportedAt: string;
  readonly kbVersion: string;
  readonly appVersion: string;
  /** The file's own format version, before any migration. */
  readonly formatVersion: number;
}

/**
 * A pure upgrade of the envelope from format version n to n + 1 (the runner sets
 * `formatVersion`). Records inside keep their own schema versions: those are migrated per record.
 */
export type BackupFormatMigration = (
  file: Readonly<Record<string, unknown>>,
) => Record<string, unknown>;

/** `BACKUP_FORMAT_MIGRATIONS[n]` turns a format-n file into format n + 1. Version 1 is the first. */
export const BACKUP_FORMAT_MIGRATIONS: Readonly<Partial<Record<number, BackupFormatMigration>>> =
  {};
