/**
 * The kinds of Library entry and their URL segments (`/library/<kind>/<id>`). This module holds
 * no knowledge-base data: the router imports it to validate URLs, and it must stay out of the
 * way of the initial bundle.
 */
export const LIBRARY_KINDS = [
  'conditions',
  'exam-items',
  'tests',
  'treatments',
  'red-flags',
  'findings',
  'clusters',
  'factors',
  'presentations',
  'advice',
  'notes',
  'sources',
] as const;

export type LibraryKind = (typeof LIBRARY_KINDS)[number];

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

const KIND_SET: ReadonlySet<string> = new Set(LIBRARY_KINDS);

export function isLibraryKind(value: unknown): value is LibraryKind {
  return typeof value === 'string' && KIND_SET.has(value);
}

/** What `/library` keeps in its URL, so a search can be shared or reopened. */
export interface LibrarySearch {
  readonly q?: string;
  readonly kind?: LibraryKind;
}

/** Reads `/library`'s search params; anything unexpected is dropped rather than trusted. */
export function parseLibrarySearch(search: Readonly<Record<string, unknown>>): LibrarySearch {
  const { q, kind } = search;
  // A numeric-looking query arrives as a number from the URL parser.
  const query = typeof q === 'string' ? q : typeof q === 'number' ? String(q) : '';
  return {
    ...(query.trim() === '' ? {} : { q: query }),
    ...(isLibraryKind(kind) ? { kind } : {}),
  };
}
