import type { UnreadableRecord } from '../../data/records';
import { pluralise } from '../../lib/numbers';
import { Notice } from '../../ui/notice';

/** Rows that failed their schema: never hidden silently, never changed. */
export function UnreadableRecordsNotice({
  records,
  what,
}: {
  readonly records: readonly UnreadableRecord[];
  readonly what: string;
}) {
  if (records.length === 0) return null;
  return (
    <Notice
      tone="warning"
      title={`${pluralise(records.length, `stored ${what} record`)} could not be read and ${records.length === 1 ? 'is' : 'are'} not shown.`}
    >
      <p>They have been left unchanged on this device. Details for support:</p>
      <ul>
        {records.map((record) => (
          <li key={record.key}>
            <code>{record.key}</code>: {record.reason}
          </li>
        ))}
      </ul>
    </Notice>
  );
}
