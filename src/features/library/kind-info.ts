import type { LibraryKind } from './library-kinds';

/** How each kind is named and introduced on screen. */
export interface KindInfo {
  /** Heading for a list of them: "Conditions". */
  readonly plural: string;
  /** One of them: "Condition". */
  readonly singular: string;
  /** What a clinician finds there, for the browse page. */
  readonly blurb: string;
}

export const KIND_INFO: Readonly<Record<LibraryKind, KindInfo>> = {
  conditions: {
    plural: 'Conditions',
    singular: 'Condition',
    blurb:
      'The differential: description, codes, priors, the findings that move each one, its tests and treatments.',
  },
  'exam-items': {
    plural: 'Exam items',
    singular: 'Exam item',
    blurb:
      'Everything the examination records: how to perform or ask it, and which conditions it informs.',
  },
  tests: {
    plural: 'Diagnostic tests',
    singular: 'Diagnostic test',
    blurb:
      'In-clinic tests, laboratory, imaging, electrodiagnostic and diagnostic injections, with their accuracy.',
  },
  treatments: {
    plural: 'Treatments',
    singular: 'Treatment',
    blurb:
      'Tiers 1 to 5: evidence, dosage, time to benefit, cost, invasiveness and contraindications.',
  },
  'red-flags': {
    plural: 'Red flags',
    singular: 'Red flag',
    blurb: 'Rules that prompt an action, with when they fire, the action to take and why.',
  },
  findings: {
    plural: 'Derived findings',
    singular: 'Derived finding',
    blurb: 'Measurements and choices turned into findings by a threshold, each with its source.',
  },
  clusters: {
    plural: 'Prediction rules',
    singular: 'Prediction rule',
    blurb: 'Validated clusters of findings that count together, with their likelihood ratios.',
  },
  factors: {
    plural: 'Contributing factors',
    singular: 'Contributing factor',
    blurb:
      'Causes that are not diagnoses (posture, sitting, stress …) and the treatments that address them.',
  },
  presentations: {
    plural: 'Presentation types',
    singular: 'Presentation type',
    blurb: 'Types of spasm that label a presentation; they never change a probability.',
  },
  advice: {
    plural: 'Patient advice',
    singular: 'Patient advice',
    blurb: 'Prevention tips and when to seek help, in the plain words of the patient handout.',
  },
  notes: {
    plural: 'Reference notes',
    singular: 'Reference note',
    blurb: 'Anatomy and pathophysiology from the seed documents.',
  },
  sources: {
    plural: 'Sources',
    singular: 'Source',
    blurb: 'Every paper, guideline and document the knowledge base cites, and what cites it.',
  },
};
