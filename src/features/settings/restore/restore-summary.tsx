import { Link } from '@tanstack/react-router';
import type { ImportResult } from '../../../data/backup/import-records';
import type { ValidatedBackup } from '../../../data/backup/validate-backup';
import { pluralise } from '../../../lib/numbers';
import { CountsTable } from './counts-table';

/** What the restore did, in one table; focus moves to its heading so it is read out. */
export function RestoreSummary({
  fileName,
  backup,
  result,
}: {
  readonly fileName: string;
  readonly backup: ValidatedBackup;
  readonly result: ImportResult;
}) {
  const { outcome } = result;
  return (
    <section className="restore-summary" aria-labelledby="restore-summary-title">
      <h4
        id="restore-summary-title"
        tabIndex={-1}
        ref={(heading) => {
          heading?.focus();
        }}
      >
        Restore complete
      </h4>
      <p>
        <span className="restore__file">{fileName}</span> was restored in one step. Records that are
        only on this device were not touched.
      </p>
      <CountsTable
        caption="What the restore did"
        columns={[
          { label: 'Added', counts: outcome.added },
          { label: 'Skipped as identical', counts: outcome.identical },
          { label: 'Conflicts: kept this device’s', counts: outcome.kept },
          { label: 'Conflicts: took the backup’s', counts: outcome.replaced },
        ]}
      />
      {backup.unreadable.length > 0 ? (
        <p>
          {pluralise(backup.unreadable.length, 'record')} that could not be read when the file was
          made {backup.unreadable.length === 1 ? 'was' : 'were'} not restored.
        </p>
      ) : null}
      <p>
        <Link to="/patients">Go to the patients</Link>
      </p>
    </section>
  );
}
