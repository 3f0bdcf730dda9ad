import type { QueryClient } from '@tanstack/react-query';
import { syncAttentionQuery } from '../../../data/fhir/sync/sync-attention';
import { patientQueries } from '../../../data/patients/patient.queries';
import { lastVisitDatesQuery } from '../../../data/visits/visit-dates';

/**
 * The patients route's loader: the list's three reads, done before the screen first renders. A
 * failed read stays in its query; the page shows it.
 */
export async function prefetchPatientsPage(queryClient: QueryClient): Promise<void> {
  await Promise.allSettled([
    queryClient.query(patientQueries.list()),
    queryClient.query(lastVisitDatesQuery()),
    queryClient.query(syncAttentionQuery()),
  ]);
}
