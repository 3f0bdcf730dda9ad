import { useSyncExternalStore } from 'react';
import { offlineCopyState, type OfflineCopy } from '../../sw/register';

const SAID: Readonly<Record<OfflineCopy, string>> = {
  ready:
    'Saved: this device keeps a copy of the app, so it opens and works without a network. Records are on the device either way.',
  installing:
    'Being saved now. Until this says it is saved, the app needs the network to open; keep this page open for a moment.',
  unavailable:
    'Not saved: this browser has no offline support, refused it (a private window, say) or could not download every file. The app works while online and tries again the next time it opens.',
  off: 'Not set up here: only the installed (production) build keeps an offline copy.',
};

/** Whether the app itself, not only the records, is on this device: what offline use depends on. */
export function OfflineCopyStatus() {
  const state = useSyncExternalStore(
    offlineCopyState.subscribe,
    offlineCopyState.getSnapshot,
    () => 'off' as const,
  );
  return (
    <>
      <h3>The app, for offline use</h3>
      <p role="status">{SAID[state]}</p>
    </>
  );
}
