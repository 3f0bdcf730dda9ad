/**
 * Sync of one patient's records with a FHIR R4 server.
 *
 * Design
 * ------
 * Units. A patient's records sync in units: the patient's own details (the Patient resource),
 * and each visit (its Encounter with the Observations, Conditions, ServiceRequests, Flags,
 * CarePlan and Goals the FHIR mapping makes of it). Ids are chosen here and never change (see
 * sync-units.ts), so a resource is always written to the same address.
 *
 * State. For every unit the `fhirSync` store keeps, as of the last sync: each server resource's
 * id, meta.versionId and a hash of its content, and a hash of the local record
 * (sync-state.schema.ts). A different configured server starts from an empty state.
 *
 * A sync run: (1) read the local patient, visits and state; (2) pull: read the Patient and search
 * each dependent type by `subject=Patient/<id>`; (3) decide per unit by comparing the local hash
 * and the server's versions with the state:
 *
 *   local same, server same      → nothing to do
 *   local changed, server same   → push
 *   local same, server changed   → pull: the server's version replaces the local record
 *   both changed                 → conflict (unless both now hold the same content)
 *   never synced, server empty   → push;  server has it → the same content is adopted, else conflict
 *   only on the server           → pull (a visit recorded elsewhere)
 *   deleted on the server        → conflict: the local record is kept
 *
 * Push writes one transaction Bundle per unit: PUT for each resource whose content changed, with
 * `ifMatch: W/"<versionId>"` when the server already has it, and DELETE (with If-Match) for what
 * the unit no longer has. A 412 anywhere fails the whole transaction, nothing is written, and
 * the unit becomes a conflict. Servers cap transaction size (Medplum: 50 updates), so a larger
 * unit goes in several transactions, the Encounter in the first; each one is still version
 * checked, so a change made elsewhere is never overwritten, but a conflict in a later one leaves
 * the earlier ones on the server (the next sync sees them as its own writes).
 *
 * Pull writes the imported record only if the local record has not changed since step (1), and
 * raises a visit's revision, so a visit open in another tab notices and asks before saving.
 *
 * Conflicts are never resolved here without the clinician: `resolution` says which unit and which
 * side. "Mine" pushes the local record with the server's current versions as If-Match (if the
 * server changed yet again, it is a conflict again); "theirs" imports the server's version.
 *
 * Failures. Offline, a timeout or a server error stop the run, are recorded in the state with a
 * message, and are thrown so react-query retries with backoff. Local records are never changed
 * by a failed run; whatever was pushed before the failure is recorded as such.
 */
import type { Database, StorageTransaction } from '../../db';
import type { PatientId } from '../../ids';
import { patientRecord, patientSchema, type Patient } from '../../patients/patient.schema';
import { parseStoredRecord, parseStoredRecords, readRecord } from '../../records';
import { visitRecord, visitSchema, type Visit } from '../../visits/visit.schema';
import { contentHash } from './content-hash';
import { FhirRequestError, type FhirClient, type TransactionEntry } from './fhir-client';
import { etagOf, type ServerResource } from './fhir-wire';
import {
  PATIENT_UNIT,
  syncStateRecord,
  syncStateSchema,
  type AttemptOutcome,
  type Attention,
  type ConflictReason,
  type SyncState,
  type SyncUnit,
  type SyncedResource,
} from './sync-state.schema';
import {
  buildLocalUnits,
  groupServerResources,
  newestUpdate,
  sameContent,
  sameVersions,
  toSynced,
  type DesiredResource,
  type LocalUnit,
  type MappedEntry,
  type SyncMapping,
} from './sync-units';

export interface SyncDeps {
  readonly database: () => Promise<Database>;
  readonly mapping: SyncMapping;
  readonly client: FhirClient;
  readonly now?: () => Date;
  /** Entries per transaction Bundle; Medplum allows 50 updates in one. */
  readonly maxEntriesPerTransaction?: number;
}

export type ConflictChoice = 'mine' | 'theirs';

export interface Resolution {
  readonly unitKey: string;
  readonly choice: ConflictChoice;
}

export interface SyncSummary {
  readonly outcome: AttemptOutcome;
  /** Units written to the server. */
  readonly sent: number;
  /** Units taken from the server into this device. */
  readonly received: number;
  readonly conflicts: number;
  readonly unchanged: number;
  /** Units left alone, with the reason (for example a visit that cannot be read here). */
  readonly skipped: readonly string[];
}

