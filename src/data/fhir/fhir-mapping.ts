/**
 * FHIR R4 export of the app's records (import: bundle-import.ts). One Bundle (type "collection",
 * meta.tag FORMAT_TAG) holds, per patient and visit:
 *
 * | Resource        | From                          | Stored or derived                                  |
 * |-----------------|-------------------------------|----------------------------------------------------|
 * | Patient         | patient record                | stored: names, birthDate, gender, local identifier |
 * | Encounter       | visit                         | stored: date, clinician, status, revision, addenda |
 * | Observation     | one per finding (per side)    | stored: the exam draft exactly as typed            |
 * | Flag            | red flags and their actions   | actions stored; shown red flags derived            |
 * | Provenance      | the signature                 | stored: signer, time, knowledge base, as signed    |
 * | Condition       | working diagnoses             | derived (signed: as signed), ignored on import     |
 * | ServiceRequest  | recommended tests, "proposal" | derived (too few findings: red-flag tests only)    |
 * | CarePlan + Goal | the treatment plan            | stored: items, dosage, notes, goals, review date   |
 *
 * Code systems, and what is verified (evidence: /work/shared/clinical/evidence.md §6):
 * - LOINC http://loinc.org: 72514-3 pain severity 0–10 NRS (verified, several FHIR IGs); on
 *   "pain now" only, since it is a current rating. No LOINC exists for hip ROM or special tests.
 * - SNOMED CT http://snomed.info/sct: laterality 7771000 left, 24028007 right, 51440002 right and
 *   left (verified, FHIR and DICOM sources), in Observation.bodySite and for "symptomatic side";
 *   six condition codes, verified and matching the app's concept (VERIFIED_CONDITION_SNOMED in
 *   fhir-codes.ts, which lists the ones left out and why). No ICD-10: not verified enough.
 * - UCUM http://unitsofmeasure.org: deg, cm, a, min, h/d, wk, {score} (NRS and Oxford grade).
 * - HL7 FHIR R4 terminology (checked against the R4 definitions in the tests): v3-ActCode AMB,
 *   condition-ver-status differential/provisional, condition-category encounter-diagnosis,
 *   observation-category exam, flag-category clinical.
 * - The app's own URN systems (APP_SYSTEM: urn:iliopsoas-workbench:exam-item, :exam-option:<item>,
 *   :test-result, :condition, :diagnostic-test, :red-flag, :treatment, :care-setting,
 *   :local-identifier), always with a human-readable display; every concept without a verified
 *   standard code uses these.
 *
 * What FHIR has no element for travels in the app's extensions (EXT in fhir-codes.ts): record
 * timestamps, revision, care setting, addenda, red-flag actions, the signature's assessment, the
 * plan's items and goals. An entry that is not a valid measurement (an angle of 400°, text in a
 * number field, an empty entry) is not a typed Observation: its stored draft value goes, exactly,
 * in the stored-entry extension, with its text as valueString and a note saying why. A stored value
 * FHIR cannot hold at all (a control character, a year 0000) goes as JSON text (fhir-primitives.ts).
 * Import restores every stored record exactly; round-trip.test.ts checks it over generated records.
 */
import type { Bundle, BundleEntry, Resource } from '@medplum/fhirtypes';
import type { Patient } from '../patients/patient.schema';
import type { Visit } from '../visits/visit.schema';
import { FORMAT_TAG } from './fhir-codes';
import { visitResources } from './visit-resources';
import { toFhirPatient } from './patient-resource';

export interface ExportRecords {
  readonly patients: readonly Patient[];
  readonly visits: readonly Visit[];
}

export interface ExportOptions {
  readonly now: Date;
  /** A new UUID per entry (the entries' fullUrls); crypto.randomUUID unless a test passes one. */
  readonly newUuid?: () => string;
}

/** Collects entries; each gets a urn:uuid fullUrl that references inside the Bundle use. */
export interface EntryCollector {
  add(resource: Resource): string;
}

/** The records as one FHIR R4 Bundle; every visit's patient must be among the patients. */
export function toFhirBundle(records: ExportRecords, options: ExportOptions): Bundle {
  const newUuid = options.newUuid ?? (() => crypto.randomUUID());
  const entry: BundleEntry[] = [];
  const collector: EntryCollector = {
    add(resource) {
      const fullUrl = `urn:uuid:${newUuid()}`;
      entry.push({ fullUrl, resource });
      return fullUrl;
    },
  };
  const patientUrls = new Map<string, string>();
  // Not Map.groupBy: Node 20, where the tests run, does not have it.
  const visitsOf = new Map<string, Visit[]>();
  for (const visit of records.visits)
    visitsOf.set(visit.patientId, [...(visitsOf.get(visit.patientId) ?? []), visit]);
  for (const patient of records.patients) {
    const url = collector.add(toFhirPatient(patient));
    patientUrls.set(patient.id, url);
    for (const visit of visitsOf.get(patient.id) ?? []) visitResources(visit, url, collector);
  }
  const orphan = records.visits.find((visit) => !patientUrls.has(visit.patientId));
  if (orphan !== undefined)
    throw new Error(`Visit ${orphan.id} belongs to a patient who is not in the export`);
  return {
    resourceType: 'Bundle',
    meta: { tag: [FORMAT_TAG] },
    type: 'collection',
    timestamp: options.now.toISOString(),
    entry,
  };
}
