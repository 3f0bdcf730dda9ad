/** Why the device's storage cannot be used; each has its own advice in the banner. */
export type StorageProblem = 'unsupported' | 'denied' | 'blocked' | 'quota' | 'version' | 'unknown';

/** The database cannot be opened or written at all. */
export class StorageUnavailableError extends Error {
  readonly problem: StorageProblem;
  constructor(problem: StorageProblem, message: string, options?: ErrorOptions) {
    super(message, options);
    this.name = 'StorageUnavailableError';
    this.problem = problem;
  }
}

/** A write broke a key or unique-index rule (for example a duplicate patient identifier). */
export class StorageConstraintError extends Error {
  constructor(message: string, options?: ErrorOptions) {
    super(message, options);
    this.name = 'StorageConstraintError';
  }
}

/** True for IndexedDB's ConstraintError, raw or already mapped. */
export function isConstraintError(error: unknown): boolean {
  return (
    error instanceof StorageConstraintError ||
    (error instanceof Error && error.name === 'ConstraintError')
  );
}

function domExceptionName(error: unknown): string | undefined {
  return error instanceof DOMException || (error instanceof Error && error.name !== 'Error')
    ? error.name
    : undefined;
}

/**
 * Maps IndexedDB's DOMExceptions to errors the app can explain. Anything else (our own domain
 * errors, programming errors) passes through unchanged. `phase` matters because the same
 * exception means "refused" while opening but "connection went away" afterwards.
 */
export function toStorageError(error: unknown, phase: 'open' | 'use' = 'use'): unknown {
  if (error instanceof StorageUnavailableError || error instanceof StorageConstraintError)
    return error;
  switch (domExceptionName(error)) {
    case 'ConstraintError':
      return new StorageConstraintError(
        'A record with the same key or unique value already exists.',
        { cause: error },
      );
    case 'QuotaExceededError':
      return new StorageUnavailableError('quota', 'The device has no room left for records.', {
        cause: error,
      });
    case 'VersionError':
      return new StorageUnavailableError(
        'version',
        'The records were saved by a newer version of the app.',
        {
          cause: error,
        },
      );
    // Firefox private windows and locked-down browsers refuse IndexedDB with these when opening.
    case 'SecurityError':
    case 'InvalidStateError':
    case 'UnknownError':
      return phase === 'open'
        ? new StorageUnavailableError(
            'denied',
            'The browser refused access to on-device storage.',
            { cause: error },
          )
        : new StorageUnavailableError('unknown', 'The connection to on-device storage was lost.', {
            cause: error,
          });
    default:
      return error;
  }
}

/** Plain-language advice for the banner. */
export function describeStorageProblem(problem: StorageProblem): string {
  switch (problem) {
    case 'unsupported':
      return 'This browser cannot keep records on the device. Use a current version of Chrome, Edge, Firefox or Safari.';
    case 'denied':
      return 'The browser refused to keep records on this device, which happens in private or incognito windows and when site data is blocked. Open the app in a normal window, or allow site data for it.';
    case 'blocked':
      return 'Another tab has an older version of the app open. Close the other tabs of Iliopsoas Workbench and reload this one.';
    case 'quota':
      return 'The device is out of storage space for this app. Free some space, then reload.';
    case 'version':
      return 'Records on this device were saved by a newer version of the app. Reload to get the newer version.';
    case 'unknown':
      return 'The browser could not open on-device storage. Reload the page; if it keeps happening, restart the browser.';
  }
}
