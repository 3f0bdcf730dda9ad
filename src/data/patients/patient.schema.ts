import { z } from 'zod';
import { isPatientId, type PatientId } from '../ids';
import type { RecordType } from '../records';
import { RECORD_VERSIONS } from '../record-versions';

export const SEX_VALUES = ['female', 'male', 'other', 'unknown'] as const;
/** FHIR administrative gender, so the later FHIR mapping is one-to-one. */
export type Sex = (typeof SEX_VALUES)[number];

export const patientIdSchema = z.custom<PatientId>(isPatientId, {
  error: 'Not a valid patient id',
});

/** Names are what the clinician typed, trimmed; length caps keep layouts and exports sane. */
const nameSchema = (what: string) =>
  z
    .string({ error: `Enter the ${what}` })
    .trim()
    .min(1, `Enter the ${what}`)
    .max(100, `The ${what} can be at most 100 characters`);

/**
 * A patient as stored on the device (schema version 1).
 *
 * Time-dependent rules (date of birth not in the future, age at most 120) belong to the form,
 * not here: a record that was valid when saved must stay readable as the years pass.
 */
export const patientSchema = z.strictObject({
  schemaVersion: z.literal(RECORD_VERSIONS.patients),
  id: patientIdSchema,
  givenName: nameSchema('given name'),
  familyName: nameSchema('family name'),
  dateOfBirth: z.iso.date({ error: 'Enter the date of birth as a full date' }),
  sex: z.enum(SEX_VALUES, { error: 'Choose the sex recorded for this patient' }),
  /** A local identifier such as a hospital or clinic number; unique across patients when set. */
  identifier: z
    .string()
    .trim()
    .min(1, 'Enter the identifier or leave it empty')
    .max(64, 'The identifier can be at most 64 characters')
    .optional(),
  notes: z.string().max(4000, 'Notes can be at most 4,000 characters'),
  createdAt: z.iso.datetime(),
  updatedAt: z.iso.datetime(),
});

export type Patient = z.infer<typeof patientSchema>;

/** What a clinician enters; ids, timestamps and versions are the repository's job. */
export type PatientInput = Pick<
  Patient,
  'givenName' | 'familyName' | 'dateOfBirth' | 'sex' | 'notes'
> & {
  readonly identifier?: string | undefined;
};

export const patientRecord: RecordType<Patient> = {
  label: 'patient',
  store: 'patients',
  version: RECORD_VERSIONS.patients,
  // Version 1 is the first shipped shape. To change it: add `1: (v1) => v2` here, bump
  // `RECORD_VERSIONS.patients`, and add a test in patient.migrations.test.ts.
  migrations: {},
  schema: patientSchema,
};

/** "Okafor, Adaeze": clinical lists sort and show family name first. */
export function formatPatientName(patient: Pick<Patient, 'givenName' | 'familyName'>): string {
  return `${patient.familyName}, ${patient.givenName}`;
}
