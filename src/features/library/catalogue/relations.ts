import { COEXISTING, CONDITION_LIST } from '../../../clinical/index.ts';
import type { FindingLR, Predicate, TestTarget } from '../../../clinical/index.ts';
import {
  recordsOf,
  type ClusterRecord,
  type ConditionRecord,
  type FactorRecord,
  type FindingRecord,
  type PresentationRecord,
  type RedFlagRecord,
  type TestRecord,
  type TreatmentRecord,
} from './records';

/**
 * The links between entries, read off the knowledge base: a condition's tests and treatments,
 * the conditions a finding or a test informs, the rules that read a finding. Pure functions; the
 * lists are small enough to filter on each call.
 */

/** Every fact a rule reads, in order, each once. */
export function predicateFacts(predicate: Predicate): readonly string[] {
  if ('fact' in predicate) return [predicate.fact];
  if ('not' in predicate) return predicateFacts(predicate.not);
  const parts =
    'all' in predicate ? predicate.all : 'any' in predicate ? predicate.any : predicate.of;
  return [...new Set(parts.flatMap(predicateFacts))];
}

export interface ConditionTests {
  /** Tests with accuracy figures for this condition. */
  readonly scored: readonly { readonly test: TestRecord; readonly target: TestTarget }[];
  /** Tests that bear on it without usable figures (in-clinic tests score through the LR table). */
  readonly bearing: readonly TestRecord[];
}

export function testsForCondition(conditionId: string): ConditionTests {
  const tests = recordsOf('tests');
  return {
    scored: tests.flatMap((test) =>
      test.targets.filter((t) => t.condition === conditionId).map((target) => ({ test, target })),
    ),
    bearing: tests.filter((test) => (test.bearsOn as readonly string[]).includes(conditionId)),
  };
}

export function treatmentsForCondition(conditionId: string): {
  readonly indicated: readonly TreatmentRecord[];
  readonly avoided: readonly {
    readonly treatment: TreatmentRecord;
    readonly reason: string;
    readonly sources: readonly string[];
  }[];
} {
  const treatments = recordsOf('treatments');
  return {
    indicated: treatments.filter((t) => (t.indications as readonly string[]).includes(conditionId)),
    avoided: treatments.flatMap((treatment) =>
      treatment.avoidIn
        .filter((a) => a.condition === conditionId)
        .map((a) => ({ treatment, reason: a.reason, sources: a.sources })),
    ),
  };
}

export function clustersForCondition(conditionId: string): readonly ClusterRecord[] {
  return recordsOf('clusters').filter((c) => c.condition === conditionId);
}

export function redFlagsSuspecting(conditionId: string): readonly RedFlagRecord[] {
  return recordsOf('red-flags').filter((f) => f.suspects.includes(conditionId));
}

/** The conditions whose likelihood-ratio tables list this fact, with the entry. */
export function conditionsInformedBy(
  fact: string,
): readonly { readonly condition: ConditionRecord; readonly lr: FindingLR }[] {
  return recordsOf('conditions').flatMap((condition) =>
    condition.findings.filter((f) => f.fact === fact).map((lr) => ({ condition, lr })),
  );
}

/** Everything else that reads a fact: clusters, red flags, factors, presentations, cautions. */
export interface FactRules {
  readonly clusters: readonly ClusterRecord[];
  readonly redFlags: readonly RedFlagRecord[];
  readonly factors: readonly FactorRecord[];
  readonly presentations: readonly PresentationRecord[];
  readonly treatments: readonly TreatmentRecord[];
  readonly derived: readonly FindingRecord[];
}

export function rulesReading(fact: string): FactRules {
  const reads = (p: Predicate | null): boolean => p !== null && predicateFacts(p).includes(fact);
  return {
    clusters: recordsOf('clusters').filter(
      (c) => c.components.includes(fact) || c.levels.some((level) => reads(level.when)),
    ),
    redFlags: recordsOf('red-flags').filter((f) => reads(f.when)),
    factors: recordsOf('factors').filter((f) => reads(f.when)),
    presentations: recordsOf('presentations').filter((p) => reads(p.when)),
    treatments: recordsOf('treatments').filter((t) =>
      t.contraindications.some((c) => reads(c.when)),
    ),
    derived: recordsOf('findings').filter((d) => d.from.includes(fact)),
  };
}

/** The diagnostic-test entries that perform this exam item in clinic. */
export function testsPerforming(examItemId: string): readonly TestRecord[] {
  return recordsOf('tests').filter((t) => t.examItem === examItemId);
}

/** Measurements recorded alongside a test once it is positive (the Thomas test's angles). */
export function detailsOf(examItemId: string) {
  return recordsOf('exam-items').filter((item) => item.detailOf === examItemId);
}

/** Contributing factors a treatment addresses. */
export function factorsAddressedBy(treatmentId: string): readonly FactorRecord[] {
  return recordsOf('factors').filter((f) => f.addressedBy.includes(treatmentId));
}

/** Red flags that remove a treatment from the plan while present (by its tags). */
export function redFlagsRemoving(treatment: TreatmentRecord): readonly RedFlagRecord[] {
  const tags: readonly string[] = treatment.tags;
  return recordsOf('red-flags').filter((f) => f.contraindicates.some((tag) => tags.includes(tag)));
}

/** Treatments carrying a tag, for a red flag's "removes from the plan". */
export function treatmentsTagged(tag: string): readonly TreatmentRecord[] {
  return recordsOf('treatments').filter((t) => t.tags.includes(tag));
}

/** A declaration that this condition occurs together with others, and which ones. */
export interface Coexistence {
  readonly partners: readonly string[];
  readonly note: string;
  readonly sources: readonly string[];
}

/**
 * The declared co-existences a benign condition takes part in (knowledge-base/competition.ts),
 * each with the partner conditions it names for this one.
 */
export function coexistenceFor(conditionId: string): readonly Coexistence[] {
  const benign = CONDITION_LIST.filter((c) => !c.serious && c.id !== conditionId).map((c) => c.id);
  return COEXISTING.flatMap((d): Coexistence[] => {
    const listed: readonly string[] = d.conditions;
    const partnerList: readonly string[] | 'every-other' | undefined =
      'with' in d ? d.with : undefined;
    let partners: readonly string[];
    if (partnerList === undefined)
      partners = listed.includes(conditionId) ? listed.filter((id) => id !== conditionId) : [];
    else if (listed.includes(conditionId))
      partners = partnerList === 'every-other' ? benign : partnerList;
    else if (partnerList === 'every-other') partners = listed;
    else partners = partnerList.includes(conditionId) ? listed : [];
    return partners.length === 0 ? [] : [{ partners, note: d.note, sources: d.sources }];
  });
}
