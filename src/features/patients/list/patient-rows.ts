import { isDemoIdentifier } from '../../../data/demo/demo-identifier';
import type { Attention } from '../../../data/fhir/sync/sync-state.schema';
import type { PatientId } from '../../../data/ids';
import { formatPatientName, type Patient, type Sex } from '../../../data/patients/patient.schema';
import { ageInYears } from '../../../lib/dates';

/** One table row: display text plus keys prepared once, so sorting and searching stay cheap. */
export interface PatientRow {
  readonly id: PatientId;
  readonly name: string;
  readonly identifier: string | undefined;
  readonly isDemo: boolean;
  readonly dateOfBirth: string;
  readonly age: number | undefined;
  readonly sex: Sex;
  readonly lastVisit: string | undefined;
  /** Set when the patient's FHIR sync needs the clinician: a conflict, or a failed sync. */
  readonly sync?: Attention | undefined;
  /** Family then given name, folded, for a plain `<` comparison. */
  readonly nameKey: string;
  /** Given, family and identifier, folded, for search. */
  readonly searchText: string;
}

/**
 * Lower case without accents, so "alvarez" finds "Álvarez". Folding once per row and comparing
 * with `<` sorts 10,000 names in a few milliseconds; Intl.Collator per comparison is ten times
 * slower, and for names the difference in order is only in accents, which folding settles.
 */
export function fold(text: string): string {
  return text
    .normalize('NFD')
    .replace(/\p{Diacritic}/gu, '')
    .toLowerCase();
}

export function toPatientRows(
  patients: readonly Patient[],
  lastVisits: ReadonlyMap<PatientId, string> | undefined,
  today: string,
  syncAttention?: ReadonlyMap<PatientId, Attention>,
): PatientRow[] {
  return patients.map((patient) => ({
    id: patient.id,
    name: formatPatientName(patient),
    identifier: patient.identifier,
    isDemo: isDemoIdentifier(patient.identifier),
    dateOfBirth: patient.dateOfBirth,
    age: ageInYears(patient.dateOfBirth, today),
    sex: patient.sex,
    lastVisit: lastVisits?.get(patient.id),
    sync: syncAttention?.get(patient.id),
    nameKey: `${fold(patient.familyName)}\u0000${fold(patient.givenName)}`,
    searchText: fold(`${patient.givenName} ${patient.familyName} ${patient.identifier ?? ''}`),
  }));
}

/** Rows whose name or identifier contains every word of the query ("ada eze", "mrn-1"). */
export function filterPatientRows(
  rows: readonly PatientRow[],
  query: string,
): readonly PatientRow[] {
  const terms = fold(query)
    .split(/[\s,]+/)
    .filter(Boolean);
  if (terms.length === 0) return rows;
  return rows.filter((row) => terms.every((term) => row.searchText.includes(term)));
}

/** Ascending comparison of prepared keys; the table reverses it for descending. */
export function compareKeys(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
