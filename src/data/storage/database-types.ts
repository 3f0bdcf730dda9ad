import type { UnreadableRecord } from '../records';

/**
 * The shape of on-device storage as the rest of the data layer sees it. Only db.ts implements
 * it; stored values cross this boundary as `unknown` and the repositories parse them.
 */
export type StoreName = 'patients' | 'visits' | 'settings' | 'fhirSync';

export interface MigrationReport {
  /** Rows rewritten at the current schema version during this start-up. */
  readonly upgraded: number;
  /** Rows that could not be upgraded. When there are any, nothing was written. */
  readonly failures: readonly UnreadableRecord[];
}

export interface StorageTransaction {
  get(store: StoreName, key: string): Promise<unknown>;
  getAll(store: StoreName): Promise<unknown[]>;
  getByIdentifier(identifier: string): Promise<unknown>;
  getVisitsOfPatient(patientId: string): Promise<unknown[]>;
  getVisitKeysOfPatient(patientId: string): Promise<string[]>;
  /** FHIR sync rows with `attention` set (a conflict or a failed sync), and only those. */
  getSyncNeedingAttention(): Promise<unknown[]>;
  /**
   * Rows whose `schemaVersion` is below or above `version`, found through an index: start-up
   * reads only the rows it may need to migrate. Rows with no usable schemaVersion are not in the
   * index; the repositories report them when they are read.
   */
  getOtherVersions(store: StoreName, version: number): Promise<unknown[]>;
  /** How many rows `getOtherVersions` would return, without reading them. */
  countOtherVersions(store: StoreName, version: number): Promise<number>;
  /**
   * Each patient's latest visit date, read from an index without loading any visit. Rows are
   * not validated: callers keep only well-formed dates.
   */
  latestVisitDates(): Promise<Map<string, string>>;
  /** Inserts; fails with `StorageConstraintError` if the key or a unique index value exists. */
  add(store: StoreName, value: unknown): Promise<void>;
  put(store: StoreName, value: unknown): Promise<void>;
  delete(store: StoreName, key: string): Promise<void>;
}

export interface Database {
  readonly name: string;
  readonly migrationReport: MigrationReport;
  /**
   * Runs `work` in one IndexedDB transaction: all of its writes land or none do. `work` must only
   * await the transaction's own requests (IndexedDB commits as soon as it is left idle).
   */
  transact<T>(
    stores: readonly StoreName[],
    mode: IDBTransactionMode,
    work: (tx: StorageTransaction) => Promise<T>,
  ): Promise<T>;
  close(): void;
}
