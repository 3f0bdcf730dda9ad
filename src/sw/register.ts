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

function watch(registration: ServiceWorkerRegistration): void {
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
  if (!('serviceWorker' in navigator)) return;
  const base = import.meta.env.BASE_URL;
  const register = () => {
    navigator.serviceWorker
      .register(`${base}${SERVICE_WORKER_FILE}`, { scope: base })
      .then(watch, () => {
        // Refused (a private window, say): the app still works online, just not offline.
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