/** The patient has no record on this device. */
export class SyncPatientMissingError extends Error {
  constructor() {
    super('This patient is not on this device');
    this.name = 'SyncPatientMissingError';
  }
}

export function hashRecord(record: Patient | Visit): string {
  return contentHash(record);
}

type Action =
  | { readonly kind: 'none' }
  | { readonly kind: 'push'; readonly base: readonly SyncedResource[] }
  | { readonly kind: 'pull' }
  | { readonly kind: 'adopt' }
  | { readonly kind: 'conflict'; readonly reason: ConflictReason }
  | { readonly kind: 'skip'; readonly why: string }
  | { readonly kind: 'forget' };

function decide(
  local: LocalUnit | undefined,
  server: readonly ServerResource[],
  stored: SyncUnit | undefined,
  resolution: ConflictChoice | undefined,
): Action {
  const serverNow = server.map(toSynced);
  if (resolution === 'mine' && local) return { kind: 'push', base: serverNow };
  if (resolution === 'theirs' && server.length > 0) return { kind: 'pull' };

  if (stored?.conflict) {
    if (local && server.length > 0 && sameContent(server, local.resources))
      return { kind: 'adopt' };
    return { kind: 'conflict', reason: stored.conflict.reason };
  }
  if (!stored) {
    if (local && server.length === 0) return { kind: 'push', base: [] };
    if (local) {
      return sameContent(server, local.resources)
        ? { kind: 'adopt' }
        : { kind: 'conflict', reason: 'both-new' };
    }
    return server.length > 0 ? { kind: 'pull' } : { kind: 'none' };
  }
  if (!local) return server.length === 0 ? { kind: 'forget' } : { kind: 'none' };

  const localSame = local.localHash === stored.localHash;
  const serverSame = sameVersions(server, stored.resources);
  if (localSame && serverSame) return { kind: 'none' };
  if (!localSame && serverSame) return { kind: 'push', base: stored.resources };
  if (server.length === 0) return { kind: 'conflict', reason: 'deleted-on-server' };
  if (localSame) return { kind: 'pull' };
  return sameContent(server, local.resources)
    ? { kind: 'adopt' }
    : { kind: 'conflict', reason: 'both-changed' };
}

/** One sync at a time per patient, across tabs where the browser has Web Locks. */
const running = new Map<string, Promise<unknown>>();
async function withPatientLock<T>(patientId: string, work: () => Promise<T>): Promise<T> {
  const name = `iliopsoas-fhir-sync:${patientId}`;
  if (typeof navigator !== 'undefined' && 'locks' in navigator) {
    return navigator.locks.request(name, work);
  }
  const previous = running.get(name) ?? Promise.resolve();
  const next = previous.catch(() => undefined).then(work);
  running.set(name, next);
  try {
    return await next;
  } finally {
    if (running.get(name) === next) running.delete(name);
  }
}

interface LocalSnapshot {
  readonly patient: Patient;
  readonly visits: Visit[];
  readonly unreadableVisits: ReadonlySet<string>;
  readonly state: SyncState;
}

async function readLocal(
  database: Database,
  patientId: PatientId,
  serverUrl: string,
): Promise<LocalSnapshot> {
  const rows = await database.transact(
    ['patients', 'visits', 'fhirSync'],
    'readonly',
    async (tx) => ({
      patient: await tx.get('patients', patientId),
      visits: await tx.getVisitsOfPatient(patientId),
      state: await tx.get('fhirSync', patientId),
    }),
  );
  if (rows.patient === undefined) throw new SyncPatientMissingError();
  const patient = parseStoredRecord(patientRecord, rows.patient);
  const { records: visits, unreadable } = parseStoredRecords(visitRecord, rows.visits);
  const stored =
    rows.state === undefined ? undefined : parseStoredRecord(syncStateRecord, rows.state);
  const state: SyncState =
    stored?.serverUrl === serverUrl
      ? stored
      : { schemaVersion: 1, id: patientId, serverUrl, units: [] };
  return { patient, visits, unreadableVisits: new Set(unreadable.map((u) => u.key)), state };
}

