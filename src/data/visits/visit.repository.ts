import { getDatabase, type Database } from '../db';
import { newVisitId, type PatientId, type VisitId } from '../ids';
import { parseStoredRecord, parseStoredRecords, type UnreadableRecord } from '../records';
import { visitRecord, visitSchema, type Visit } from './visit.schema';

export type VisitInput = Pick<
  Visit,
  'patientId' | 'date' | 'clinician' | 'careSetting' | 'findings'
>;

export interface VisitList {
  readonly visits: Visit[];
  readonly unreadable: UnreadableRecord[];
}

/** Newest first, then by creation so two visits on one day keep a stable order. */
function newestFirst(a: Visit, b: Visit): number {
  if (a.date !== b.date) return a.date < b.date ? 1 : -1;
  return a.createdAt < b.createdAt ? 1 : a.createdAt > b.createdAt ? -1 : 0;
}

export function createVisitRepository(
  database: () => Promise<Database>,
  now: () => Date = () => new Date(),
) {
  return {
    async listForPatient(patientId: PatientId): Promise<VisitList> {
      const rows = await (
        await database()
      ).transact(['visits'], 'readonly', (tx) => tx.getVisitsOfPatient(patientId));
      const { records, unreadable } = parseStoredRecords(visitRecord, rows);
      return { visits: records.sort(newestFirst), unreadable };
    },

    async get(id: VisitId): Promise<Visit | null> {
      const row = await (
        await database()
      ).transact(['visits'], 'readonly', (tx) => tx.get('visits', id));
      return row === undefined ? null : parseStoredRecord(visitRecord, row);
    },

    /**
     * The date of each patient's most recent visit, for the patients table. Unreadable rows are
     * skipped here; they are reported on the patient's own screen.
     */
    async lastVisitDates(): Promise<ReadonlyMap<PatientId, string>> {
      const rows = await (
        await database()
      ).transact(['visits'], 'readonly', (tx) => tx.getAll('visits'));
      const latest = new Map<PatientId, string>();
      for (const visit of parseStoredRecords(visitRecord, rows).records) {
        const current = latest.get(visit.patientId);
        if (current === undefined || visit.date > current) latest.set(visit.patientId, visit.date);
      }
      return latest;
    },

    /** Starts a draft visit. Editing and signing arrive with the visit workspace. */
    async create(input: VisitInput): Promise<Visit> {
      const timestamp = now().toISOString();
      const record = visitSchema.parse({
        schemaVersion: visitRecord.version,
        id: newVisitId(),
        ...input,
        status: 'draft',
        revision: 1,
        createdAt: timestamp,
        updatedAt: timestamp,
      });
      await (await database()).transact(['visits'], 'readwrite', (tx) => tx.add('visits', record));
      return record;
    },
  };
}

export type VisitRepository = ReturnType<typeof createVisitRepository>;

export const visitRepository = createVisitRepository(getDatabase);
