/**
 * Shapes of the knowledge base. Data files declare entries `as const satisfies readonly X[]` so
 * ids become string unions and a typo in a cross-reference is a compile error.
 */

/** A probability in [0, 1]. Branded so it cannot be mixed with a percentage or an odds. */
export type Probability = number & { readonly __brand: 'Probability' };
/** A likelihood ratio, > 0. */
export type LikelihoodRatio = number & { readonly __brand: 'LikelihoodRatio' };

export type Side = 'left' | 'right';
export type CareSetting = 'general' | 'sports';
export type CostBand = 'free' | 'low' | 'moderate' | 'high' | 'very-high';

/** Where a figure came from. The UI shows it next to the figure; an estimate says it is one. */
export type ProvenanceKind = 'published' | 'computed' | 'secondary' | 'expert-estimate';

export interface Provenance<S extends string = string> {
  readonly kind: ProvenanceKind;
  /** Source ids (see sources.ts). An expert estimate still names what informed it, if anything. */
  readonly sources: readonly S[];
  /** Why this figure, or how it was computed (e.g. "LR+ = Sn / (1 − Sp) from Sn 0.16, Sp 0.95"). */
  readonly note?: string;
}

export type SourceKind = 'primary' | 'systematic-review' | 'guideline' | 'secondary' | 'seed' | 'consensus' | 'team';

export interface SourceDef {
  readonly citation: string;
  readonly kind: SourceKind;
  readonly url?: string;
  readonly pmid?: string;
}

// ─── Exam items ────────────────────────────────────────────────────────────────────────────────

export type ExamSection =
  | 'history'
  | 'red-flag-screen'
  | 'pain'
  | 'observation'
  | 'range-of-motion'
  | 'strength'
  | 'special-tests'
  | 'neurological'
  | 'palpation'
  | 'abdominal'
  | 'function';

export type NumberUnit = 'degrees' | 'cm' | 'years' | 'minutes' | 'hours-per-day' | 'weeks' | 'oxford-grade' | 'nrs';

/** What an exam item records. */
export type ValueKind =
  /** Special test: positive / negative / not tested. */
  | { readonly kind: 'test' }
  /** A fact that is present or absent (history, red-flag screen, observation, palpation). */
  | { readonly kind: 'yes-no' }
  | {
      readonly kind: 'number';
      readonly unit: NumberUnit;
      readonly min: number;
      readonly max: number;
      readonly integer: boolean;
      /** Typical healthy range, shown beside the field; not a validation limit. */
      readonly normal?: readonly [number, number];
    }
  | { readonly kind: 'choice'; readonly options: readonly ChoiceOption[] }
  | { readonly kind: 'multi-choice'; readonly options: readonly ChoiceOption[] }
  | { readonly kind: 'text'; readonly maxLength: number };

export interface ChoiceOption {
  readonly value: string;
  readonly label: string;
}

export interface ExamItemDef<S extends string = string> {
  readonly id: string;
  /** The name clinicians use; also the control's accessible name. */
  readonly label: string;
  readonly aliases: readonly string[];
  readonly section: ExamSection;
  /** Items shown together under one sub-heading (e.g. 'pain-location', 'aggravating'). */
  readonly group?: string;
  readonly value: ValueKind;
  /** Recorded separately for the left and the right side. */
  readonly sided: boolean;
  /** A detail shown next to a test once it is positive (e.g. Thomas hip angle). */
  readonly detailOf?: string;
  /** How to perform it (tests) or how to ask it (history). */
  readonly howTo?: string;
  /** What counts as positive / abnormal. */
  readonly positive?: string;
  readonly sources: readonly S[];
}

/**
 * A reason not to perform an exam item for this patient, while its rule holds (e.g. FADIR and
 * scour after a hip replacement). Kept beside the exam items in exam-cautions.ts.
 */
export interface ExamCaution<S extends string = string> {
  readonly when: Predicate;
  readonly text: string;
  readonly sources: readonly S[];
}

// ─── Findings and facts ───────────────────────────────────────────────────────────────────────

