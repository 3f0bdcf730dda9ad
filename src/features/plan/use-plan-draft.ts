import { useMemo } from 'react';
import { assess, buildPlan, planContext } from '../../clinical/index.ts';
import type { PlanContext, PlanDraft } from '../../clinical/index.ts';
import { toFindings } from '../../data/visits/findings-form';
import type { Visit } from '../../data/visits/visit.schema';
import { useStableValue } from './use-stable-value';

/**
 * The plan the clinical core drafts from the visit's findings as they are now (valid entries
 * only), dated from the visit, and the context for judging any treatment for this patient.
 * Derived, never stored: it follows the findings.
 */
export function usePlanDraft(visit: Pick<Visit, 'findings' | 'careSetting' | 'date'>): {
  readonly draft: PlanDraft;
  readonly context: PlanContext;
} {
  const { careSetting, date } = visit;
  // Every save hands back a new copy of the findings; the draft is redone only when they change.
  const stored = useStableValue(visit.findings);
  return useMemo(() => {
    const { findings } = toFindings(stored);
    const assessment = assess(findings, { setting: careSetting });
    const draft = buildPlan(assessment, findings, { today: date });
    return { draft, context: planContext(assessment, findings, draft) };
  }, [stored, careSetting, date]);
}
