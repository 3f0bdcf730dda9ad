import type { ConditionId } from '../knowledge-base/conditions.ts';
import { CONDITION_LIST } from '../knowledge-base/conditions.ts';
import type { Treatment } from '../knowledge-base/treatment-list.ts';
import type { Findings } from '../knowledge-base/types.ts';
import type { FiredRedFlag } from '../red-flags/evaluate-red-flags.ts';
import { factLabel } from '../scoring/labels.ts';
import { evaluate } from '../scoring/predicate.ts';

/** A reason to avoid a treatment, or to use it with caution, for this patient. */
export interface Concern {
  readonly severity: 'avoid' | 'caution';
  readonly reason: string;
  /** What it comes from: a red flag, a condition, or the findings that made a rule hold. */
  readonly origin: 'red-flag' | 'condition' | 'finding';
}

const conditionName = (id: ConditionId): string => CONDITION_LIST.find((c) => c.id === id)?.name ?? id;

/**
 * Why a treatment should be avoided or used with caution for this patient: red flags that
 * contraindicate its tags, conditions of concern it must be avoided in, and contraindication rules
 * that hold on the findings (and are not lifted by their `unless`). Empty when nothing applies.
 */
export function concernsFor(
  treatment: Treatment,
  findings: Findings,
  redFlags: readonly FiredRedFlag[],
  conditionsOfConcern: ReadonlySet<ConditionId>,
): readonly Concern[] {
  const tags: readonly string[] = treatment.tags;
  const fromFlags = redFlags
    .filter((flag) => flag.contraindicates.some((tag) => tags.includes(tag)))
    .map((flag): Concern => ({ severity: 'avoid', reason: `Red flag — ${flag.name}: ${flag.action}`, origin: 'red-flag' }));
  const fromConditions = treatment.avoidIn
    .filter((a) => conditionsOfConcern.has(a.condition))
    .map((a): Concern => ({ severity: 'avoid', reason: `${conditionName(a.condition)}: ${a.reason}`, origin: 'condition' }));
  const fromRules = treatment.contraindications.flatMap((c): Concern[] => {
    const result = evaluate(c.when, findings);
    if (result.value !== true) return [];
    // `unless` lifts the rule only when recorded as holding: unrecorded counts as not holding.
    if (c.unless !== undefined && evaluate(c.unless, findings).value === true) return [];
    const because = [...new Set(result.witnesses.map((w) => factLabel(w.fact)))].join(', ');
    return [{ severity: c.severity, reason: `${because}: ${c.reason}`, origin: 'finding' }];
  });
  return [...fromFlags, ...fromConditions, ...fromRules];
}
