import type { Sex } from '../../data/patients/patient.schema';

/** How each stored sex value reads on screen (values follow FHIR administrative gender). */
export const SEX_LABELS: Readonly<Record<Sex, string>> = {
  female: 'Female',
  male: 'Male',
  other: 'Other',
  unknown: 'Unknown',
};
