import { queryOptions } from '@tanstack/react-query';
import { getDatabase, type Database } from '../../db';
import type { PatientId } from '../../ids';
import { readRecord } from '../../records';
import { createSettingsRepository } from '../../settings/settings.repository';
import type { Attention } from './sync-state.schema';

/**
 * The sync flags of the patients list. Kept apart from sync-status.ts, which hashes visits and so
 * loads the visit schema (and the knowledge base inside it): the patients list, the first screen,
 * needs neither.
 */

/** Every sync query's key starts here, so invalidating it refreshes this one too. */
export const SYNC_QUERY_ROOT = ['fhir-sync'] as const;

/**
 * The patients whose sync needs the clinician (a conflict, or a failed sync) with the configured
 * server, for the patient list. Reads only those rows, through the `by-attention` index.
 */
export function createSyncAttentionReader(database: () => Promise<Database>) {
  const settings = createSettingsRepository(database);
  return async function readSyncAttention(): Promise<AttentionPairs> {
    const { fhirBaseUrl } = await settings.get();
    if (fhirBaseUrl === '') return [];
    // Only with a FHIR server set: most devices never sync, and these schemas are not small.
    const [{ normaliseBaseUrl }, { syncStateRecord }] = await Promise.all([
      import('./fhir-client'),
      import('./sync-state.schema'),
    ]);
    const serverUrl = normaliseBaseUrl(fhirBaseUrl);
    const rows = await (
      await database()
    ).transact(['fhirSync'], 'readonly', (tx) => tx.getSyncNeedingAttention());
    const found: (readonly [PatientId, Attention])[] = [];
    for (const row of rows) {
      const read = readRecord(syncStateRecord, row);
      if (read.ok && read.value.serverUrl === serverUrl && read.value.attention) {
        found.push([read.value.id, read.value.attention]);
      }
    }
    return found;
  };
}

export const readSyncAttention = createSyncAttentionReader(getDatabase);

/**
 * Plain pairs rather than a Map: this query reads again on every mount (`staleTime: 0`), and React
 * Query keeps the previous value of plain data when a read finds nothing new, so the list does
 * not render again for nothing. `select` makes the Map, once per new value.
 */
type AttentionPairs = readonly (readonly [PatientId, Attention])[];

const byPatient = (pairs: AttentionPairs): ReadonlyMap<PatientId, Attention> => new Map(pairs);

/** Patients with a sync conflict or a failed sync, for the patient list (no request). */
export const syncAttentionQuery = () =>
  queryOptions({
    queryKey: [...SYNC_QUERY_ROOT, 'attention'] as const,
    queryFn: () => readSyncAttention(),
    select: byPatient,
    staleTime: 0,
  });
