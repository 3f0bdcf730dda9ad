/**
 * The clinical core's one public face. Everything outside src/clinical imports from here.
 * Plain TypeScript with no dependencies: no React, no zod, no browser APIs, no clock.
 */
export {
  assess,
  bandOf,
  BAND_THRESHOLDS,
  MIN_INFORMATIVE_FINDINGS,
  MOSTLY_ESTIMATES,
} from './scoring/assess.ts';
export type {
  Assessment,
  AssessOptions,
  Band,
  MatchedRule,
  OtherCause,
  RankedCondition,
  Sufficiency,
} from './scoring/assess.ts';
export type { Contribution } from './scoring/score-condition.ts';
export {
  DEFAULT_DONT_MISS_ACTION,
  DONT_MISS_THRESHOLD,
  DONT_MISS_THRESHOLD_TEXT,
  DONT_MISS_INTRO,
  DONT_MISS_NONE,
  NO_SINGLE_RULE_OUT,
} from './scoring/not-yet-excluded.ts';
export type { NotExcluded, RuleOut } from './scoring/not-yet-excluded.ts';
export type { PredicateResult, Witness } from './scoring/predicate.ts';
export { evaluate, factsOf } from './scoring/predicate.ts';
export { sanitizeFindings } from './scoring/sanitize.ts';
export { factLabel } from './scoring/labels.ts';
export { approxPercent } from './scoring/precision.ts';
export { relevantSides } from './scoring/facts.ts';
export type { FiredRedFlag } from './red-flags/evaluate-red-flags.ts';
export { evaluateRedFlags } from './red-flags/evaluate-red-flags.ts';
export type {
  TestReason,
  TestRecommendation,
  TestRecommendations,
} from './tests/recommend-tests.ts';
export { HARM_WEIGHT } from './tests/recommend-tests.ts';
export { buildPlan, TIER_LIMITS } from './plan/build-plan.ts';
export {
  conditionsOfConcern,
  leadingConditions,
  MAX_LEADING,
} from './plan/conditions-of-concern.ts';
export type { BuildPlanOptions, ExcludedItem, PlanDraft, PlanItem } from './plan/build-plan.ts';
export type { Goal } from './plan/goals.ts';
export type { Escalation } from './plan/escalation.ts';
export { ESCALATION, TIER_TITLES } from './plan/escalation.ts';
export {
  doctorCheckFirst,
  DOCTOR_FIRST_NOTE,
  DOCTOR_FIRST_SOURCES,
  TIERS_AFTER_THE_DOCTOR,
} from './plan/doctor-first.ts';
export type { Concern } from './plan/contraindications.ts';
export { concernsFor } from './plan/contraindications.ts';
export { compareTreatments } from './compare/compare-treatments.ts';
export type { ComparisonRow } from './compare/compare-treatments.ts';
export {
  compareOptions,
  isComparisonOptionId,
  MAX_COMPARED,
  MIN_COMPARED,
  parseComparisonOptions,
  tierOptionId,
  TIERS,
} from './compare/compare-options.ts';
export type {
  ComparedOption,
  ComparisonOptionId,
  ParsedOptions,
  PatientJudgement,
  TierOption,
  TierOptionId,
  TreatmentOption,
} from './compare/compare-options.ts';
export type { ConditionRef, TreatmentJudgement } from './compare/judgement.ts';
export type { NamedTreatment, TierJudgement, TierSummary } from './compare/tier-summary.ts';
export { describePredicate, generalConcerns } from './compare/general-concerns.ts';
export type { GeneralConcern } from './compare/general-concerns.ts';
export {
  COST_LABELS,
  COST_ORDER,
  EVIDENCE_LEVEL_LABELS,
  EVIDENCE_LEVEL_RANK,
  EVIDENCE_STANCE_LABELS,
} from './compare/labels.ts';
export { buildProgress, describeChange, describeGoal, seriesLabel } from './progress/progress.ts';
export type {
  ProgressChange,
  ProgressChart,
  ProgressGoal,
  ProgressPoint,
  ProgressSeries,
  ProgressVisit,
} from './progress/progress.ts';
export { formatAmount, formatMeasureValue, PROGRESS_CHARTS } from './progress/progress-measures.ts';
export type {
  ProgressChartDef,
  ProgressMeasure,
  ProgressSeriesDef,
} from './progress/progress-measures.ts';
export { addDays } from './plan/dates.ts';
export { addToPlan, planFromDraft, tierOf } from './plan/plan-record.ts';
export type {
  AddToPlanResult,
  GoalRecord,
  PlanItemRecord,
  PlanRecord,
} from './plan/plan-record.ts';
export {
  addGoal,
  insertInTier,
  moveWithinTier,
  removeGoal,
  removeItem,
  restoreGoal,
  restoreItem,
  tierNeighbour,
  updateGoal,
  updateItem,
} from './plan/edit-plan.ts';
export type {
  GoalChange,
  ItemChange,
  MoveDirection,
  NewGoal,
  RemovedGoal,
  RemovedItem,
} from './plan/edit-plan.ts';
export {
  editSummary,
  homeProgramme,
  isUneditedItem,
  planContext,
  treatmentConcerns,
  treatmentFacts,
} from './plan/edit-plan-context.ts';
export type {
  EditSummary,
  HomeExercise,
  PlanContext,
  TreatmentFacts,
} from './plan/edit-plan-context.ts';
export { searchTreatments } from './plan/edit-plan-search.ts';
export { patientDosage, plainDosage, withoutProvenanceNotes } from './plan/plain-dosage.ts';
export { isHomeExercise } from './plan/home-exercise.ts';
export type { PatientDosage } from './plan/plain-dosage.ts';
export type { TreatmentMatch } from './plan/edit-plan-search.ts';
export {
  applyAllDifferences,
  applyDifference,
  differenceKey,
  dismissDifference,
  planDifferences,
} from './plan/plan-differences.ts';
export type { PlanDifference } from './plan/plan-differences.ts';

