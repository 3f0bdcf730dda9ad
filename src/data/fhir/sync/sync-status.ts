import { getDatabase, type Database } from '../../db';
import type { PatientId } from '../../ids';
import { patientRecord } from '../../patients/patient.schema';
import { readRecord, parseStoredRecords } from '../../records';
import { createSettingsRepository } from '../../settings/settings.repository';
import { visitRecord } from '../../visits/visit.schema';
import { contentHash } from './content-hash';
import { normaliseBaseUrl } from './fhir-client';
import {
  PATIENT_UNIT,
  syncStateRecord,
  type ConflictReason,
  type SyncState,
  type UnitKind,
} from './sync-state.schema';

/**
 * A patient's sync state as the screens show it, worked out on this device alone (no request to
 * the server): from the settings, the stored sync state and a hash of the local records.
 */

export interface ConflictInfo {
  readonly unitKey: string;
  readonly kind: UnitKind;
  /** The visit's date, for a visit. */
  readonly visitDate?: string;
  readonly reason: ConflictReason;
  readonly detectedAt: string;
  readonly localUpdatedAt?: string;
  readonly serverUpdatedAt?: string;
}

interface Known {
  readonly serverUrl: string;
  /** Records (patient details, visits) changed here since they were last synced, or never sent. */
  readonly pendingUnits: number;
  readonly lastSyncedAt?: string;
}

export type PatientSyncStatus =
  | { readonly kind: 'local-only' }
  | ({ readonly kind: 'never' } & Known)
  | ({ readonly kind: 'synced' } & Known)
  | ({ readonly kind: 'pending' } & Known)
  | ({ readonly kind: 'conflict'; readonly conflicts: readonly ConflictInfo[] } & Known)
  | ({
      readonly kind: 'failed';
      readonly outcome: 'offline' | 'error';
      readonly message: string;
      readonly at: string;
    } & Known);

export function createSyncStatusReader(database: () => Promise<Database>) {
  const settings = createSettingsRepository(database);
  return async function readPatientSyncStatus(patientId: PatientId): Promise<PatientSyncStatus> {
    const { fhirBaseUrl } = await settings.get();
    if (fhirBaseUrl === '') return { kind: 'local-only' };
    const serverUrl = normaliseBaseUrl(fhirBaseUrl);
    const rows = await (
      await database()
    ).transact(['patients', 'visits', 'fhirSync'], 'readonly', async (tx) => ({
      patient: await tx.get('patients', patientId),
      visits: await tx.getVisitsOfPatient(patientId),
      state: await tx.get('fhirSync', patientId),
    }));
    const stored = rows.state === undefined ? undefined : readRecord(syncStateRecord, rows.state);
    if (stored && !stored.ok) {
      return {
        kind: 'failed',
        outcome: 'error',
        message: `The sync record of this patient cannot be read: ${stored.problem.reason}`,
        at: new Date(0).toISOString(),
        serverUrl,
        pendingUnits: 0,
      };
    }
    const state: SyncState | undefined =
      stored?.ok && stored.value.serverUrl === serverUrl ? stored.value : undefined;
    const units = new Map((state?.units ?? []).map((unit) => [unit.key, unit]));

    const patient =
      rows.patient === undefined ? undefined : readRecord(patientRecord, rows.patient);
    const visits = parseStoredRecords(visitRecord, rows.visits).records;
    const local = [
      ...(patient?.ok ? [{ key: PATIENT_UNIT, hash: contentHash(patient.value) }] : []),
      ...visits.map((visit) => ({ key: visit.id, hash: contentHash(visit) })),
    ];
    const pendingUnits = local.filter(({ key, hash }) => units.get(key)?.localHash !== hash).length;
    const known: Known = {
      serverUrl,
      pendingUnits,
      ...(state?.lastSyncedAt ? { lastSyncedAt: state.lastSyncedAt } : {}),
    };

    const visitDates = new Map<string, string>(visits.map((visit) => [visit.id, visit.date]));
    const conflicts: ConflictInfo[] = (state?.units ?? []).flatMap((unit) => {
      if (!unit.conflict) return [];
      const visitDate = visitDates.get(unit.key);
      return [
        {
          unitKey: unit.key,
          kind: unit.kind,
          ...(visitDate ? { visitDate } : {}),
          reason: unit.conflict.reason,
          detectedAt: unit.conflict.detectedAt,
          ...(unit.conflict.localUpdatedAt ? { localUpdatedAt: unit.conflict.localUpdatedAt } : {}),
          ...(unit.conflict.serverUpdatedAt
            ? { serverUpdatedAt: unit.conflict.serverUpdatedAt }
            : {}),
        },
      ];
    });
    if (conflicts.length > 0) return { kind: 'conflict', conflicts, ...known };
    const attempt = state?.lastAttempt;
    if (attempt && (attempt.outcome === 'offline' || attempt.outcome === 'error')) {
      return {
        kind: 'failed',
        outcome: attempt.outcome,
        message: attempt.message ?? 'The last sync failed',
        at: attempt.at,
        ...known,
      };
    }
    if (!state?.lastSyncedAt) return { kind: 'never', ...known };
    return pendingUnits > 0 ? { kind: 'pending', ...known } : { kind: 'synced', ...known };
  };
}

export const readPatientSyncStatus = createSyncStatusReader(getDatabase);
