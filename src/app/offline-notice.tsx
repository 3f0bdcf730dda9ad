import { useEffect, useState, useSyncExternalStore } from 'react';
import { offlineCopySavedJustNow, offlineCopyState } from '../sw/register';
import './offline-notice.css';

/** How long "saved" stays on screen. */
const SAVED_SHOWN_MS = 10_000;

/**
 * While the first copy of the app is saved on this device, and for a moment once it is: until
 * then, going offline and reloading would fail. Later visits say nothing (Settings shows the
 * state). It floats over the page without taking clicks, so nothing moves or is blocked.
 */
export function OfflineCopyNotice() {
  const state = useSyncExternalStore(
    offlineCopyState.subscribe,
    offlineCopyState.getSnapshot,
    () => 'off' as const,
  );
  const savedJustNow = useSyncExternalStore(
    offlineCopySavedJustNow.subscribe,
    offlineCopySavedJustNow.getSnapshot,
    () => false,
  );
  const [savedShown, setSavedShown] = useState(true);
  useEffect(() => {
    if (!savedJustNow) return;
    const timer = setTimeout(() => {
      setSavedShown(false);
    }, SAVED_SHOWN_MS);
    return () => {
      clearTimeout(timer);
    };
  }, [savedJustNow]);
  const said =
    state === 'installing'
      ? 'Saving a copy of the app on this device for offline use…'
      : savedJustNow && savedShown
        ? 'Saved for offline use: the app now opens on this device without a network.'
        : undefined;
  // The live region is always there, so screen readers hear each change.
  return (
    <div aria-live="polite" className="offline-notice-region">
      {said === undefined ? null : <p className="offline-notice">{said}</p>}
    </div>
  );
}
