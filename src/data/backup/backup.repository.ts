import { getDatabase, type Database } from '../db';
import { exportBackup, type BackupExport } from './export-backup';
import { importRecordsAtomically, previewImport, type ImportResult } from './import-records';
import type { Choices, ImportPlan } from './import-plan';
import type { ValidatedBackup } from './validate-backup';

/** Backup and restore over the app's database; the screens call this through react-query. */
export function createBackupRepository(
  database: () => Promise<Database>,
  now: () => Date = () => new Date(),
) {
  return {
    async exportAll(): Promise<BackupExport> {
      return exportBackup(await database(), { now: now() });
    },

    /** What restoring this validated backup would do now; writes nothing. */
    async preview(backup: ValidatedBackup): Promise<ImportPlan> {
      return previewImport(await database(), backup.records);
    },

    /** Restores in one transaction with the clinician's choices, or writes nothing. */
    async restore(
      backup: ValidatedBackup,
      reviewed: ImportPlan,
      choices: Choices,
      onProgress?: (written: number, total: number) => void,
    ): Promise<ImportResult> {
      return importRecordsAtomically(await database(), backup.records, {
        choices,
        expected: reviewed,
        ...(onProgress ? { onProgress } : {}),
      });
    },
  };
}

export type BackupRepository = ReturnType<typeof createBackupRepository>;

export const backupRepository = createBackupRepository(getDatabase);
