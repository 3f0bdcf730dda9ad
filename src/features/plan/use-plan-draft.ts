import { useMemo } from 'react';
import { buildPlan, planContext } from '../../clinical/index.ts';
import type { PlanContext, PlanDraft } from '../../clinical/index.ts';
import { assessVisit } from '../../data/visits/assess-visit';
import type { Visit } from '../../data/visits/visit.schema';

/**
 * The plan the clinical core drafts from the visit's findings as they are now (valid entries
 * only), dated from the visit, and the context for judging any treatment for this patient.
 * Derived, never stored: it follows the findings.
 */
export function usePlanDraft(visit: Pick<Visit, 'findings' | 'careSetting' | 'date'>): {
  readonly draft: PlanDraft;
  readonly context: PlanContext;
} {
  const { date } = visit;
  // Every save hands back a new copy of the findings; assessVisit gives back the same result for
  // equal findings, so the draft is redone only when they change.
  const assessed = assessVisit(visit);
  return useMemo(() => {
    const { findings, assessment } = assessed;
    const draft = buildPlan(assessment, findings, { today: date });
    return { draft, context: planContext(assessment, findings, draft) };
  }, [assessed, date]);
}
