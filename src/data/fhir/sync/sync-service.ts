import { getDatabase } from '../../db';
import type { PatientId } from '../../ids';
import { settingsRepository } from '../../settings/settings.repository';
import { createFhirClient } from './fhir-client';
import { syncPatient, type Resolution, type SyncSummary } from './sync-engine';
import { appSyncMapping } from './sync-mapping';

/** No FHIR server is configured: records stay on this device. */
export class SyncNotConfiguredError extends Error {
  constructor() {
    super('No FHIR server is configured, so records stay on this device');
    this.name = 'SyncNotConfiguredError';
  }
}

/**
 * Syncs one patient with the server in the settings (the only server any request goes to).
 * Loaded on demand: it brings the FHIR mapping with it.
 */
export async function syncPatientWithServer(
  patientId: PatientId,
  resolution?: Resolution,
): Promise<SyncSummary> {
  const { fhirBaseUrl } = await settingsRepository.get();
  if (fhirBaseUrl === '') throw new SyncNotConfiguredError();
  return syncPatient(
    {
      database: getDatabase,
      mapping: appSyncMapping,
      client: createFhirClient({ baseUrl: fhirBaseUrl }),
    },
    patientId,
    resolution,
  );
}
