import { queryOptions } from '@tanstack/react-query';
import type { PatientId, VisitId } from '../ids';
import { lastVisitDatesQuery, VISIT_QUERY_ROOT } from './visit-dates';
import { restoreUnsaved } from './unsaved-changes';
import { visitRepository } from './visit.repository';

const root = VISIT_QUERY_ROOT;

/** Hierarchical keys: mutations invalidate `all()`, which covers every list and detail below it. */
export const visitQueries = {
  all: () => root,
  /** From visit-dates.ts, which the patients list imports directly (it needs no visit schema). */
  lastDates: lastVisitDatesQuery,
  list: (patientId: PatientId) =>
    queryOptions({
      queryKey: [...root, 'list', { patientId }] as const,
      queryFn: () => visitRepository.listForPatient(patientId),
    }),
  detail: (id: VisitId) =>
    queryOptions({
      queryKey: [...root, 'detail', id] as const,
      queryFn: async () => {
        // What a closed tab could not save in time is saved first (see unsaved-changes.ts).
        await restoreUnsaved(id, visitRepository);
        return visitRepository.get(id);
      },
    }),
};
