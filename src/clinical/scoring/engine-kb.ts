import { CLUSTERS } from '../knowledge-base/clusters.ts';
import { COEXISTING, OTHER_CAUSE } from '../knowledge-base/competition.ts';
import { CONDITION_LIST } from '../knowledge-base/conditions.ts';
import type { ConditionId } from '../knowledge-base/conditions.ts';
import { CONTRIBUTING_FACTORS } from '../knowledge-base/contributing-factors.ts';
import { DERIVED_FINDINGS } from '../knowledge-base/derived-findings.ts';
import { DIAGNOSTIC_TEST_LIST } from '../knowledge-base/diagnostic-tests.ts';
import type { DiagnosticTestId } from '../knowledge-base/diagnostic-tests.ts';
import { EXAM_ITEMS } from '../knowledge-base/exam-items.ts';
import { PRESENTATION_TYPES } from '../knowledge-base/presentation-types.ts';
import { RED_FLAGS } from '../knowledge-base/red-flags.ts';
import type { RedFlagId } from '../knowledge-base/red-flags.ts';
import type {
  ClusterDef,
  CoexistenceDef,
  ConditionDef,
  DerivedFindingDef,
  DiagnosticTestDef,
  ExamItemDef,
  OtherCauseDef,
  Predicate,
  RedFlagDef,
} from '../knowledge-base/types.ts';
import { KB_VERSION } from '../knowledge-base/version.ts';

type FactorId = (typeof CONTRIBUTING_FACTORS)[number]['id'];
type PresentationId = (typeof PRESENTATION_TYPES)[number]['id'];

/** A rule that classifies or qualifies a presentation (contributing factors, presentation types). */
export interface NamedRule<I extends string> {
  readonly id: I;
  readonly name: string;
  readonly when: Predicate | null;
}

/**
 * What the engine needs from a knowledge base. The product passes its own (REAL_KB); the
 * benchmark passes a synthetic one of published-system size through the same code.
 */
export interface EngineKnowledgeBase<
  C extends string = ConditionId,
  R extends string = RedFlagId,
  T extends string = DiagnosticTestId,
  F extends string = FactorId,
  P extends string = PresentationId,
> {
  readonly version: string;
  readonly items: readonly ExamItemDef[];
  readonly derived: readonly DerivedFindingDef[];
  readonly conditions: readonly (ConditionDef & { readonly id: C })[];
  readonly clusters: readonly ClusterDef<string, string, C>[];
  /** Non-serious conditions that can be present together, so do not compete (scoring/compete.ts). */
  readonly coexisting: readonly CoexistenceDef<string, C>[];
  /** "Another cause not listed", which competes with the non-serious conditions. */
  readonly otherCause: OtherCauseDef;
  readonly redFlags: readonly (RedFlagDef<string, string, C> & { readonly id: R })[];
  readonly tests: readonly (DiagnosticTestDef<string, C> & { readonly id: T })[];
  readonly factors: readonly NamedRule<F>[];
  readonly presentation: readonly NamedRule<P>[];
}

/** The product's knowledge base, as the engine sees it. */
export const REAL_KB: EngineKnowledgeBase = {
  version: KB_VERSION,
  items: EXAM_ITEMS,
  derived: DERIVED_FINDINGS,
  conditions: CONDITION_LIST,
  clusters: CLUSTERS,
  coexisting: COEXISTING,
  otherCause: OTHER_CAUSE,
  redFlags: RED_FLAGS,
  tests: DIAGNOSTIC_TEST_LIST,
  factors: CONTRIBUTING_FACTORS,
  presentation: PRESENTATION_TYPES,
};
