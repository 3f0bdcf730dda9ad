import type { Visit } from './visit.schema';

/** Another tab or device saved this visit since it was loaded: nothing was overwritten. */
export class VisitConflictError extends Error {
  readonly current: Visit;
  constructor(current: Visit) {
    super(
      `This visit was changed elsewhere (now at revision ${current.revision}). Your change was not saved over it.`,
    );
    this.name = 'VisitConflictError';
    this.current = current;
  }
}

/** A signed visit is read-only; only an addendum may be added. */
export class VisitLockedError extends Error {
  constructor() {
    super('This visit is signed and read-only. Add an addendum instead.');
    this.name = 'VisitLockedError';
  }
}

/** Signing was refused; the reasons say what to do. */
export class SigningBlockedError extends Error {
  readonly blockers: readonly string[];
  constructor(blockers: readonly string[]) {
    super(`The visit cannot be signed yet: ${blockers.join(' ')}`);
    this.name = 'SigningBlockedError';
    this.blockers = blockers;
  }
}

export class VisitNotFoundError extends Error {
  constructor() {
    super('This visit no longer exists on this device.');
    this.name = 'VisitNotFoundError';
  }
}
