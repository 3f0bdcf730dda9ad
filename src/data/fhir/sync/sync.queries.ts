import { queryOptions } from '@tanstack/react-query';
import type { PatientId } from '../../ids';
import { readPatientSyncStatus, readSyncAttention } from './sync-status';

const root = ['fhir-sync'] as const;

export const syncQueries = {
  all: () => root,
  /**
   * Worked out on this device (no request). Always re-read when a screen shows it: editing a
   * record elsewhere in the app changes it without telling this query.
   */
  status: (patientId: PatientId) =>
    queryOptions({
      queryKey: [...root, 'status', patientId] as const,
      queryFn: () => readPatientSyncStatus(patientId),
      staleTime: 0,
    }),
  /** Patients with a sync conflict or a failed sync, for the patient list (no request). */
  attention: () =>
    queryOptions({
      queryKey: [...root, 'attention'] as const,
      queryFn: () => readSyncAttention(),
      staleTime: 0,
    }),
};
