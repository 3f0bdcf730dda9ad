import {
  ADVICE,
  CLUSTERS,
  CONDITION_LIST,
  CONTRIBUTING_FACTORS,
  DERIVED_FINDINGS,
  DIAGNOSTIC_TEST_LIST,
  EXAM_ITEMS,
  PRESENTATION_TYPES,
  RED_FLAGS,
  REFERENCE_NOTES,
  SOURCES,
  TREATMENT_LIST,
} from '../../../clinical/index.ts';
import type {
  AdviceDef,
  ClusterDef,
  ContributingFactorDef,
  DerivedFindingDef,
  ExamItemDef,
  PresentationTypeDef,
  RedFlagDef,
  ReferenceNoteDef,
  SourceDef,
  Treatment,
} from '../../../clinical/index.ts';
import type { LibraryKind } from '../library-kinds';

/**
 * The knowledge base seen through its general shapes, one list per Library kind. The literal
 * types of the data files are unions that make optional fields awkward to read; the Library only
 * reads, so the general shape is enough.
 */
export type ConditionRecord = (typeof CONDITION_LIST)[number];
export type ExamItemRecord = ExamItemDef;
export type TestRecord = (typeof DIAGNOSTIC_TEST_LIST)[number];
export type TreatmentRecord = Treatment;
export type RedFlagRecord = RedFlagDef;
export type FindingRecord = DerivedFindingDef;
export type ClusterRecord = ClusterDef;
export type FactorRecord = ContributingFactorDef;
export type PresentationRecord = PresentationTypeDef;
export type AdviceRecord = AdviceDef;
export type NoteRecord = ReferenceNoteDef;
export type SourceRecord = SourceDef & { readonly id: string };

export interface RecordByKind {
  readonly conditions: ConditionRecord;
  readonly 'exam-items': ExamItemRecord;
  readonly tests: TestRecord;
  readonly treatments: TreatmentRecord;
  readonly 'red-flags': RedFlagRecord;
  readonly findings: FindingRecord;
  readonly clusters: ClusterRecord;
  readonly factors: FactorRecord;
  readonly presentations: PresentationRecord;
  readonly advice: AdviceRecord;
  readonly notes: NoteRecord;
  readonly sources: SourceRecord;
}

const SOURCE_LIST: readonly SourceRecord[] = Object.entries(
  SOURCES as Readonly<Record<string, SourceDef>>,
).map(([id, source]) => ({ id, ...source }));

const LISTS: { readonly [K in LibraryKind]: readonly RecordByKind[K][] } = {
  conditions: CONDITION_LIST,
  'exam-items': EXAM_ITEMS,
  tests: DIAGNOSTIC_TEST_LIST,
  treatments: TREATMENT_LIST,
  'red-flags': RED_FLAGS,
  findings: DERIVED_FINDINGS,
  clusters: CLUSTERS,
  factors: CONTRIBUTING_FACTORS,
  presentations: PRESENTATION_TYPES,
  advice: ADVICE,
  notes: REFERENCE_NOTES,
  sources: SOURCE_LIST,
};

/** Every entry of one kind, in the knowledge base's own order. */
export function recordsOf<K extends LibraryKind>(kind: K): readonly RecordByKind[K][] {
  return LISTS[kind];
}

function byId<T extends { readonly id: string }>(list: readonly T[]): ReadonlyMap<string, T> {
  return new Map(list.map((record) => [record.id, record]));
}

const INDEXES: { readonly [K in LibraryKind]: ReadonlyMap<string, RecordByKind[K]> } = {
  conditions: byId(LISTS.conditions),
  'exam-items': byId(LISTS['exam-items']),
  tests: byId(LISTS.tests),
  treatments: byId(LISTS.treatments),
  'red-flags': byId(LISTS['red-flags']),
  findings: byId(LISTS.findings),
  clusters: byId(LISTS.clusters),
  factors: byId(LISTS.factors),
  presentations: byId(LISTS.presentations),
  advice: byId(LISTS.advice),
  notes: byId(LISTS.notes),
  sources: byId(LISTS.sources),
};

/** One entry by kind and id, or undefined when there is none (a stale or mistyped link). */
export function findRecord<K extends LibraryKind>(
  kind: K,
  id: string,
): RecordByKind[K] | undefined {
  return INDEXES[kind].get(id);
}

/** A fact (what an LR or a rule reads) is an exam item or a derived finding. */
export function factKind(fact: string): 'exam-items' | 'findings' | undefined {
  if (findRecord('exam-items', fact) !== undefined) return 'exam-items';
  if (findRecord('findings', fact) !== undefined) return 'findings';
  return undefined;
}

/** The clinician-facing name of a fact. */
export function factName(fact: string): string {
  return findRecord('exam-items', fact)?.label ?? findRecord('findings', fact)?.label ?? fact;
}
