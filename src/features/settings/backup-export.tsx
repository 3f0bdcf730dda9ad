import { useMutation } from '@tanstack/react-query';
import { backupRepository } from '../../data/backup/backup.repository';
import { backupFileName, serializeBackup } from '../../data/backup/export-backup';
import { pluralise } from '../../lib/numbers';
import { Notice } from '../../ui/notice';
import { downloadTextFile } from './download-file';
import { formatBytes } from './storage-section';
import { describeCounts } from './restore/restore-format';

/** "Export everything": one JSON file with every record, downloaded to the clinician's computer. */
export function BackupExport() {
  const exportAll = useMutation({
    mutationFn: async () => {
      const result = await backupRepository.exportAll();
      const text = serializeBackup(result.file);
      const fileName = backupFileName(new Date(result.file.exportedAt));
      downloadTextFile(text, fileName);
      return { fileName, bytes: new Blob([text]).size, counts: result.counts };
    },
  });
  const done = exportAll.data;
  return (
    <div className="backup-export">
      <h3>Export everything</h3>
      <p>
        Saves one file with every patient, visit and plan and these settings, as they are stored on
        this device. Keep it somewhere safe: it is the only way back if this browser’s data is
        cleared.
      </p>
      <button
        type="button"
        className="button button--primary"
        disabled={exportAll.isPending}
        onClick={() => {
          exportAll.mutate();
        }}
      >
        {exportAll.isPending ? 'Exporting…' : 'Export everything'}
      </button>
      <p role="status" className="backup-export__status">
        {done
          ? `Saved ${done.fileName} (${formatBytes(done.bytes)}) with ${describeCounts(done.counts)}. Your browser puts it where it keeps downloads.`
          : ''}
      </p>
      {done && done.counts.unreadable > 0 ? (
        <Notice
          tone="warning"
          title={`${pluralise(done.counts.unreadable, 'stored record')} could not be read by this version of the app.`}
          live={false}
        >
          <p>
            They are in the file exactly as they were stored, so nothing is lost, but restoring the
            file will not bring them back until a version of the app can read them.
          </p>
        </Notice>
      ) : null}
      {exportAll.isError ? (
        <Notice tone="error" title="The backup was not exported.">
          <p>{exportAll.error.message}</p>
        </Notice>
      ) : null}
    </div>
  );
}
