import type { RedFlagId } from '../knowledge-base/red-flags.ts';
import type { ConditionId } from '../knowledge-base/conditions.ts';
import type { Findings, RedFlagDef, Urgency } from '../knowledge-base/types.ts';
import type { FactReader } from '../scoring/facts.ts';
import { FACTS } from '../scoring/facts.ts';
import { evaluate } from '../scoring/predicate.ts';
import type { Witness } from '../scoring/predicate.ts';
import { RED_FLAGS } from '../knowledge-base/red-flags.ts';

/** A red flag that holds on the findings: what to tell, what to do, and why it fired. */
export interface FiredRedFlag<R extends string = RedFlagId, C extends string = ConditionId> {
  readonly id: R;
  readonly name: string;
  readonly urgency: Urgency;
  readonly message: string;
  readonly action: string;
  /** The recorded findings that made it fire. */
  readonly because: readonly Witness[];
  readonly suspects: readonly C[];
  readonly contraindicates: readonly string[];
  readonly sources: readonly string[];
}

const URGENCY_ORDER: Readonly<Record<Urgency, number>> = { emergency: 0, urgent: 1, soon: 2 };

/**
 * Every red flag whose rule holds on the recorded findings, most urgent first. Evaluated apart
 * from the ranking: nothing in the differential is read here, so no combination of other findings
 * can hide a red flag (the rules contain no negation, so extra findings cannot turn one off).
 */
export function fireRedFlags<R extends string, C extends string>(
  flags: readonly (RedFlagDef<string, string, C> & { readonly id: R })[],
  findings: Findings,
  reader: FactReader,
): readonly FiredRedFlag<R, C>[] {
  const fired: FiredRedFlag<R, C>[] = [];
  for (const flag of flags) {
    const result = evaluate(flag.when, findings, reader);
    if (result.value !== true) continue;
    fired.push({
      id: flag.id,
      name: flag.name,
      urgency: flag.urgency,
      message: flag.message,
      action: flag.action,
      because: result.witnesses,
      suspects: flag.suspects,
      contraindicates: flag.contraindicates,
      sources: flag.sources,
    });
  }
  return fired.sort((a, b) => URGENCY_ORDER[a.urgency] - URGENCY_ORDER[b.urgency]);
}

/** The product's red flags that fire on these findings, most urgent first. */
export function evaluateRedFlags(findings: Findings): readonly FiredRedFlag[] {
  return fireRedFlags(RED_FLAGS, findings, FACTS);
}
