/**
 * Whether the browser may evict this site's storage under pressure. By default it may ("best
 * effort"): when the disk runs low, a browser can clear the records of sites not used lately.
 * `navigator.storage.persist()` asks it not to; Chrome and Edge decide by themselves (a site used
 * often, bookmarked or installed is granted), Firefox asks the user.
 */
export type PersistenceState =
  | { readonly supported: false }
  | {
      readonly supported: true;
      readonly persisted: boolean;
      /** Bytes used by this site and available to it, when the browser says. */
      readonly usage?: number;
      readonly quota?: number;
    };

/** The browser's StorageManager, with what older browsers and insecure contexts lack as optional. */
interface MaybeStorageManager {
  readonly persisted?: () => Promise<boolean>;
  readonly persist?: () => Promise<boolean>;
  readonly estimate?: () => Promise<StorageEstimate>;
}

function storageManager(): MaybeStorageManager | undefined {
  // Missing in older browsers and in insecure contexts (plain http on another host).
  if (typeof navigator === 'undefined' || !('storage' in navigator)) return undefined;
  const storage: MaybeStorageManager | undefined = navigator.storage;
  return storage;
}

export async function readPersistence(): Promise<PersistenceState> {
  const storage = storageManager();
  if (!storage?.persisted) return { supported: false };
  const persisted = await storage.persisted();
  const estimate = storage.estimate ? await storage.estimate() : {};
  return {
    supported: true,
    persisted,
    ...(estimate.usage === undefined ? {} : { usage: estimate.usage }),
    ...(estimate.quota === undefined ? {} : { quota: estimate.quota }),
  };
}

/** Asks the browser to keep this site's storage; resolves to whether it now will. */
export async function requestPersistence(): Promise<boolean> {
  const storage = storageManager();
  return storage?.persist ? storage.persist() : false;
}
