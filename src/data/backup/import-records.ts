import type { Database, StorageTransaction } from '../db';
import { BACKUP_RECORD_TYPES, type BackupRecordType, type BackupStore } from './backup-format';
import {
  planImport,
  type Choices,
  type DeviceRows,
  type ImportPlan,
  type PlanEntry,
} from './import-plan';
import { resolveImport, type ImportOutcome, type ImportProblem } from './import-resolve';
import type { IncomingRecords } from './validate-backup';

/** The import was refused before anything was written; each problem says which record and why. */
export class ImportRefusedError extends Error {
  readonly problems: readonly ImportProblem[];
  constructor(problems: readonly ImportProblem[]) {
    super(
      `Nothing was imported: ${String(problems.length)} record${problems.length === 1 ? '' : 's'} cannot be written as chosen.`,
    );
    this.name = 'ImportRefusedError';
    this.problems = problems;
  }
}

/** Records on this device changed after the plan was shown (another tab saved): nothing written. */
export class ImportOutdatedError extends Error {
  constructor() {
    super(
      'Records on this device changed while you were reviewing the import (perhaps in another tab). Nothing was written: review it again.',
    );
    this.name = 'ImportOutdatedError';
  }
}

export interface ImportResult {
  readonly outcome: ImportOutcome;
  /** The plan as it was inside the write, with every conflict and how it was resolved. */
  readonly plan: ImportPlan;
  /** The conflicts, for reporting: each kept this device's record unless chosen otherwise. */
  readonly conflicts: readonly PlanEntry[];
}

export interface ImportOptions {
  /** Per conflict, keep this device's record (the default) or take the incoming one. */
  readonly choices?: Choices;
  /** The plan the clinician reviewed: if the device no longer matches it, nothing is written. */
  readonly expected?: ImportPlan;
  /** Records written so far, out of all to write; called as the transaction goes. */
  readonly onProgress?: (written: number, total: number) => void;
  readonly recordTypes?: readonly BackupRecordType[];
}

const PROGRESS_STEP = 100;

function storesOf(recordTypes: readonly BackupRecordType[]): BackupStore[] {
  return [...new Set(recordTypes.map((type) => type.store))];
}

async function readDevice(
  tx: StorageTransaction,
  stores: readonly BackupStore[],
): Promise<DeviceRows> {
  const rows = await Promise.all(stores.map((store) => tx.getAll(store)));
  return Object.fromEntries(stores.map((store, index) => [store, rows[index] ?? []]));
}

/**
 * What importing `incoming` would do on this device now: each record new, identical or in
 * conflict. Reads only; show it to the clinician, collect their choices, then call
 * `importRecordsAtomically` with the plan as `expected`.
 */
export async function previewImport(
  database: Database,
  incoming: IncomingRecords,
  recordTypes: readonly BackupRecordType[] = BACKUP_RECORD_TYPES,
): Promise<ImportPlan> {
  const stores = storesOf(recordTypes);
  const device = await database.transact(stores, 'readonly', (tx) => readDevice(tx, stores));
  return planImport(incoming, device, recordTypes);
}

/**
 * THE way to put validated records from outside (a backup restore, a FHIR import) into storage.
 *
 * In ONE IndexedDB transaction it reads the device, compares each incoming record with the
 * device's record of the same id, and writes: new records are added; identical ones are skipped;
 * a conflict (same id, different content) keeps this device's record unless `choices` says to
 * take the incoming one, so nothing is overwritten silently. It refuses, writing nothing, when
 * the device changed since `expected` was planned (`ImportOutdatedError`), when the result would
 * break a rule across records such as a shared identifier or a visit without its patient
 * (`ImportRefusedError`), or when any write fails (the storage error, after rolling back). It
 * never deletes: records only on this device stay as they are.
 *
 * `incoming` must already be valid: parsed by each record type's schema at this build's version
 * (`validateBackupValue` does it for backups). Returns what was added, identical, replaced and
 * kept, counted per kind (visits with a plan counted again as plans), and the conflicts.
 */
export async function importRecordsAtomically(
  database: Database,
  incoming: IncomingRecords,
  options: ImportOptions = {},
): Promise<ImportResult> {
  const recordTypes = options.recordTypes ?? BACKUP_RECORD_TYPES;
  const stores = storesOf(recordTypes);
  return database.transact(stores, 'readwrite', async (tx) => {
    const plan = planImport(incoming, await readDevice(tx, stores), recordTypes);
    if (options.expected && options.expected.signature !== plan.signature) {
      throw new ImportOutdatedError();
    }
    const resolved = resolveImport(plan, options.choices);
    if (resolved.problems.length > 0) throw new ImportRefusedError(resolved.problems);
    const total = resolved.writes.length;
    let written = 0;
    options.onProgress?.(0, total);
    await Promise.all(
      resolved.writes.map(async ({ store, record }) => {
        await tx.put(store, record);
        written += 1;
        if (written % PROGRESS_STEP === 0 || written === total)
          options.onProgress?.(written, total);
      }),
    );
    return {
      outcome: resolved.outcome,
      plan,
      conflicts: plan.entries.filter((entry) => entry.status === 'conflict'),
    };
  });
}
