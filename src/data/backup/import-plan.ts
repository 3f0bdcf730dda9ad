import { keyOf, readRecord } from '../records';
import { BACKUP_RECORD_TYPES, type BackupRecordType, type BackupStore } from './backup-format';
import type { StoredRecord } from './backup-format';
import { deepEqual, differingPaths, without } from './compare-records';
import { asRecord, BOOKKEEPING_FIELDS, idOf } from './record-rules';
import type { IncomingRecords } from './validate-backup';

/**
 * Pure planning of an import (a backup restore, later a FHIR import): compare validated incoming
 * records with what is on the device, and say for each whether it is new, identical or in
 * conflict. Nothing here touches storage; import-records.ts reads the device and writes.
 */

/** For a conflict: keep the record on this device, or take the incoming one. */
export type Choice = 'device' | 'incoming';

/** Choices by `entryKey(store, id)`. A conflict without a choice keeps this device's record. */
export type Choices = ReadonlyMap<string, Choice>;

/** Raw rows as read from each store: untrusted, parsed here only where an incoming id matches. */
export type DeviceRows = Readonly<Partial<Record<BackupStore, readonly unknown[]>>>;

export type ExistingRecord =
  | { readonly readable: true; readonly record: StoredRecord }
  | { readonly readable: false; readonly reason: string };

export interface PlanEntry {
  readonly store: BackupStore;
  readonly id: string;
  /** Position in the incoming list of its store (for messages: "record 4 in the file"). */
  readonly index: number;
  readonly status: 'add' | 'identical' | 'conflict';
  readonly incoming: StoredRecord;
  /** The device's record with the same id, for `identical` and `conflict`. */
  readonly existing?: ExistingRecord;
  /** For a conflict: the fields that differ, such as "notes" or "findings.pain". */
  readonly differences: readonly string[];
}

export interface ImportPlan {
  readonly entries: readonly PlanEntry[];
  /**
   * What the plan was made against: the device's row for each incoming id, as canonical JSON.
   * The write re-plans inside its transaction and refuses if this changed (another tab saved in
   * between), rather than apply choices made against data that is no longer there.
   */
  readonly signature: string;
  /** The device's rows by store and id, for the checks that run once choices are made. */
  readonly device: ReadonlyMap<BackupStore, ReadonlyMap<string, unknown>>;
}

export function entryKey(store: BackupStore, id: string): string {
  return `${store}/${id}`;
}

/** JSON of a stored row; a row JSON cannot hold (a BigInt, a cycle) is never "identical". */
function jsonOrMarker(row: unknown): string {
  try {
    return JSON.stringify(row);
  } catch (error) {
    return `(not JSON: ${error instanceof Error ? error.message : String(error)})`;
  }
}

function indexRows(rows: readonly unknown[]): Map<string, unknown> {
  return new Map(rows.map((row) => [keyOf(row), row]));
}

function planEntry(
  type: BackupRecordType,
  incoming: StoredRecord,
  index: number,
  row: unknown,
): PlanEntry {
  const base = { store: type.store, id: idOf(incoming), index, incoming };
  if (row === undefined) return { ...base, status: 'add', differences: [] };
  const ignore = BOOKKEEPING_FIELDS[type.store] ?? [];
  const candidate = without(incoming, ignore);
  // Fast path, the usual case when restoring onto a device that already has the records: a row
  // equal to the valid incoming record is valid too, and needs no parsing.
  const raw = asRecord(row);
  if (raw && deepEqual(without(raw, ignore), candidate)) {
    return {
      ...base,
      status: 'identical',
      existing: { readable: true, record: raw },
      differences: [],
    };
  }
  const read = readRecord(type, row);
  if (!read.ok) {
    return {
      ...base,
      status: 'conflict',
      existing: { readable: false, reason: read.problem.reason },
      differences: ['(this device’s record cannot be read)'],
    };
  }
  const existing = asRecord(read.value) ?? {};
  const same = deepEqual(without(existing, ignore), candidate);
  return {
    ...base,
    status: same ? 'identical' : 'conflict',
    existing: { readable: true, record: existing },
    differences: same ? [] : differingPaths(without(existing, ignore), candidate),
  };
}

/**
 * Compares each incoming record with the device's record of the same id. Incoming records must
 * already be validated (by `validateBackupValue` or the importer's own schema parse).
 */
export function planImport(
  incoming: IncomingRecords,
  device: DeviceRows,
  recordTypes: readonly BackupRecordType[] = BACKUP_RECORD_TYPES,
): ImportPlan {
  const entries: PlanEntry[] = [];
  const deviceIndex = new Map<BackupStore, Map<string, unknown>>();
  const signature: string[] = [];
  for (const type of recordTypes) {
    const rows = indexRows(device[type.store] ?? []);
    deviceIndex.set(type.store, rows);
    const records = incoming[type.store] ?? [];
    for (const [index, record] of records.entries()) {
      const row = rows.get(idOf(record));
      // Rows come back from IndexedDB with their keys in stored order, so the same row always
      // gives the same text here: enough to notice it changed between preview and write.
      const rowJson = row === undefined ? undefined : jsonOrMarker(row);
      const entry = planEntry(type, record, index, row);
      entries.push(entry);
      signature.push(`${entryKey(type.store, entry.id)}=${rowJson ?? '-'}`);
    }
  }
  return { entries, signature: signature.join('\n'), device: deviceIndex };
}
