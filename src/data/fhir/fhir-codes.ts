import type { Coding } from '@medplum/fhirtypes';

/**
 * Every code system, code and extension URL the FHIR mapping writes. The list of what is verified,
 * and from where, is in the module comment of fhir-mapping.ts; /work/shared/clinical/evidence.md §6
 * is the evidence table behind it. Never add a LOINC or SNOMED CT code here that is not verified
 * there: use the app's own URN code system instead.
 */

const APP = 'urn:iliopsoas-workbench';

/** The app's own code systems (URNs: they name the app's concepts, they resolve nowhere). */
export const APP_SYSTEM = {
  examItem: `${APP}:exam-item`,
  testResult: `${APP}:test-result`,
  condition: `${APP}:condition`,
  diagnosticTest: `${APP}:diagnostic-test`,
  redFlag: `${APP}:red-flag`,
  redFlagResponse: `${APP}:red-flag-response`,
  treatment: `${APP}:treatment`,
  careSetting: `${APP}:care-setting`,
  localIdentifier: `${APP}:local-identifier`,
  format: `${APP}:format`,
} as const;

/** The options of a choice item form their own small code system per item. */
export function examOptionSystem(itemId: string): string {
  return `${APP}:exam-option:${itemId}`;
}

/** The Bundle's meta.tag: which exporter wrote it, so an importer knows the extensions below. */
export const FORMAT_TAG: Coding = {
  system: APP_SYSTEM.format,
  code: 'fhir-r4-bundle-1',
  display: 'Iliopsoas Workbench FHIR R4 export, format 1',
};

/** Extensions of the app: what FHIR R4 has no element for, and what import needs to be exact. */
export const EXT = {
  recordCreated: `${APP}:extension:record-created`,
  recordUpdated: `${APP}:extension:record-updated`,
  /** A stored value a native FHIR element cannot hold exactly; sub-extensions field + json. */
  asStored: `${APP}:extension:as-stored`,
  patientNotes: `${APP}:extension:patient-notes`,
  careSetting: `${APP}:extension:care-setting`,
  revision: `${APP}:extension:revision`,
  addendum: `${APP}:extension:addendum`,
  /** A number's text exactly as typed when it differs from the decimal written (e.g. "12,5"). */
  typedText: `${APP}:extension:typed-text`,
  /** An entry that is not a valid measurement (or is empty): the stored draft value, as JSON. */
  storedEntry: `${APP}:extension:stored-entry`,
  /** The exam item id when it cannot be a FHIR code. */
  findingKey: `${APP}:extension:finding-key`,
  redFlagAction: `${APP}:extension:red-flag-action`,
  kbVersion: `${APP}:extension:kb-version`,
  signedLeading: `${APP}:extension:signed-leading-condition`,
  signedRedFlag: `${APP}:extension:signed-red-flag`,
  probability: `${APP}:extension:probability`,
  planBasis: `${APP}:extension:plan-basis`,
  planReviewDate: `${APP}:extension:plan-review-date`,
  planNotes: `${APP}:extension:plan-notes`,
  planItem: `${APP}:extension:plan-item`,
  goal: `${APP}:extension:goal`,
} as const;

export const SNOMED = 'http://snomed.info/sct';
export const LOINC = 'http://loinc.org';
export const UCUM = 'http://unitsofmeasure.org';

/** HL7 terminology used by FHIR R4 itself (the test checks each code against the R4 definitions). */
export const HL7 = {
  actCode: 'http://terminology.hl7.org/CodeSystem/v3-ActCode',
  conditionVerification: 'http://terminology.hl7.org/CodeSystem/condition-ver-status',
  conditionCategory: 'http://terminology.hl7.org/CodeSystem/condition-category',
  observationCategory: 'http://terminology.hl7.org/CodeSystem/observation-category',
  flagCategory: 'http://terminology.hl7.org/CodeSystem/flag-category',
} as const;

/** LOINC 72514-3: verified (evidence.md §6, several FHIR IGs); a current rating, so "pain now" only. */
export const PAIN_NOW_LOINC: Coding = {
  system: LOINC,
  code: '72514-3',
  display: 'Pain severity - 0-10 verbal numeric rating [Score] - Reported',
};

/** SNOMED CT laterality qualifiers: verified (evidence.md §6, FHIR and DICOM sources). */
export const LATERALITY = {
  left: { system: SNOMED, code: '7771000', display: 'Left' },
  right: { system: SNOMED, code: '24028007', display: 'Right' },
  both: { system: SNOMED, code: '51440002', display: 'Right and left' },
} as const satisfies Record<string, Coding>;

/**
 * SNOMED CT for the app's conditions: only codes evidence.md §6 marks verified AND whose concept
 * is the app's condition. Left out on purpose: 18347007 lumbar stenosis ("likely", one author),
 * 69896004 rheumatoid arthritis (one source, and narrower than "inflammatory arthritis or axSpA"),
 * 396232000 inguinal hernia (verified, but not the same as "inguinal-related groin pain"),
 * 94222008 secondary malignant neoplasm of bone (verified, but narrower than "malignancy or bone
 * metastasis"). No ICD-10 codes: evidence.md says the coding sites contradict each other and
 * several of the knowledge base's codes are category stems ("M76.1-") or marked not verified.
 */
export const VERIFIED_CONDITION_SNOMED: ReadonlyMap<string, Coding> = new Map([
  ['hip-oa', { system: SNOMED, code: '239872002', display: 'Osteoarthritis of hip' }],
  ['appendicitis', { system: SNOMED, code: '85189001', display: 'Acute appendicitis' }],
  ['cauda-equina', { system: SNOMED, code: '192970008', display: 'Cauda equina syndrome' }],
  ['fibromyalgia', { system: SNOMED, code: '203082005', display: 'Fibromyalgia' }],
  ['nonspecific-lbp', { system: SNOMED, code: '279039007', display: 'Low back pain' }],
  ['lower-lumbar-radiculopathy', { system: SNOMED, code: '23056005', display: 'Sciatica' }],
]);

/** UCUM units for the exam's number kinds (UCUM codes; `{score}` is unity with an annotation). */
export const UCUM_UNITS = {
  degrees: { code: 'deg', unit: '°' },
  cm: { code: 'cm', unit: 'cm' },
  years: { code: 'a', unit: 'years' },
  minutes: { code: 'min', unit: 'min' },
  'hours-per-day': { code: 'h/d', unit: 'h/day' },
  weeks: { code: 'wk', unit: 'weeks' },
  'oxford-grade': { code: '{score}', unit: 'Oxford grade 0–5' },
  nrs: { code: '{score}', unit: 'score 0–10' },
} as const;
