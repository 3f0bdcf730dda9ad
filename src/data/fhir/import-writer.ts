import type { Database, StorageTransaction } from '../db';
import { formatPatientName, patientRecord, type Patient } from '../patients/patient.schema';
import { keyOf, readRecord, type RecordType } from '../records';
import { visitRecord, type Visit } from '../visits/visit.schema';
import type { ImportedRecords } from './bundle-import';

/**
 * Writes imported patients and visits in one transaction: all of it lands, or (if the browser
 * refuses a write) none of it. A record already on the device is never overwritten: the same
 * record is skipped as identical, a different one is kept as it is and reported as a conflict.
 *
 * A small interface of its own for now; when the backup restore (src/data/backup) offers the same
 * "add, skip identical, report conflicts" write, this should become a call to it.
 */
export interface ImportCounts {
  readonly added: number;
  readonly identical: number;
  readonly conflicting: number;
}

export interface ImportConflict {
  readonly kind: 'patient' | 'visit';
  readonly id: string;
  /** "Okafor, Adaeze" for a patient, the date for a visit. */
  readonly label: string;
  readonly reason: string;
}

export interface ImportSummary {
  readonly patients: ImportCounts;
  readonly visits: ImportCounts;
  readonly conflicts: readonly ImportConflict[];
}

/** Deep equality of stored records, ignoring the order of object keys (drafts keep typing order). */
export function sameRecord(a: unknown, b: unknown): boolean {
  if (Object.is(a, b)) return true;
  if (Array.isArray(a) || Array.isArray(b))
    return (
      Array.isArray(a) &&
      Array.isArray(b) &&
      a.length === b.length &&
      a.every((v, i) => sameRecord(v, b[i]))
    );
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false;
  const keysA = Object.keys(a);
  const keysB = new Set(Object.keys(b));
  return (
    keysA.length === keysB.size &&
    keysA.every(
      (key) =>
        keysB.has(key) &&
        sameRecord((a as Record<string, unknown>)[key], (b as Record<string, unknown>)[key]),
    )
  );
}

type Outcome = 'added' | 'identical' | { readonly reason: string };

async function compare<T>(
  tx: StorageTransaction,
  type: RecordType<T>,
  id: string,
  record: T,
): Promise<Outcome | 'absent'> {
  const row = await tx.get(type.store, id);
  if (row === undefined) return 'absent';
  const stored = readRecord(type, row);
  if (!stored.ok)
    return {
      reason: `the ${type.label} on this device cannot be read (${stored.problem.reason}); it was left as it is`,
    };
  return sameRecord(stored.value, record)
    ? 'identical'
    : { reason: 'differs from the one on this device, which was kept' };
}

async function writePatient(tx: StorageTransaction, patient: Patient): Promise<Outcome> {
  const existing = await compare(tx, patientRecord, patient.id, patient);
  if (existing !== 'absent') return existing;
  if (patient.identifier !== undefined) {
    const holder = await tx.getByIdentifier(patient.identifier);
    if (holder !== undefined)
      return {
        reason: `another patient on this device (${keyOf(holder)}) has the identifier ${patient.identifier}`,
      };
  }
  await tx.add('patients', patient);
  return 'added';
}

async function writeVisit(
  tx: StorageTransaction,
  visit: Visit,
  patientHere: boolean,
): Promise<Outcome> {
  const existing = await compare(tx, visitRecord, visit.id, visit);
  if (existing !== 'absent') return existing;
  if (!patientHere) return { reason: 'its patient was not imported (see above)' };
  await tx.add('visits', visit);
  return 'added';
}

function tally(outcomes: readonly Outcome[]): ImportCounts {
  return {
    added: outcomes.filter((o) => o === 'added').length,
    identical: outcomes.filter((o) => o === 'identical').length,
    conflicting: outcomes.filter((o) => typeof o === 'object').length,
  };
}

export async function writeImportedRecords(
  database: () => Promise<Database>,
  records: ImportedRecords,
): Promise<ImportSummary> {
  return (await database()).transact(['patients', 'visits'], 'readwrite', async (tx) => {
    const conflicts: ImportConflict[] = [];
    const patientsHere = new Set<string>();
    const patientOutcomes: Outcome[] = [];
    for (const patient of records.patients) {
      const outcome = await writePatient(tx, patient);
      patientOutcomes.push(outcome);
      if (typeof outcome === 'object')
        conflicts.push({
          kind: 'patient',
          id: patient.id,
          label: formatPatientName(patient),
          reason: outcome.reason,
        });
      // A conflicting patient still exists here when the ids match, so their visits can join them.
      if (outcome !== 'added' && (await tx.get('patients', patient.id)) === undefined) continue;
      patientsHere.add(patient.id);
    }
    const visitOutcomes: Outcome[] = [];
    for (const visit of records.visits) {
      const outcome = await writeVisit(tx, visit, patientsHere.has(visit.patientId));
      visitOutcomes.push(outcome);
      if (typeof outcome === 'object')
        conflicts.push({ kind: 'visit', id: visit.id, label: visit.date, reason: outcome.reason });
    }
    return { patients: tally(patientOutcomes), visits: tally(visitOutcomes), conflicts };
  });
}
