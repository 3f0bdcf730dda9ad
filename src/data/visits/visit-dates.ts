import { queryOptions } from '@tanstack/react-query';
import { getDatabase, type Database } from '../db';
import { isPatientId, type PatientId } from '../ids';

/**
 * Each patient's latest visit date, for the patients table. Kept apart from the visit repository
 * on purpose: the patients list is the first screen, and the visit schema (with the knowledge base
 * inside it) is not needed to read an index of dates.
 */

/** Every visit query's key starts here, so invalidating it refreshes this one too. */
export const VISIT_QUERY_ROOT = ['visits'] as const;

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

/**
 * Read from an index alone, so opening the list does not load every visit (50,000 visits take
 * seconds to read and parse); a date that is not a calendar date (a damaged row) is skipped
 * here, and the row is reported on the patient's own screen.
 */
export function createLastVisitDatesReader(database: () => Promise<Database>) {
  return async function readLastVisitDates(): Promise<ReadonlyMap<PatientId, string>> {
    const dates = await (
      await database()
    ).transact(['visits'], 'readonly', (tx) => tx.latestVisitDates());
    const latest = new Map<PatientId, string>();
    for (const [patientId, date] of dates) {
      if (isPatientId(patientId) && ISO_DATE.test(date)) latest.set(patientId, date);
    }
    return latest;
  };
}

const readLastVisitDates = createLastVisitDatesReader(getDatabase);

export const lastVisitDatesQuery = () =>
  queryOptions({
    queryKey: [...VISIT_QUERY_ROOT, 'list', 'last-dates'] as const,
    queryFn: () => readLastVisitDates(),
  });
