import { useQuery } from '@tanstack/react-query';
import { describeStorageProblem } from '../data/storage/storage-errors';
import { storageQueries } from '../data/storage/storage.queries';
import { pluralise } from '../lib/numbers';

/**
 * Says, on every screen, when records cannot be kept on this device or when some could not be
 * upgraded. The app keeps working around it: screens show what they can.
 */
export function StorageBanner() {
  const status = useQuery(storageQueries.status());
  if (!status.data) return null;
  if (status.data.state === 'unavailable') {
    return (
      <div className="banner" role="alert">
        <p className="banner__title">
          <span className="banner__tone">Warning:</span> Patient records cannot be saved on this
          device.
        </p>
        <p>{describeStorageProblem(status.data.problem)}</p>
        <details>
          <summary>Technical detail</summary>
          <p>{status.data.detail}</p>
        </details>
      </div>
    );
  }
  const failures = status.data.migrationFailures;
  if (failures.length === 0) return null;
  return (
    <div className="banner" role="alert">
      <p className="banner__title">
        <span className="banner__tone">Warning:</span> {pluralise(failures.length, 'stored record')}{' '}
        could not be upgraded to this version of the app.
      </p>
      <p>
        Nothing was changed: every record is exactly as it was. Records that cannot be read are
        listed where they would appear. Keep this browser’s data and contact support before clearing
        anything.
      </p>
    </div>
  );
}
