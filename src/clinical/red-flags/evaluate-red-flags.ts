import { RED_FLAGS } from '../knowledge-base/red-flags.ts';
import type { RedFlag, RedFlagId } from '../knowledge-base/red-flags.ts';
import type { Findings, Urgency } from '../knowledge-base/types.ts';
import { evaluate } from '../scoring/predicate.ts';
import type { Witness } from '../scoring/predicate.ts';

export interface FiredRedFlag {
  readonly id: RedFlagId;
  readonly name: string;
  readonly urgency: Urgency;
  readonly message: string;
  readonly action: string;
  /** The recorded findings that made it fire. */
  readonly because: readonly Witness[];
  readonly suspects: RedFlag['suspects'];
  readonly contraindicates: readonly string[];
  readonly sources: RedFlag['sources'];
}

const URGENCY_ORDER: Readonly<Record<Urgency, number>> = { emergency: 0, urgent: 1, soon: 2 };

/**
 * Every red flag whose rule holds on the recorded findings, most urgent first. Evaluated apart
 * from the ranking: nothing in the differential is read here, so no combination of other findings
 * can hide a red flag (the rules contain no negation, so extra findings cannot turn one off).
 */
export function evaluateRedFlags(findings: Findings): readonly FiredRedFlag[] {
  const fired: FiredRedFlag[] = [];
  for (const flag of RED_FLAGS) {
    const result = evaluate(flag.when, findings);
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