export type TestResult = 'positive' | 'negative' | 'not-tested';
/** One recorded value: a TestResult or choice is a string; yes/no a boolean; a measure a number. */
export type ScalarValue = boolean | number | string | readonly string[];
export interface SidedValue {
  readonly left?: ScalarValue;
  readonly right?: ScalarValue;
}
export type RecordedValue = ScalarValue | SidedValue;

/**
 * What the clinician recorded, keyed by exam item id. Values are already validated (the data layer
 * never passes an invalid entry in). Absent keys are "not recorded".
 */
export type Findings = Readonly<Partial<Record<string, RecordedValue>>>;

/**
 * A fact the engine reasons with: a binary finding that is present, absent or unknown, per side
 * where it is sided. Test and yes/no items are facts directly; numbers and choices become facts
 * through derived findings (each with its threshold and source).
 */
export interface DerivedFindingDef<S extends string = string> {
  readonly id: string;
  readonly label: string;
  /** Exam items it reads. */
  readonly from: readonly string[];
  readonly sided: boolean;
  readonly rule:
    | { readonly kind: 'below'; readonly item: string; readonly threshold: number }
    | { readonly kind: 'at-most'; readonly item: string; readonly threshold: number }
    | { readonly kind: 'above'; readonly item: string; readonly threshold: number }
    | { readonly kind: 'at-least'; readonly item: string; readonly threshold: number }
    /** A choice item whose value is one of these. */
    | { readonly kind: 'one-of'; readonly item: string; readonly values: readonly string[] }
    /** A positive test whose detail item has a given value (e.g. FABER with groin pain). */
    | { readonly kind: 'positive-with'; readonly item: string; readonly detail: string; readonly value: string }
    /** |left − right| above a threshold (unsided result). */
    | { readonly kind: 'side-difference'; readonly item: string; readonly threshold: number };
  readonly sources: readonly S[];
  readonly note?: string;
}

// ─── Predicates (red flags, contraindications, contributing factors, presentation types) ─────

/** A small rule language over facts, so every rule can explain which findings made it fire. */
export type Predicate<F extends string = string> =
  | { readonly fact: F; readonly side?: Side }
  | { readonly all: readonly Predicate<F>[] }
  | { readonly any: readonly Predicate<F>[] }
  | { readonly atLeast: number; readonly of: readonly Predicate<F>[] }
  | { readonly not: Predicate<F> };

// ─── Conditions ────────────────────────────────────────────────────────────────────────────────

export type ConditionCategory = 'muscle-tendon' | 'joint' | 'neural' | 'spinal' | 'visceral' | 'systemic' | 'bone';

export interface Prior<S extends string = string> {
  readonly probability: number;
  readonly provenance: Provenance<S>;
}

/** How much a finding moves a condition. */
export interface FindingLR<S extends string = string, F extends string = string> {
  readonly fact: F;
  /** Applied when the fact is present. Omit when unknown (then presence contributes nothing). */
  readonly lrPositive?: number;
  /** Applied when the fact is absent. Omit when unknown. */
  readonly lrNegative?: number;
  /**
   * Findings in one dependency group are not conditionally independent (e.g. FABER, FADIR and
   * scour all load the same joint): only the strongest applies.
   */
  readonly group?: string;
  /** Count only this side (e.g. the psoas sign for appendicitis is a right-sided sign). */
  readonly onlySide?: Side;
  readonly provenance: Provenance<S>;
}

/**
 * A validated cluster (Sutlive, Laslett, ACR). It competes in its dependency group like a single
 * finding, so it replaces its components' LRs instead of multiplying with them.
 */
export interface ClusterDef<S extends string = string, F extends string = string, C extends string = string> {
  readonly id: string;
  readonly name: string;
  readonly condition: C;
  readonly components: readonly F[];
  /** Strongest level first; the first that holds applies its LR. */
  readonly levels: readonly { readonly label: string; readonly when: Predicate<F>; readonly lr: number }[];
  /** LR applied when every component is recorded and no level holds. */
  readonly lrNegative?: number;
  /**
   * When this holds the rule does not apply at all (neither met nor not met): e.g. the Laslett
   * rule in pain that centralises, which points to a disc. Its facts count among the components.
   */
  readonly notApplicableWhen?: Predicate<F>;
  readonly group: string;
  readonly provenance: Provenance<S>;
}

