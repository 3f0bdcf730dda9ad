import { getDatabase } from '../db';
import type { UnreadableRecord } from '../records';
import { StorageUnavailableError, type StorageProblem } from './storage-errors';

export type StorageStatus =
  | { readonly state: 'ready'; readonly migrationFailures: readonly UnreadableRecord[] }
  | { readonly state: 'unavailable'; readonly problem: StorageProblem; readonly detail: string };

/** Never throws: an unusable database is a state to explain, not a crash. */
export async function getStorageStatus(): Promise<StorageStatus> {
  try {
    const database = await getDatabase();
    return { state: 'ready', migrationFailures: database.migrationReport.failures };
  } catch (error) {
    if (error instanceof StorageUnavailableError) {
      return { state: 'unavailable', problem: error.problem, detail: error.message };
    }
    return {
      state: 'unavailable',
      problem: 'unknown',
      detail: error instanceof Error ? error.message : String(error),
    };
  }
}
