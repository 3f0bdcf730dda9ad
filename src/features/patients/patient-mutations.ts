import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { PatientId } from '../../data/ids';
import { patientQueries } from '../../data/patients/patient.queries';
import { patientRepository } from '../../data/patients/patient.repository';
import type { PatientInput } from '../../data/patients/patient.schema';
import { VISIT_QUERY_ROOT } from '../../data/visits/visit-dates';

/** How many fictional patients "Load demo patients" adds. */
export const DEMO_PATIENT_COUNT = 40;

// Each mutation invalidates its entity's root key (never the whole cache) and returns that
// promise, so `mutateAsync` resolves once the screens it affects hold fresh data.

export function useCreatePatient() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: PatientInput) => patientRepository.create(input),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: patientQueries.all() }),
  });
}

export function useUpdatePatient(id: PatientId) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: PatientInput) => patientRepository.update(id, input),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: patientQueries.all() }),
  });
}

/**
 * Deleting a patient also deletes their visits, so both roots go stale. They are marked stale
 * without refetching now: the screen showing this patient is about to be left, and refetching
 * it would only flash "not found".
 */
export function useDeletePatient() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (id: PatientId) => patientRepository.remove(id),
    onSuccess: () =>
      Promise.all([
        queryClient.invalidateQueries({ queryKey: patientQueries.all(), refetchType: 'none' }),
        queryClient.invalidateQueries({ queryKey: VISIT_QUERY_ROOT, refetchType: 'none' }),
      ]),
  });
}

/** Demo data adds patients and their visits, so both roots are refreshed. */
export function useLoadDemoPatients() {
  const queryClient = useQueryClient();
  return useMutation({
    // Loaded on demand: demo visits need the visit schema, which the patients list does not.
    mutationFn: async () => {
      const [{ createDemoData }, { demoRepository }] = await Promise.all([
        import('../../data/demo/demo-data'),
        import('../../data/demo/demo.repository'),
      ]);
      return demoRepository.load(
        createDemoData({ patientCount: DEMO_PATIENT_COUNT, now: new Date() }),
      );
    },
    onSuccess: () =>
      Promise.all([
        queryClient.invalidateQueries({ queryKey: patientQueries.all() }),
        queryClient.invalidateQueries({ queryKey: VISIT_QUERY_ROOT }),
      ]),
  });
}
