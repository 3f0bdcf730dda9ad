import type { BackupFailure } from '../../../data/backup/backup-problems';
import { Notice } from '../../../ui/notice';
import { describeFailure, describeProblem } from './restore-format';

/** Why the file was refused, record by record and field by field; the device is untouched. */
export function RestoreFailure({
  fileName,
  failure,
}: {
  readonly fileName: string;
  readonly failure: BackupFailure;
}) {
  const { title, detail } = describeFailure(failure);
  return (
    <Notice tone="error" title={`Nothing was restored. ${title}`}>
      <p>
        <span className="restore__file">{fileName}</span>: {detail}
      </p>
      {failure.kind === 'invalid' ? (
        <ul className="restore-problems">
          {failure.problems.map((problem, index) => (
            <li key={`${problem.location}-${String(index)}`}>
              <code>{problem.location}</code> — {describeProblem(problem)}
            </li>
          ))}
        </ul>
      ) : null}
      <p>Every record on this device is as it was before.</p>
    </Notice>
  );
}
