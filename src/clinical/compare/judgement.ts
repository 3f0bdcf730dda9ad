import type { ConditionId } from '../knowledge-base/conditions.ts';
import { CONDITION_LIST } from '../knowledge-base/conditions.ts';
import type { Concern } from '../plan/contraindications.ts';

export interface ConditionRef {
  readonly id: ConditionId;
  readonly name: string;
}

export const conditionRef = (id: ConditionId): ConditionRef => ({
  id,
  name: CONDITION_LIST.find((c) => c.id === id)?.name ?? id,
});

/** How one treatment stands for this patient. */
export interface TreatmentJudgement {
  readonly fitsLeading: readonly ConditionRef[];
  /** Empty when nothing recorded argues against it. */
  readonly concerns: readonly Concern[];
  readonly contraindicated: boolean;
}
