import { queryOptions } from '@tanstack/react-query';
import type { PatientId } from '../../ids';
import { SYNC_QUERY_ROOT, syncAttentionQuery } from './sync-attention';
import { readPatientSyncStatus } from './sync-status';

const root = SYNC_QUERY_ROOT;

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
  /** From sync-attention.ts, which the patients list imports directly. */
  attention: syncAttentionQuery,
};
