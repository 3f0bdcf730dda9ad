import { DONT_MISS_CONDITIONS } from './conditions-dont-miss.ts';
import { GROIN_SPINE_CONDITIONS } from './conditions-groin-spine.ts';
import { ILIOPSOAS_HIP_CONDITIONS } from './conditions-iliopsoas-hip.ts';
import { SERIOUS_CONDITIONS } from './conditions-serious.ts';
import type { FactId } from './facts.ts';
import type { SourceId } from './sources.ts';
import type { ConditionDef } from './types.ts';

/** The differential: every condition the engine ranks (evidence pack section 2, and the seeds' spasm). */
export const CONDITIONS = [...ILIOPSOAS_HIP_CONDITIONS, ...GROIN_SPINE_CONDITIONS, ...SERIOUS_CONDITIONS, ...DONT_MISS_CONDITIONS] as const;

export type Condition = (typeof CONDITIONS)[number];
export type ConditionId = Condition['id'];

/** The same list seen through the general shape, for code that iterates every field uniformly. */
export const CONDITION_LIST: readonly (ConditionDef<SourceId, FactId> & { readonly id: ConditionId })[] = CONDITIONS;
