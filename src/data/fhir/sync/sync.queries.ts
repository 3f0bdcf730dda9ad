import { queryOptions } from '@tanstack/react-query';
import type { PatientId } from '../../ids';
import { readPatientSyncStatus } from './sync-status';

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
};
