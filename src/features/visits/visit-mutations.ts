import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { VisitId } from '../../data/ids';
import { visitQueries } from '../../data/visits/visit.queries';
import { visitRepository, type VisitInput } from '../../data/visits/visit.repository';
import type { Plan } from '../../data/visits/plan.schema';
import type { RedFlagAction, Visit } from '../../data/visits/visit.schema';

// Each mutation puts the saved visit straight into its detail query (so the workspace holds the
// new revision at once) and invalidates the visits root for lists.

function useVisitSaved() {
  const queryClient = useQueryClient();
  return (visit: Visit) => {
    queryClient.setQueryData(visitQueries.detail(visit.id).queryKey, visit);
    return queryClient.invalidateQueries({ queryKey: visitQueries.all(), refetchType: 'none' });
  };
}

export function useCreateVisit() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: VisitInput) => visitRepository.create(input),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: visitQueries.all() }),
  });
}

export function useSaveFindings(id: VisitId) {
  const saved = useVisitSaved();
  return useMutation({
    mutationFn: ({ revision, findings }: { revision: number; findings: Visit['findings'] }) =>
      visitRepository.saveFindings(id, revision, findings),
    onSuccess: saved,
  });
}

export function useSavePlan(id: VisitId) {
  const saved = useVisitSaved();
  return useMutation({
    mutationFn: ({ revision, plan }: { revision: number; plan: Plan }) =>
      visitRepository.savePlan(id, revision, plan),
    onSuccess: saved,
  });
}

export function useRecordRedFlagAction(id: VisitId) {
  const saved = useVisitSaved();
  return useMutation({
    mutationFn: ({
      revision,
      action,
    }: {
      revision: number;
      action: Omit<RedFlagAction, 'recordedAt'>;
    }) => visitRepository.recordRedFlagAction(id, revision, action),
    onSuccess: saved,
  });
}

export function useSignVisit(id: VisitId) {
  const saved = useVisitSaved();
  return useMutation({
    mutationFn: ({ revision, signedBy }: { revision: number; signedBy: string }) =>
      visitRepository.sign(id, revision, signedBy),
    onSuccess: saved,
  });
}

export function useAddAddendum(id: VisitId) {
  const saved = useVisitSaved();
  return useMutation({
    mutationFn: ({ revision, text, author }: { revision: number; text: string; author: string }) =>
      visitRepository.addAddendum(id, revision, { text, author }),
    onSuccess: saved,
  });
}
