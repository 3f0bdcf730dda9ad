/** Shared by the service worker and the page that registers it. */

/** Every cache the worker makes starts with this; the rest is the build's version. */
export const CACHE_PREFIX = 'iliopsoas-shell-';

/** The page asks a waiting new version to take over (only when the clinician chooses to). */
export const SKIP_WAITING = 'skip-waiting';

/** Where the built worker is served, relative to the app's base URL. */
export const SERVICE_WORKER_FILE = 'sw.js';