/**
 * Priors for an age band (and, where it matters, one sex). They replace the condition's `priors`
 * when the recorded age falls in [from, below) and the recorded sex matches; the first band that
 * matches wins. With no age recorded the condition's own priors apply, so those must be the
 * cautious, age-unknown figures.
 */
export interface AgePriors<S extends string = string> {
  readonly from: number;
  readonly below: number;
  readonly sex?: 'female' | 'male';
  /** How the band reads in the Why list, e.g. "age 10–15". */
  readonly label: string;
  readonly priors: Readonly<Record<CareSetting, Prior<S>>>;
}

export interface ConditionDef<S extends string = string, F extends string = string> {
  readonly id: string;
  readonly name: string;
  readonly aliases: readonly string[];
  readonly icd10: string;
  readonly icd10Note?: string;
  readonly snomed?: string;
  readonly category: ConditionCategory;
  readonly description: string;
  readonly priors: Readonly<Record<CareSetting, Prior<S>>>;
  /** Age- and sex-specific priors; see AgePriors. */
  readonly priorsByAge?: readonly AgePriors<S>[];
  /** What to do while a serious condition is not yet excluded (every serious condition has one). */
  readonly action?: string;
  readonly findings: readonly FindingLR<S, F>[];
  readonly sources: readonly S[];
  /** Named from the red-flag side: a condition that is itself an emergency. */
  readonly serious: boolean;
}

/**
 * Conditions that can be present together, so they do not compete for the same share of the
 * complaint (scoring/compete.ts): every pair within `conditions` co-exists, unless `with` is given.
 * Each declaration says why, from a published source or the team's judgement.
 */
export interface CoexistenceDef<S extends string = string, C extends string = string> {
  readonly id: string;
  readonly conditions: readonly C[];
  /**
   * When given, each of `conditions` co-exists with each of these (and not, by this declaration,
   * with the others in `conditions`); 'every-other' means every other non-serious condition.
   */
  readonly with?: readonly C[] | 'every-other';
  readonly note: string;
  readonly sources: readonly S[];
}

/**
 * "Another cause not listed": the share of presentations, before any finding and for a patient of
 * unknown age, that no listed non-serious condition explains. It competes with them and carries no
 * likelihood ratios; when age bands lower the listed causes' priors, its share grows.
 */
export interface OtherCauseDef<S extends string = string> {
  readonly priors: Readonly<Record<CareSetting, Prior<S>>>;
}

// ─── Red flags ─────────────────────────────────────────────────────────────────────────────────

export type Urgency = 'emergency' | 'urgent' | 'soon';

export interface RedFlagDef<S extends string = string, F extends string = string, C extends string = string> {
  readonly id: string;
  readonly name: string;
  readonly aliases: readonly string[];
  readonly urgency: Urgency;
  readonly when: Predicate<F>;
  readonly message: string;
  readonly action: string;
  /** Conditions it raises the suspicion of. */
  readonly suspects: readonly C[];
  /** Treatment tags it removes from the plan while present. */
  readonly contraindicates: readonly string[];
  readonly sources: readonly S[];
}

// ─── Diagnostic tests ──────────────────────────────────────────────────────────────────────────

export type TestCategory = 'in-clinic' | 'laboratory' | 'imaging' | 'electrodiagnostic' | 'diagnostic-injection';

export interface TestTarget<S extends string = string, C extends string = string> {
  readonly condition: C;
  readonly lrPositive?: number;
  readonly lrNegative?: number;
  readonly provenance: Provenance<S>;
}

export interface DiagnosticTestDef<S extends string = string, C extends string = string, E extends string = string> {
  readonly id: string;
  readonly name: string;
  readonly aliases: readonly string[];
  readonly category: TestCategory;
  /** In-clinic tests recorded in the exam: their accuracy lives in the conditions' LR tables. */
  readonly examItem?: E;
  readonly purpose: string;
  /** Laboratory, imaging, electrodiagnostic and injection tests: their accuracy per condition. */
  readonly targets: readonly TestTarget<S, C>[];
  /** Conditions it bears on without usable figures (shown, not scored). */
  readonly bearsOn: readonly C[];
  readonly orderedBy: string;
  readonly invasiveness: 1 | 2 | 3 | 4 | 5;
  readonly cost: CostBand;
  readonly accuracy: string;
  readonly sources: readonly S[];
}