export { KB_VERSION } from './knowledge-base/version.ts';
export { SOURCES } from './knowledge-base/sources.ts';
export type { SourceId } from './knowledge-base/sources.ts';
export { EXAM_ITEMS } from './knowledge-base/exam-items.ts';
export { EXAM_CAUTIONS } from './knowledge-base/exam-cautions.ts';
export type { ExamItem, ExamItemId } from './knowledge-base/exam-items.ts';
export { DERIVED_FINDINGS } from './knowledge-base/derived-findings.ts';
export { CONDITIONS, CONDITION_LIST } from './knowledge-base/conditions.ts';
export type { Condition, ConditionId } from './knowledge-base/conditions.ts';
export { CLUSTERS } from './knowledge-base/clusters.ts';
export { COEXISTING, OTHER_CAUSE } from './knowledge-base/competition.ts';
export { RED_FLAGS } from './knowledge-base/red-flags.ts';
export type { RedFlag, RedFlagId } from './knowledge-base/red-flags.ts';
export { DIAGNOSTIC_TEST_LIST } from './knowledge-base/diagnostic-tests.ts';
export type { DiagnosticTest } from './knowledge-base/diagnostic-tests.ts';
export type { DiagnosticTestId } from './knowledge-base/diagnostic-tests.ts';
export { TREATMENT_LIST } from './knowledge-base/treatment-list.ts';
export type { Treatment, TreatmentId } from './knowledge-base/treatment-list.ts';
export { CONTRIBUTING_FACTORS } from './knowledge-base/contributing-factors.ts';
export { PRESENTATION_TYPES } from './knowledge-base/presentation-types.ts';
export { ADVICE } from './knowledge-base/advice.ts';
export { REFERENCE_NOTES } from './knowledge-base/reference-notes.ts';
export type * from './knowledge-base/types.ts';
