import type { CareSetting, ConditionDef, Findings, Prior } from '../knowledge-base/types.ts';

/** The prior a condition starts from for this patient, and what it was chosen by. */
export interface ChosenPrior {
  readonly prior: Prior;
  /** The age band (and sex) whose prior applies; absent when the condition's own prior does. */
  readonly band?: string;
}

/**
 * The condition's prior for the care setting, for the recorded age and sex: the first age band
 * that holds, or the condition's own (age-unknown) prior when none does or no age is recorded.
 * Sex-specific bands need the sex recorded; otherwise they never apply.
 */
export function priorFor(
  condition: Pick<ConditionDef, 'priors' | 'priorsByAge'>,
  setting: CareSetting,
  findings: Findings,
): ChosenPrior {
  const age = findings.age;
  const sex = findings.sex;
  if (typeof age === 'number' && Number.isFinite(age)) {
    for (const band of condition.priorsByAge ?? []) {
      if (age < band.from || age >= band.below) continue;
      if (band.sex !== undefined && band.sex !== sex) continue;
      return { prior: band.priors[setting], band: band.label };
    }
  }
  return { prior: condition.priors[setting] };
}
