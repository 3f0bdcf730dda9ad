import type { ConditionId } from './conditions.ts';
import type { FactId } from './facts.ts';
import type { SourceId } from './sources.ts';
import { TREATMENTS } from './treatments.ts';
import type { TreatmentId } from './treatments.ts';
import type { TreatmentDef } from './types.ts';

export type { TreatmentId } from './treatments.ts';

/** A treatment seen through the general shape, for code that reads every field uniformly. */
export type Treatment = TreatmentDef<SourceId, FactId, ConditionId> & { readonly id: TreatmentId };

/** Every treatment, tiers 1–5. */
export const TREATMENT_LIST: readonly Treatment[] = TREATMENTS;
