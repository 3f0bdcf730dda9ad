import { SERVICE_WORKER_FILE, SKIP_WAITING } from './service-worker-protocol';

/**
 * Registers the service worker (production builds only) and tells the app when a new version has
 * installed and is waiting. Nothing here reloads the page by itself: an open visit is never
 * interrupted. The new version starts when every tab of the app has been closed, or when the
 * clinician presses "Reload to update".
 */

type Listener = () => void;
const listeners = new Set<Listener>();
let waiting: ServiceWorker | null = null;

function setWaiting(worker: ServiceWorker | null): void {
  waiting = worker;
  for (const listener of listeners) listener();
}

/** For useSyncExternalStore: whether a new version is installed and waiting. */
export const updateReady = {
  subscribe: (listener: Listener): (() => void) => {
    listeners.add(listener);
    return () => {
      listeners.delete(listener);
    };
  },
  getSnapshot: (): boolean => waiting !== null,
};

/**
 * Whether this device holds a copy of the app that opens without a network:
 * - 'off': no worker is registered (development, tests);
 * - 'installing': the first copy is being saved; offline, a reload now would fail;
 * - 'ready': a version is installed and in charge of this page;
 * - 'unavailable': the browser has no service workers or refused one (a private window, say).
 */
export type OfflineCopy = 'off' | 'installing' | 'ready' | 'unavailable';

let offlineCopy: OfflineCopy = 'off';
/** Set when the first copy finished saving while this page was open: worth telling the clinician. */
let savedJustNow = false;
const offlineListeners = new Set<Listener>();

function setOfflineCopy(next: OfflineCopy): void {
  savedJustNow = offlineCopy === 'installing' && next === 'ready';
  offlineCopy = next;
  for (const listener of offlineListeners) listener();
}

const subscribeOffline = (listener: Listener): (() => void) => {
  offlineListeners.add(listener);
  return () => {
    offlineListeners.delete(listener);
  };
};

/** For useSyncExternalStore: the state of the offline copy. */
export const offlineCopyState = {
  subscribe: subscribeOffline,
  getSnapshot: (): OfflineCopy => offlineCopy,
};

/** For useSyncExternalStore: whether the first offline copy finished saving on this page. */
export const offlineCopySavedJustNow = {
  subscribe: subscribeOffline,
  getSnapshot: (): boolean => savedJustNow,
};

function watchOfflineCopy(registration: ServiceWorkerRegistration): void {
  if (navigator.serviceWorker.controller !== null) {
    setOfflineCopy('ready');
    return;
  }
  setOfflineCopy('installing');
  // A file failed to download: this version will not install (the next start tries again).
  const first = registration.installing ?? registration.waiting;
  first?.addEventListener('statechange', () => {
    if (first.state === 'redundant' && offlineCopy === 'installing') {
      setOfflineCopy('unavailable');
    }
  });
  // Resolves once a version is active; the first one then claims this page (see the worker).
  void navigator.serviceWorker.ready.then(() => {
    if (navigator.serviceWorker.controller !== null) setOfflineCopy('ready');
    else {
      navigator.serviceWorker.addEventListener(
        'controllerchange',
        () => {
          setOfflineCopy('ready');
        },
        { once: true },
      );
    }
  });
}

function watch(registration: ServiceWorkerRegistration): void {
  watchOfflineCopy(registration);
  // Only an update is news: the first install has no older version to replace.
  const isUpdate = () => navigator.serviceWorker.controller !== null;
  if (registration.waiting && isUpdate()) setWaiting(registration.waiting);
  registration.addEventListener('updatefound', () => {
    const installing = registration.installing;
    installing?.addEventListener('statechange', () => {
      if (installing.state === 'installed' && isUpdate()) setWaiting(installing);
    });
  });
}

export function registerServiceWorker(): void {
  if (!('serviceWorker' in navigator)) {
    setOfflineCopy('unavailable');
    return;
  }
  const base = import.meta.env.BASE_URL;
  const register = () => {
    navigator.serviceWorker
      .register(`${base}${SERVICE_WORKER_FILE}`, { scope: base })
      .then(watch, () => {
        // Refused (a private window, say): the app still works online, just not offline.
        setOfflineCopy('unavailable');
      });
  };
  // After the first screen has loaded, so installing never competes with it.
  if (document.readyState === 'complete') register();
  else window.addEventListener('load', register, { once: true });
}

/** The clinician chose to switch now: let the waiting version take over, then reload once. */
export function reloadToUpdate(): void {
  if (waiting === null) return;
  navigator.serviceWorker.addEventListener(
    'controllerchange',
    () => {
      window.location.reload();
    },
    { once: true },
  );
  waiting.postMessage(SKIP_WAITING);
}