async function readServer(
  client: FhirClient,
  mapping: SyncMapping,
  patientId: PatientId,
): Promise<ServerResource[]> {
  const patient = await client.read('Patient', patientId);
  if (!patient) return [];
  const subject = `Patient/${patientId}`;
  const dependents = (
    await Promise.all(
      mapping.dependentTypes.map((type) => client.searchAll(type, { subject, _count: '500' })),
    )
  ).flat();
  // Provenance points at the Encounter, not the patient: search by target, a few visits a time.
  const encounters = dependents
    .filter((resource) => resource.resourceType === 'Encounter')
    .map((resource) => `Encounter/${resource.id}`);
  const targeted = await Promise.all(
    mapping.encounterTargetTypes.flatMap((type) =>
      chunk(encounters, 20).map((targets) =>
        client.searchAll(type, { target: targets.join(','), _count: '500' }),
      ),
    ),
  );
  return [patient, ...dependents, ...targeted.flat()];
}

function describeFailure(error: unknown): { outcome: AttemptOutcome; message: string } {
  if (error instanceof FhirRequestError) {
    return {
      outcome: error.kind === 'offline' || error.kind === 'timeout' ? 'offline' : 'error',
      message: error.message,
    };
  }
  return { outcome: 'error', message: error instanceof Error ? error.message : String(error) };
}

/** Whether the clinician should look at this patient's sync (see SyncState.attention). */
export function attentionOf(
  state: Pick<SyncState, 'units' | 'lastAttempt'>,
): Attention | undefined {
  if (state.units.some((unit) => unit.conflict !== undefined)) return 'conflict';
  const outcome = state.lastAttempt?.outcome;
  return outcome === 'offline' || outcome === 'error' ? 'failed' : undefined;
}

async function saveState(database: Database, state: SyncState): Promise<void> {
  const rest: SyncState = { ...state };
  delete rest.attention;
  const attention = attentionOf(state);
  const valid = syncStateSchema.parse(attention ? { ...rest, attention } : rest);
  await database.transact(['fhirSync'], 'readwrite', (tx) => tx.put('fhirSync', valid));
}

function chunk<T>(items: readonly T[], size: number): T[][] {
  const chunks: T[][] = [];
  for (let start = 0; start < items.length; start += size)
    chunks.push(items.slice(start, start + size));
  return chunks;
}

function key(resource: { readonly type: string; readonly id: string }): string {
  return `${resource.type}/${resource.id}`;
}

/**
 * Writes the unit's changed resources over `base` (the server's versions the change is made
 * against). Returns what the server holds afterwards; throws FhirRequestError on failure, after
 * handing the resources already written to `onWritten`.
 */
async function push(
  client: FhirClient,
  unit: LocalUnit,
  base: readonly SyncedResource[],
  maxEntries: number,
  onWritten: (resources: SyncedResource[]) => Promise<void>,
): Promise<SyncedResource[]> {
  const known = new Map(base.map((resource) => [key(resource), resource]));
  const result = new Map(known);
  const writes: { entry: TransactionEntry; resource: DesiredResource }[] = [];
  for (const resource of unit.resources) {
    const previous = known.get(key(resource));
    if (previous?.hash === resource.hash) continue;
    writes.push({
      resource,
      entry: {
        fullUrl: `${client.baseUrl}/${key(resource)}`,
        resource: resource.body,
        request: {
          method: 'PUT',
          url: key(resource),
          ...(previous ? { ifMatch: etagOf(previous.versionId) } : {}),
        },
      },
    });
  }
  const wanted = new Set(unit.resources.map(key));
  const deletes = base
    .filter((resource) => !wanted.has(key(resource)))
    .map((resource) => ({
      resource,
      entry: {
        request: { method: 'DELETE', url: key(resource), ifMatch: etagOf(resource.versionId) },
      } satisfies TransactionEntry,
    }));

  const batches = chunk([...writes, ...deletes], Math.max(1, maxEntries));
  for (const batch of batches) {
    const results = await client.transaction(batch.map(({ entry }) => entry));
    batch.forEach(({ entry, resource }, index) => {
      const versionId = results[index]?.versionId;
      if (entry.request.method === 'DELETE') result.delete(key(resource));
      else if (versionId !== undefined && 'hash' in resource) {
        result.set(key(resource), {
          type: resource.type,
          id: resource.id,
          versionId,
          hash: resource.hash,
        });
      }
    });
    await onWritten([...result.values()]);
  }
  return [...result.values()];
}