// ─── Treatments ────────────────────────────────────────────────────────────────────────────────

export type Tier = 1 | 2 | 3 | 4 | 5;
export type EvidenceLevel = 'high' | 'moderate' | 'low' | 'very-low' | 'none';
export type EvidenceStance = 'recommended' | 'consider' | 'option' | 'not-recommended' | 'do-not-offer' | 'disputed' | 'no-trials';

export interface Contraindication<S extends string = string, F extends string = string> {
  readonly when: Predicate<F>;
  /**
   * Lifts the rule only while this is recorded as holding (e.g. an agreed plan to pause an
   * anticoagulant). Unrecorded counts as not holding: three-valued `not` cannot say that, since
   * `not` of an unknown fact is unknown and the rule would stay silent.
   */
  readonly unless?: Predicate<F>;
  /** 'avoid' removes the item from the draft plan; 'caution' keeps it with a warning. */
  readonly severity: 'avoid' | 'caution';
  readonly reason: string;
  readonly sources: readonly S[];
}

export interface TreatmentDef<S extends string = string, F extends string = string, C extends string = string> {
  readonly id: string;
  readonly name: string;
  readonly aliases: readonly string[];
  readonly tier: Tier;
  readonly tags: readonly string[];
  readonly deliveredBy: string;
  readonly invasiveness: 1 | 2 | 3 | 4 | 5;
  readonly evidence: {
    readonly level: EvidenceLevel;
    readonly stance: EvidenceStance;
    readonly summary: string;
    readonly sources: readonly S[];
  };
  readonly timeToBenefit: string;
  readonly dosage?: string;
  /**
   * The dosage in plain words for the patient handout, where the dosage itself uses clinical terms
   * or says where its figures come from. Without it the handout prints the dosage with its
   * provenance notes removed (plan/plain-dosage.ts). Provenance stays in the dosage, for the record.
   */
  readonly plainDosage?: string;
  /** Conditions it fits. */
  readonly indications: readonly C[];
  /** Conditions in which it must be avoided, with the reason (e.g. heat over a haematoma). */
  readonly avoidIn: readonly { readonly condition: C; readonly reason: string; readonly sources: readonly S[] }[];
  readonly contraindications: readonly Contraindication<S, F>[];
  readonly risks: readonly string[];
  readonly handout: string;
  readonly cost: CostBand;
  readonly sources: readonly S[];
}

// ─── Other seed content ────────────────────────────────────────────────────────────────────────

/** A cause that is not a diagnosis (poor posture, dehydration, stress …): recorded and addressed. */
export interface ContributingFactorDef<S extends string = string, F extends string = string, T extends string = string> {
  readonly id: string;
  readonly name: string;
  readonly aliases: readonly string[];
  readonly description: string;
  /** When the findings show it. */
  readonly when: Predicate<F>;
  /** Treatments (usually tier 1) that address it in the plan. */
  readonly addressedBy: readonly T[];
  readonly sources: readonly S[];
}

/** The seeds' types of spasm: they classify a presentation, they do not rank. */
export interface PresentationTypeDef<S extends string = string, F extends string = string> {
  readonly id: string;
  readonly name: string;
  readonly aliases: readonly string[];
  readonly description: string;
  /** null: cannot be derived from the exam; the clinician judges it. */
  readonly when: Predicate<F> | null;
  readonly sources: readonly S[];
}

export interface AdviceDef<S extends string = string> {
  readonly id: string;
  readonly kind: 'prevention' | 'safety-net';
  readonly name: string;
  readonly aliases: readonly string[];
  /** Plain language for the patient handout. */
  readonly text: string;
  readonly sources: readonly S[];
}

/** Reference content from the seeds (anatomy, pathophysiology) shown in the library. */
export interface ReferenceNoteDef<S extends string = string> {
  readonly id: string;
  readonly topic: string;
  readonly name: string;
  readonly aliases: readonly string[];
  readonly text: string;
  readonly sources: readonly S[];
}
