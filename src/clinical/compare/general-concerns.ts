import { CONDITION_LIST } from '../knowledge-base/conditions.ts';
import { RED_FLAGS } from '../knowledge-base/red-flags.ts';
import type { Treatment } from '../knowledge-base/treatment-list.ts';
import type { Predicate } from '../knowledge-base/types.ts';
import { factLabel } from '../scoring/labels.ts';

/**
 * A contraindication or caution as the knowledge base states it, not judged for anyone: "when"
 * says what would make it apply.
 */
export interface GeneralConcern {
  readonly severity: 'avoid' | 'caution';
  readonly when: string;
  readonly reason: string;
}

const sideWord = (side: string | undefined): string => (side === undefined ? '' : ` (${side})`);

/** A rule in words: "Fever", "Sudden onset and (A or B)", "at least 2 of (…)". */
export function describePredicate(predicate: Predicate): string {
  if ('fact' in predicate) return `${factLabel(predicate.fact)}${sideWord(predicate.side)}`;
  if ('not' in predicate) return `not ${describePredicate(predicate.not)}`;
  const nested = (p: Predicate): string => {
    const text = describePredicate(p);
    return 'fact' in p || 'not' in p ? text : `(${text})`;
  };
  if ('all' in predicate) return predicate.all.map(nested).join(' and ');
  if ('any' in predicate) return predicate.any.map(nested).join(' or ');
  return `at least ${predicate.atLeast} of ${predicate.of.map(nested).join(', ')}`;
}

const conditionName = (id: string): string => CONDITION_LIST.find((c) => c.id === id)?.name ?? id;

/**
 * Everything the knowledge base says would argue against a treatment, for a comparison that is
 * not judged for a patient: conditions it must be avoided in, contraindication rules, and the red
 * flags that withhold it. Avoid first, then caution.
 */
export function generalConcerns(treatment: Treatment): readonly GeneralConcern[] {
  const tags: readonly string[] = treatment.tags;
  const flags = RED_FLAGS.filter((flag) => {
    const withheld: readonly string[] = flag.contraindicates;
    return withheld.some((tag) => tags.includes(tag));
  });
  const concerns: GeneralConcern[] = [
    ...(flags.length === 0
      ? []
      : [
          {
            severity: 'avoid' as const,
            when: flags.length === 1 ? 'a red flag' : `any of ${flags.length} red flags`,
            reason: `Withheld while any of these stands: ${flags.map((f) => f.name).join('; ')}. Act on the red flag first.`,
          },
        ]),
    ...treatment.avoidIn.map((a): GeneralConcern => ({
      severity: 'avoid',
      when: conditionName(a.condition),
      reason: a.reason,
    })),
    ...treatment.contraindications.map((c): GeneralConcern => ({
      severity: c.severity,
      when: describePredicate(c.when),
      reason: c.reason,
    })),
  ];
  return [
    ...concerns.filter((c) => c.severity === 'avoid'),
    ...concerns.filter((c) => c.severity === 'caution'),
  ];
}
