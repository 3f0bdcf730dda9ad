import { z } from 'zod';
import { patientSchema, type PatientInput } from '../../../data/patients/patient.schema';
import { ageInYears } from '../../../lib/dates';

/** Oldest age the form accepts: beyond it, a typo in the year is far likelier than a patient. */
export const MAX_AGE_YEARS = 120;

/**
 * The new/edit patient form: the stored record's fields and messages, plus the rules that
 * depend on today (which the stored record must not have, or it would expire).
 */
export function createPatientFormSchema(today: string) {
  const record = patientSchema.shape;
  return patientSchema.pick({ givenName: true, familyName: true, sex: true, notes: true }).extend({
    dateOfBirth: record.dateOfBirth
      .refine((date) => date <= today, 'Date of birth cannot be in the future')
      .refine((date) => (ageInYears(date, today) ?? 0) <= MAX_AGE_YEARS, {
        error: `Check the year: that would make the patient older than ${String(MAX_AGE_YEARS)}`,
      }),
    // Optional in the record; an empty box means "none" here.
    identifier: z.string().trim().max(64, 'The identifier can be at most 64 characters'),
  });
}

export type PatientFormSchema = ReturnType<typeof createPatientFormSchema>;
export type PatientFormValues = z.input<PatientFormSchema>;
export type PatientFormOutput = z.output<PatientFormSchema>;

export function toPatientInput(values: PatientFormOutput): PatientInput {
  return { ...values, identifier: values.identifier === '' ? undefined : values.identifier };
}

/** Only the form's own fields: the schema is strict, so ids or timestamps here would fail it. */
export function toFormValues(patient: PatientInput): PatientFormValues {
  return {
    givenName: patient.givenName,
    familyName: patient.familyName,
    dateOfBirth: patient.dateOfBirth,
    sex: patient.sex,
    identifier: patient.identifier ?? '',
    notes: patient.notes,
  };
}
