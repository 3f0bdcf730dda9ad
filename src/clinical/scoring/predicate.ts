import type { FactId } from '../knowledge-base/facts.ts';
import type { Findings, Predicate, Side } from '../knowledge-base/types.ts';
import { FACTS } from './facts.ts';
import type { FactReader, Tri } from './facts.ts';

/** A fact that helped a rule hold, for the "because" line of an alert. */
export interface Witness {
  readonly fact: string;
  readonly side?: Side;
}

/** The outcome of a rule in three-valued logic, with the facts that made it hold. */
export interface PredicateResult {
  /** true: holds; false: cannot hold; undefined: not enough recorded to say. */
  readonly value: Tri;
  /** The present facts that made it hold (empty unless value is true). */
  readonly witnesses: readonly Witness[];
}

const UNKNOWN: PredicateResult = { value: undefined, witnesses: [] };
const FALSE: PredicateResult = { value: false, witnesses: [] };

/**
 * Evaluates a rule in three-valued logic (Kleene): a rule is true only when the recorded findings
 * make it true, false only when they make it impossible, and otherwise unknown. Rules without
 * `not` are monotone: recording more findings can never turn a true rule false.
 */
export function evaluate(
  predicate: Predicate<FactId> | Predicate,
  findings: Findings,
  reader: FactReader = FACTS,
): PredicateResult {
  if ('fact' in predicate) {
    const reading = reader.readFact(findings, predicate.fact, predicate.side);
    if (reading.value !== true) return reading.value === false ? FALSE : UNKNOWN;
    const side = reading.side ?? predicate.side;
    const fact: string = predicate.fact;
    return { value: true, witnesses: [side === undefined ? { fact } : { fact, side }] };
  }
  if ('not' in predicate) {
    const inner = evaluate(predicate.not, findings, reader);
    if (inner.value === undefined) return UNKNOWN;
    return inner.value ? FALSE : { value: true, witnesses: [] };
  }
  if ('all' in predicate) {
    const parts = predicate.all.map((p) => evaluate(p, findings, reader));
    if (parts.some((p) => p.value === false)) return FALSE;
    if (parts.some((p) => p.value === undefined)) return UNKNOWN;
    return { value: true, witnesses: parts.flatMap((p) => p.witnesses) };
  }
  if ('any' in predicate) {
    const parts = predicate.any.map((p) => evaluate(p, findings, reader));
    const held = parts.filter((p) => p.value === true);
    if (held.length > 0) return { value: true, witnesses: held.flatMap((p) => p.witnesses) };
    return parts.every((p) => p.value === false) ? FALSE : UNKNOWN;
  }
  const parts = predicate.of.map((p) => evaluate(p, findings, reader));
  const held = parts.filter((p) => p.value === true);
  const possible = held.length + parts.filter((p) => p.value === undefined).length;
  if (held.length >= predicate.atLeast)
    return { value: true, witnesses: held.flatMap((p) => p.witnesses) };
  return possible < predicate.atLeast ? FALSE : UNKNOWN;
}

/** Every fact a rule mentions, for integrity checks and "what to record next" hints. */
export function factsOf<F extends string>(predicate: Predicate<F>): readonly F[] {
  if ('fact' in predicate) return [predicate.fact];
  if ('not' in predicate) return factsOf(predicate.not);
  if ('all' in predicate) return predicate.all.flatMap(factsOf);
  if ('any' in predicate) return predicate.any.flatMap(factsOf);
  return predicate.of.flatMap(factsOf);
}