async function writeImported(
  database: Database,
  imported: Patient | Visit,
  kind: 'patient' | 'visit',
  expectedLocalHash: string | undefined,
): Promise<Patient | Visit | undefined> {
  return database.transact(['patients', 'visits'], 'readwrite', async (tx: StorageTransaction) => {
    if (kind === 'patient') {
      const current = await tx.get('patients', imported.id);
      const parsed = current === undefined ? undefined : readRecord(patientRecord, current);
      if (parsed && (!parsed.ok || hashRecord(parsed.value) !== expectedLocalHash))
        return undefined;
      const record = patientSchema.parse(imported);
      if (record.identifier !== undefined) {
        const holder = await tx.getByIdentifier(record.identifier);
        const other = holder === undefined ? undefined : readRecord(patientRecord, holder);
        if (holder !== undefined && !(other?.ok && other.value.id === record.id)) {
          throw new Error(
            `The server's version of this patient has the identifier ${record.identifier}, which another patient on this device already has`,
          );
        }
      }
      await tx.put('patients', record);
      return record;
    }
    const current = await tx.get('visits', imported.id);
    const parsed = current === undefined ? undefined : readRecord(visitRecord, current);
    if (current !== undefined && (!parsed?.ok || hashRecord(parsed.value) !== expectedLocalHash)) {
      return undefined;
    }
    const importedVisit = visitSchema.parse(imported);
    // A higher revision makes any tab with this visit open notice the change before saving.
    const revision = Math.max(importedVisit.revision, (parsed?.ok ? parsed.value.revision : 0) + 1);
    const record = visitSchema.parse({ ...importedVisit, revision });
    await tx.put('visits', record);
    return record;
  });
}

function serverEntries(client: FhirClient, resources: readonly ServerResource[]): MappedEntry[] {
  return resources.map((resource) => ({
    fullUrl: `${client.baseUrl}/${resource.resourceType}/${resource.id}`,
    resource,
  }));
}

/**
 * Pushes and pulls one patient's records (see the module comment). Resolves with a summary,
 * conflicts included; rejects (after recording why) when the server cannot be used.
 */
