import { useSyncExternalStore } from 'react';
import { reloadToUpdate, updateReady } from '../sw/register';
import './update-notice.css';

/**
 * A new version of the app has installed in the background. It never takes over on its own while
 * a screen is open; the clinician reloads when it suits them (drafts are saved as they type).
 */
export function UpdateNotice() {
  const ready = useSyncExternalStore(updateReady.subscribe, updateReady.getSnapshot, () => false);
  if (!ready) return null;
  return (
    <div className="update-notice" role="status">
      <p>
        <span className="update-notice__tone">Update ready:</span> a new version of the app is
        installed. It starts the next time the app is opened.{' '}
        <button type="button" className="button button--quiet" onClick={reloadToUpdate}>
          Reload to update now
        </button>
      </p>
    </div>
  );
}
