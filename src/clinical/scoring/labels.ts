import type { FactId } from '../knowledge-base/facts.ts';
import { derivedFinding, examItem } from './facts.ts';

/** The clinician-facing label of a fact: the exam item's label or the derived finding's. */
export function factLabel(fact: FactId): string {
  return examItem(fact)?.label ?? derivedFinding(fact)?.label ?? fact;
}
