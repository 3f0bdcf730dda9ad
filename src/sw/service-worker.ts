/**
 * The service worker: keeps the app shell (every file of the build) on the device, so that after
 * the first visit the app opens and works with no network. Records are in IndexedDB already; this
 * only serves the app's own files.
 *
 * Built by build/service-worker.ts into `sw.js`, which replaces the two placeholders below with
 * the build's file list and a version derived from their contents. It imports nothing, so the
 * bundle is a plain classic script.
 *
 * Updates never interrupt a visit: a new version installs in the background and then waits. It
 * takes over when every tab of the app has been closed, or earlier only when the clinician
 * presses "Reload to update" (the page posts `SKIP_WAITING`).
 */

import { CACHE_PREFIX, SKIP_WAITING } from './service-worker-protocol';

// Minimal typings for the worker's global scope: the project compiles against the DOM library,
// and the WebWorker library cannot be loaded beside it.
interface ExtendableEvent extends Event {
  waitUntil(promise: Promise<unknown>): void;
}
interface FetchEvent extends ExtendableEvent {
  readonly request: Request;
  respondWith(response: Promise<Response>): void;
}
interface MessageFromPage extends ExtendableEvent {
  readonly data: unknown;
}
interface WorkerScope {
  readonly registration: ServiceWorkerRegistration;
  readonly clients: { claim(): Promise<void> };
  skipWaiting(): Promise<void>;
  addEventListener(type: 'install' | 'activate', listener: (event: ExtendableEvent) => void): void;
  addEventListener(type: 'fetch', listener: (event: FetchEvent) => void): void;
  addEventListener(type: 'message', listener: (event: MessageFromPage) => void): void;
}

declare const __PRECACHE_FILES__: readonly string[];
declare const __BUILD_VERSION__: string;

const worker = globalThis as unknown as WorkerScope;
const CACHE_NAME = `${CACHE_PREFIX}${__BUILD_VERSION__}`;
const scope = () => new URL(worker.registration.scope);
const shellUrl = () => new URL('index.html', scope()).href;

worker.addEventListener('install', (event) => {
  // All or nothing: if one file fails to download, this version does not install.
  event.waitUntil(
    caches
      .open(CACHE_NAME)
      .then((cache) => cache.addAll(__PRECACHE_FILES__.map((file) => new URL(file, scope()).href))),
  );
});

worker.addEventListener('activate', (event) => {
  event.waitUntil(
    (async () => {
      // Keep this version and the one before it: a tab opened before "Reload to update" may still
      // load a screen's chunk from the old build.
      const names = (await caches.keys()).filter((name) => name.startsWith(CACHE_PREFIX));
      const stale = names.filter((name) => name !== CACHE_NAME).slice(0, -1);
      await Promise.all(stale.map((name) => caches.delete(name)));
      // The first install takes charge of the open page at once (nothing to interrupt); later
      // versions only get here once no tab runs the old one, or on the clinician's request.
      await worker.clients.claim();
    })(),
  );
});

worker.addEventListener('message', (event) => {
  if (event.data === SKIP_WAITING) event.waitUntil(worker.skipWaiting());
});

/**
 * This version's copy first, then the previous version's (see activate). Vary is ignored: servers
 * add `Vary: Origin` or `Accept-Encoding`, and a module script's request carries an Origin header
 * that the worker's own download did not, yet the file is the same.
 */
async function fromCache(request: Request | string): Promise<Response | undefined> {
  const options = { ignoreVary: true, ignoreSearch: false };
  const own = await (await caches.open(CACHE_NAME)).match(request, options);
  return own ?? caches.match(request, options);
}

worker.addEventListener('fetch', (event) => {
  const { request } = event;
  if (request.method !== 'GET') return;
  const url = new URL(request.url);
  // Other origins (a configured FHIR server) go straight to the network, untouched.
  if (url.origin !== scope().origin) return;
  if (request.mode === 'navigate') {
    // Every address of the app is the same page; the router reads the path.
    event.respondWith(fromCache(shellUrl()).then((cached) => cached ?? fetch(request)));
    return;
  }
  event.respondWith(fromCache(request).then((cached) => cached ?? fetch(request)));
});
