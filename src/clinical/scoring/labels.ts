import { derivedFinding, examItem } from './facts.ts';

/** The clinician-facing label of a fact: the exam item's label or the derived finding's. */
export function factLabel(fact: string): string {
  return examItem(fact)?.label ?? derivedFinding(fact)?.label ?? fact;
}
