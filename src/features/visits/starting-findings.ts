import type { Patient } from '../../data/patients/patient.schema';
import type { StoredFindings } from '../../data/visits/findings-form';
import { ageInYears } from '../../lib/dates';

/**
 * What a new visit's exam starts with, from the patient record: the age on the visit date and the
 * sex where the record gives female or male. Both set the starting probabilities of age- and
 * sex-specific conditions (a slipped epiphysis at 13, a testicular torsion), so a visit should not
 * start without them when the record knows them. The clinician can change either in the exam.
 * Values are stored as the form holds them (numbers as text).
 */
export function startingFindings(
  patient: Pick<Patient, 'dateOfBirth' | 'sex'>,
  visitDate: string,
): StoredFindings {
  const age = ageInYears(patient.dateOfBirth, visitDate);
  return {
    ...(age === undefined || age < 0 ? {} : { age: String(age) }),
    ...(patient.sex === 'female' || patient.sex === 'male' ? { sex: patient.sex } : {}),
  };
}
