import { queryOptions } from '@tanstack/react-query';
import type { PatientId, VisitId } from '../ids';
import { visitRepository } from './visit.repository';

const root = ['visits'] as const;

/** Hierarchical keys: mutations invalidate `all()`, which covers every list and detail below it. */
export const visitQueries = {
  all: () => root,
  lastDates: () =>
    queryOptions({
      queryKey: [...root, 'list', 'last-dates'] as const,
      queryFn: () => visitRepository.lastVisitDates(),
    }),
  list: (patientId: PatientId) =>
    queryOptions({
      queryKey: [...root, 'list', { patientId }] as const,
      queryFn: () => visitRepository.listForPatient(patientId),
    }),
  detail: (id: VisitId) =>
    queryOptions({
      queryKey: [...root, 'detail', id] as const,
      queryFn: () => visitRepository.get(id),
    }),
};
