import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useEffect, useRef } from 'react';
import { isRetryable } from '../../data/fhir/sync/fhir-client';
import type { Resolution } from '../../data/fhir/sync/sync-engine';
import { syncQueries } from '../../data/fhir/sync/sync.queries';
import type { PatientId } from '../../data/ids';
import { patientQueries } from '../../data/patients/patient.queries';
import { visitQueries } from '../../data/visits/visit.queries';
import type { RunState } from './sync-text';

/** Automatic attempts after the first, for offline, timeouts and server errors (5xx, 429). */
export const SYNC_RETRIES = 3;

/** 1 s, 2 s, 4 s … at most 30 s. */
export function retryDelay(attempt: number): number {
  return Math.min(1000 * 2 ** attempt, 30_000);
}

/**
 * A patient's sync state, and the sync run itself through react-query: it starts once when the
 * screen opens (if a server is configured), retries on its own with backoff while the failure
 * may pass, waits while the device is offline, and refreshes the patient's records afterwards.
 */
export function usePatientSync(patientId: PatientId) {
  const queryClient = useQueryClient();
  const status = useQuery(syncQueries.status(patientId));
  const run = useMutation({
    mutationKey: [...syncQueries.all(), 'run', patientId],
    mutationFn: async (resolution?: Resolution) => {
      // The engine and the FHIR mapping load only when a sync runs.
      const { syncPatientWithServer } = await import('../../data/fhir/sync/sync-service');
      return syncPatientWithServer(patientId, resolution);
    },
    networkMode: 'online',
    retry: (failureCount, error) => isRetryable(error) && failureCount < SYNC_RETRIES,
    retryDelay,
    onSettled: () =>
      Promise.all([
        queryClient.invalidateQueries({ queryKey: syncQueries.all() }),
        queryClient.invalidateQueries({ queryKey: patientQueries.all() }),
        queryClient.invalidateQueries({ queryKey: visitQueries.all() }),
      ]),
  });

  const configured = status.data !== undefined && status.data.kind !== 'local-only';
  const started = useRef(false);
  const { mutate } = run;
  useEffect(() => {
    if (!configured || started.current) return;
    started.current = true;
    mutate(undefined);
  }, [configured, mutate]);

  const runState: RunState = run.isPaused
    ? { kind: 'paused' }
    : run.isPending && run.failureCount > 0 && run.failureReason
      ? {
          kind: 'retrying',
          message: run.failureReason.message,
          attempt: run.failureCount + 1,
          of: SYNC_RETRIES + 1,
        }
      : run.isPending
        ? { kind: 'running' }
        : { kind: 'idle' };

  return { status, run, runState };
}
