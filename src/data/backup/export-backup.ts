import { KB_VERSION } from '../../clinical/index.ts';
import type { Database } from '../db';
import { BACKUP_RECORD_TYPES, type BackupRecordType, type BackupStore } from './backup-format';
import { readRecord } from '../records';
import { APP_VERSION } from './app-version';
import {
  BACKUP_FORMAT,
  BACKUP_FORMAT_VERSION,
  type BackupEnvelope,
  type UnreadableEntry,
} from './backup-format';
import type { RecordCounts } from './import-resolve';
import { asRecord, hasPlan } from './record-rules';

/**
 * A row as JSON can carry it. Rows the app wrote always can; a row written by something else could
 * hold a BigInt or a cycle, which would make the whole export fail, so it is described instead.
 */
function asJsonValue(row: unknown): unknown {
  try {
    JSON.stringify(row);
    return row;
  } catch (error) {
    return { notJson: error instanceof Error ? error.message : String(error), text: String(row) };
  }
}

export interface BackupExport {
  readonly file: BackupEnvelope;
  /** What the file holds, for the clinician. */
  readonly counts: RecordCounts & { readonly unreadable: number };
}

export interface ExportOptions {
  readonly now: Date;
  readonly recordTypes?: readonly BackupRecordType[];
  readonly appVersion?: string;
}

/**
 * Every stored record, read in one transaction (a consistent snapshot), exactly as stored: each
 * row keeps its own schemaVersion, and a restore migrates it as the app does at start-up. Rows
 * this build cannot read are not dropped: they go, as stored, into `unreadable`, with the reason,
 * so the file still holds everything the device held.
 */
export async function exportBackup(
  database: Database,
  options: ExportOptions,
): Promise<BackupExport> {
  const recordTypes = options.recordTypes ?? BACKUP_RECORD_TYPES;
  const stores = recordTypes.map((type) => type.store);
  const rows = await database.transact(stores, 'readonly', (tx) =>
    Promise.all(stores.map((store) => tx.getAll(store))),
  );
  const records: Partial<Record<BackupStore, unknown[]>> = {};
  const unreadable: UnreadableEntry[] = [];
  const counts = { patients: 0, visits: 0, plans: 0, settings: 0 };
  recordTypes.forEach((type, index) => {
    const kept: unknown[] = [];
    for (const row of rows[index] ?? []) {
      const read = readRecord(type, row);
      if (!read.ok) {
        unreadable.push({
          store: type.store,
          key: read.problem.key,
          reason: read.problem.reason,
          row: asJsonValue(row),
        });
        continue;
      }
      kept.push(row);
      counts[type.store] += 1;
      const value = asRecord(read.value);
      if (value && hasPlan(type.store, value)) counts.plans += 1;
    }
    records[type.store] = kept;
  });
  return {
    file: {
      format: BACKUP_FORMAT,
      formatVersion: BACKUP_FORMAT_VERSION,
      exportedAt: options.now.toISOString(),
      kbVersion: KB_VERSION,
      appVersion: options.appVersion ?? APP_VERSION,
      records,
      ...(unreadable.length > 0 ? { unreadable } : {}),
    },
    counts: { ...counts, unreadable: unreadable.length },
  };
}

/** The file's text: indented, so support can read it. */
export function serializeBackup(file: BackupEnvelope): string {
  return `${JSON.stringify(file, null, 2)}\n`;
}

/** "iliopsoas-workbench-backup-2026-05-01-1042.json", in the clinician's local time. */
export function backupFileName(now: Date): string {
  const pad = (value: number) => String(value).padStart(2, '0');
  const date = `${String(now.getFullYear())}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
  return `${BACKUP_FORMAT}-${date}-${pad(now.getHours())}${pad(now.getMinutes())}.json`;
}
