import { describeIssue } from '../../data/fhir/bundle-entries';
import type { ImportOutcome } from '../../data/fhir/fhir-transfer';
import type { ImportCounts } from '../../data/fhir/import-writer';
import { formatCount, pluralise } from '../../lib/numbers';
import { Notice } from '../../ui/notice';

function counts(what: string, c: ImportCounts): string {
  return `${what}: ${formatCount(c.added)} added, ${formatCount(c.identical)} already here (skipped), ${formatCount(c.conflicting)} conflicting.`;
}

/** What an import did, or why it did nothing, in words (never by colour alone). */
export function ImportResult({ outcome }: { readonly outcome: ImportOutcome }) {
  if (!outcome.ok) {
    const more = outcome.total - outcome.issues.length;
    return (
      <Notice
        tone="error"
        title={`Nothing was imported: the file has ${pluralise(outcome.total, 'problem')}.`}
      >
        <ul className="import-result__issues">
          {outcome.issues.map((issue, index) => (
            // A fixed list, never reordered; the same message can repeat, so the position is the key.
            <li key={index}>{describeIssue(issue)}</li>
          ))}
        </ul>
        {more > 0 ? <p>…and {pluralise(more, 'more problem')}.</p> : null}
        <p>The records on this device are unchanged.</p>
      </Notice>
    );
  }
  const { summary, ignored } = outcome;
  const conflicting = summary.conflicts.length > 0;
  const notice = (
    <Notice
      tone={conflicting ? 'warning' : 'info'}
      title={conflicting ? 'Import finished, with conflicts to review.' : 'Import finished.'}
    >
      <p>{counts('Patients', summary.patients)}</p>
      <p>{counts('Visits', summary.visits)}</p>
      {conflicting ? (
        <>
          <p>
            A conflicting record was not written: the one on this device was kept as it is. Compare
            them before changing either.
          </p>
          <ul>
            {summary.conflicts.map((conflict) => (
              <li key={`${conflict.kind}-${conflict.id}`}>
                {conflict.kind === 'patient' ? 'Patient' : 'Visit of'} {conflict.label} (
                {conflict.id}): {conflict.reason}.
              </li>
            ))}
          </ul>
        </>
      ) : null}
      {ignored.size > 0 ? (
        <p className="muted">
          Read but not stored (the app derives them from the findings, or keeps no such record):{' '}
          {[...ignored].map(([type, count]) => `${formatCount(count)} ${type}`).join(', ')}.
        </p>
      ) : null}
    </Notice>
  );
  // Conflicts need attention now (the warning is an alert); a clean import is a status update.
  return conflicting ? notice : <div role="status">{notice}</div>;
}
