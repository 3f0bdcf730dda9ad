import type { ConflictInfo, PatientSyncStatus } from '../../data/fhir/sync/sync-status';
import { formatDate, formatDateTime } from '../../lib/dates';
import { pluralise } from '../../lib/numbers';

/**
 * Words for the sync state. Each state has a badge word and a sentence, so nothing rests on
 * colour; the sentence always says where the records are.
 */

/** The live state of a sync run, from the react-query mutation. */
export type RunState =
  | { readonly kind: 'idle' }
  | { readonly kind: 'running' }
  | { readonly kind: 'paused' }
  | {
      readonly kind: 'retrying';
      readonly message: string;
      readonly attempt: number;
      readonly of: number;
    };

export interface StatusText {
  /** A short word or two for the badge. */
  readonly badge: string;
  readonly sentence: string;
  /** For tests and styling: the state shown. */
  readonly state: string;
}

export function serverName(serverUrl: string): string {
  try {
    return new URL(serverUrl).host;
  } catch {
    return serverUrl;
  }
}

function records(count: number): string {
  return pluralise(count, 'record');
}

export function describeSync(status: PatientSyncStatus, run: RunState): StatusText {
  if (status.kind === 'local-only') {
    return {
      state: 'local-only',
      badge: 'This device only',
      sentence: 'No FHIR server is set up, so this patient’s records stay on this device.',
    };
  }
  const server = serverName(status.serverUrl);
  if (run.kind === 'running') {
    return {
      state: 'syncing',
      badge: 'Syncing',
      sentence: `Comparing with the FHIR server at ${server}…`,
    };
  }
  if (run.kind === 'paused') {
    return {
      state: 'offline',
      badge: 'Offline',
      sentence:
        'This device is offline. The sync starts again when the connection is back; the records on this device are unchanged.',
    };
  }
  if (run.kind === 'retrying') {
    return {
      state: 'retrying',
      badge: 'Not synced',
      sentence: `${run.message}. Trying again automatically (attempt ${String(run.attempt)} of ${String(run.of)}); the records on this device are unchanged.`,
    };
  }
  switch (status.kind) {
    case 'never':
      return {
        state: 'never',
        badge: 'Not yet shared',
        sentence: `Not yet sent to the FHIR server at ${server}.`,
      };
    case 'synced':
      return {
        state: 'synced',
        badge: 'Synced',
        sentence: `Matches the FHIR server at ${server} as of ${formatDateTime(status.lastSyncedAt ?? '')}.`,
      };
    case 'pending':
      return {
        state: 'pending',
        badge: 'Changes not sent',
        sentence: `${records(status.pendingUnits)} changed on this device since the last sync with ${server}${
          status.lastSyncedAt ? ` (${formatDateTime(status.lastSyncedAt)})` : ''
        }.`,
      };
    case 'conflict':
      return {
        state: 'conflict',
        badge: 'Conflict',
        sentence: `${records(status.conflicts.length)} changed both on this device and on the FHIR server at ${server}. Nothing was overwritten: choose which version to keep.`,
      };
    case 'failed':
      return {
        state: status.outcome === 'offline' ? 'unreachable' : 'error',
        badge: 'Not synced',
        sentence: `${status.message}. Last tried ${formatDateTime(status.at)}; the records on this device are unchanged.`,
      };
  }
}

export function conflictLabel(conflict: ConflictInfo): string {
  if (conflict.kind === 'patient') return 'Patient details';
  return conflict.visitDate ? `Visit of ${formatDate(conflict.visitDate)}` : 'A visit';
}

const when = (iso: string | undefined) => (iso ? formatDateTime(iso) : 'time not known');

export function describeConflict(conflict: ConflictInfo): string {
  switch (conflict.reason) {
    case 'both-changed':
      return `Changed on this device (last change ${when(conflict.localUpdatedAt)}) and on the server (${when(conflict.serverUpdatedAt)}) since the last sync.`;
    case 'both-new':
      return `This device and the server each hold a different version that was never synced from here (this device: ${when(conflict.localUpdatedAt)}; server: ${when(conflict.serverUpdatedAt)}).`;
    case 'deleted-on-server':
      return `Deleted on the server since the last sync; this device still has it (last change ${when(conflict.localUpdatedAt)}).`;
  }
}