export async function syncPatient(
  deps: SyncDeps,
  patientId: PatientId,
  resolution?: Resolution,
): Promise<SyncSummary> {
  const now = deps.now ?? (() => new Date());
  const maxEntries = deps.maxEntriesPerTransaction ?? 50;
  return withPatientLock(patientId, async () => {
    const database = await deps.database();
    const local = await readLocal(database, patientId, deps.client.baseUrl);
    let state: SyncState = local.state;
    const units = new Map(state.units.map((unit) => [unit.key, unit]));
    const persist = async (attempt?: SyncState['lastAttempt'], completed = false) => {
      state = {
        ...state,
        units: [...units.values()],
        ...(attempt ? { lastAttempt: attempt } : {}),
        ...(completed ? { lastSyncedAt: now().toISOString() } : {}),
      };
      await saveState(database, state);
    };

    try {
      const localUnits = buildLocalUnits(deps.mapping, local.patient, local.visits, hashRecord);
      const localByKey = new Map(localUnits.map((unit) => [unit.key, unit]));
      const server = groupServerResources(await readServer(deps.client, deps.mapping, patientId));
      const keys = [
        PATIENT_UNIT,
        ...new Set(
          [...localByKey.keys(), ...server.keys(), ...units.keys()].filter(
            (k) => k !== PATIENT_UNIT,
          ),
        ),
      ];
      const patientOnServer = server.get(PATIENT_UNIT) ?? [];
      let sent = 0;
      let received = 0;
      let conflicts = 0;
      let unchanged = 0;
      const skipped: string[] = [];

      for (const unitKey of keys) {
        const localUnit = localByKey.get(unitKey);
        const serverUnit = server.get(unitKey) ?? [];
        const stored = units.get(unitKey);
        const action: Action =
          !localUnit && local.unreadableVisits.has(unitKey)
            ? {
                kind: 'skip',
                why: `Visit ${unitKey} cannot be read on this device, so it was not synced`,
              }
            : decide(
                localUnit,
                serverUnit,
                stored,
                resolution?.unitKey === unitKey ? resolution.choice : undefined,
              );
        const at = now().toISOString();
        const kind = unitKey === PATIENT_UNIT ? 'patient' : 'visit';

        switch (action.kind) {
          case 'none':
            unchanged += 1;
            break;
          case 'skip':
            skipped.push(action.why);
            break;
          case 'forget':
            units.delete(unitKey);
            break;
          case 'conflict': {
            conflicts += 1;
            const serverUpdatedAt = newestUpdate(serverUnit);
            units.set(unitKey, {
              key: unitKey,
              kind,
              localHash: stored?.localHash ?? localUnit?.localHash ?? contentHash(null),
              resources: stored?.resources ?? [],
              syncedAt: stored?.syncedAt ?? at,
              conflict: {
                reason: action.reason,
                detectedAt: stored?.conflict?.detectedAt ?? at,
                ...(localUnit ? { localUpdatedAt: localUnit.updatedAt } : {}),
                ...(serverUpdatedAt ? { serverUpdatedAt } : {}),
              },
            });
            break;
          }
          case 'adopt':
            if (!localUnit) break;
            units.set(unitKey, {
              key: unitKey,
              kind,
              localHash: localUnit.localHash,
              resources: serverUnit.map(toSynced),
              syncedAt: at,
            });
            unchanged += 1;
            break;
          case 'push': {
            if (!localUnit) break;
            const record = (resources: SyncedResource[], complete: boolean): SyncUnit => ({
              key: unitKey,
              kind,
              // Until every batch is written, the old hash keeps the local change "not sent".
              localHash: complete ? localUnit.localHash : (stored?.localHash ?? contentHash(null)),
              resources,
              syncedAt: at,
              ...(!complete && stored?.conflict ? { conflict: stored.conflict } : {}),
            });
            try {
              const written = await push(
                deps.client,
                localUnit,
                action.base,
                maxEntries,
                async (partial) => {
                  units.set(unitKey, record(partial, false));
                  await persist();
                },
              );
              units.set(unitKey, record(written, true));
              await persist();
              sent += 1;
            } catch (error) {
              if (!(error instanceof FhirRequestError) || error.kind !== 'conflict') throw error;
              conflicts += 1;
              const current = units.get(unitKey);
              const serverUpdatedAt = newestUpdate(serverUnit);
              units.set(unitKey, {
                ...(current ?? record(action.base.slice(), false)),
                conflict: {
                  reason: stored ? 'both-changed' : 'both-new',
                  detectedAt: at,
                  localUpdatedAt: localUnit.updatedAt,
                  ...(serverUpdatedAt ? { serverUpdatedAt } : {}),
                },
              });
              await persist();
            }
            break;
          }
          case 'pull': {
            const entries = serverEntries(
              deps.client,
              kind === 'patient' ? serverUnit : [...patientOnServer, ...serverUnit],
            );
            const imported =
              kind === 'patient'
                ? deps.mapping.importPatient(entries)
                : deps.mapping.importVisit(entries);
            const expectedId = kind === 'patient' ? patientId : unitKey;
            if (imported.id !== expectedId) {
              throw new Error(`The server's ${kind} ${expectedId} came back with another id`);
            }
            if (kind === 'visit' && 'patientId' in imported && imported.patientId !== patientId) {
              throw new Error(`The server's visit ${unitKey} belongs to another patient`);
            }
            const written = await writeImported(database, imported, kind, localUnit?.localHash);
            if (!written) {
              skipped.push(
                `The ${kind} changed on this device during the sync; it will be compared again next time`,
              );
              break;
            }
            units.set(unitKey, {
              key: unitKey,
              kind,
              localHash: hashRecord(written),
              resources: serverUnit.map(toSynced),
              syncedAt: at,
            });
            await persist();
            received += 1;
            break;
          }
        }
      }
      const outcome: AttemptOutcome = conflicts > 0 ? 'conflict' : 'synced';
      await persist({ at: now().toISOString(), outcome }, true);
      return { outcome, sent, received, conflicts, unchanged, skipped };
    } catch (error) {
      const { outcome, message } = describeFailure(error);
      await persist({ at: now().toISOString(), outcome, message: message.slice(0, 2000) });
      throw error;
    }
  });
}
