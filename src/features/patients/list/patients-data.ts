import type { QueryClient } from '@tanstack/react-query';
import { syncAttentionQuery } from '../../../data/fhir/sync/sync-attention';
import { patientQueries } from '../../../data/patients/patient.queries';
import { lastVisitDatesQuery } from '../../../data/visits/visit-dates';

const ignore = () => undefined;

/**
 * The patients route's loader. The screen waits for the patients themselves; the last-visit
 * dates (a scan of every visit: about a second on 50,000) and the sync flags start at the same
 * time and fill in when they arrive, as they did before the loader. A failed read stays in its
 * query; the page shows it.
 */
export async function prefetchPatientsPage(queryClient: QueryClient): Promise<void> {
  void queryClient.query(lastVisitDatesQuery()).catch(ignore);
  void queryClient.query(syncAttentionQuery()).catch(ignore);
  await queryClient.query(patientQueries.list()).catch(ignore);
}
