import { useMutation, useQueryClient } from '@tanstack/react-query';
import { addToPlan, buildPlan, planFromDraft } from '../../clinical/index.ts';
import type { PatientJudgement, TreatmentOption } from '../../clinical/index.ts';
import { planSchema } from '../../data/visits/plan.schema';
import { VisitConflictError } from '../../data/visits/visit-errors';
import { visitQueries } from '../../data/visits/visit.queries';
import { visitRepository } from '../../data/visits/visit.repository';
import type { Visit } from '../../data/visits/visit.schema';

const REFUSALS = {
  'unknown-treatment': 'This treatment is not in the knowledge base.',
  'already-in-plan': 'This treatment is already in the plan.',
  'override-required': 'Write why this contraindicated treatment is added.',
} as const;

/** A refusal the clinician can act on (the plan is unchanged). */
export class AddToPlanRefused extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'AddToPlanRefused';
  }
}

/**
 * Adds a compared treatment to the visit's plan under the revision check. A visit with no plan
 * yet gets the plan the plan screen drafts (buildPlan from this assessment, dated from the visit),
 * with the treatment added to it, in one save: so the clinician's choice is kept and the rest of
 * the plan is the usual draft, marked as drafted, to review on the plan screen.
 */
export function useAddToPlan(visit: Visit, judgement: PatientJudgement) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async ({
      option,
      overrideReason,
    }: {
      option: TreatmentOption;
      overrideReason?: string;
    }) => {
      const base =
        visit.plan ??
        planFromDraft(buildPlan(judgement.assessment, judgement.findings, { today: visit.date }));
      const result = addToPlan(base, option.id, {
        concerns: option.judgement?.concerns ?? [],
        ...(overrideReason === undefined ? {} : { overrideReason }),
      });
      if (!result.ok) throw new AddToPlanRefused(REFUSALS[result.reason]);
      // The stored shape is checked by its schema (the core's record is readonly, the store's is not).
      return visitRepository.savePlan(visit.id, visit.revision, planSchema.parse(result.plan));
    },
    onSuccess: (saved) => {
      queryClient.setQueryData(visitQueries.detail(saved.id).queryKey, saved);
      return queryClient.invalidateQueries({ queryKey: visitQueries.all(), refetchType: 'none' });
    },
    onError: (error) => {
      // Show the visit as it now is, so a second try works on the latest revision.
      if (error instanceof VisitConflictError) {
        queryClient.setQueryData(visitQueries.detail(error.current.id).queryKey, error.current);
      }
    },
  });
}
