import { queryOptions } from '@tanstack/react-query';
import type { PatientId } from '../ids';
import { patientRepository } from './patient.repository';

const root = ['patients'] as const;

/** Hierarchical keys: mutations invalidate `all()`, which covers every list and detail below it. */
export const patientQueries = {
  all: () => root,
  list: () =>
    queryOptions({ queryKey: [...root, 'list'] as const, queryFn: () => patientRepository.list() }),
  detail: (id: PatientId) =>
    queryOptions({
      queryKey: [...root, 'detail', id] as const,
      queryFn: () => patientRepository.get(id),
    }),
};
