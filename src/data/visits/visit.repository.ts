import { getDatabase, type Database } from '../db';
import { newVisitId, type PatientId, type VisitId } from '../ids';
import { parseStoredRecord, parseStoredRecords, type UnreadableRecord } from '../records';
import { VisitConflictError, VisitLockedError, VisitNotFoundError } from './visit-errors';
import { signedVisit } from './visit-signing';
import { createLastVisitDatesReader } from './visit-dates';
import { planSchema, type Plan } from './plan.schema';
import {
  redFlagActionSchema,
  visitRecord,
  visitSchema,
  type RedFlagAction,
  type Visit,
} from './visit.schema';

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

    /** The date of each patient's most recent visit (see visit-dates.ts). */
    lastVisitDates: createLastVisitDatesReader(database),

    /** Starts a draft visit. */
    async create(input: VisitInput): Promise<Visit> {
      const timestamp = now().toISOString();
      const record = visitSchema.parse({
        schemaVersion: visitRecord.version,
        id: newVisitId(),
        ...input,
        redFlagActions: [],
        addenda: [],
        status: 'draft',
        revision: 1,
        createdAt: timestamp,
        updatedAt: timestamp,
      });
      await (await database()).transact(['visits'], 'readwrite', (tx) => tx.add('visits', record));
      return record;
    },

    /**
     * Reads, checks and writes in one transaction: the change lands only if the stored visit is
     * still at `expectedRevision` (else VisitConflictError, and nothing is overwritten) and, unless
     * `allowSigned`, only on a draft (else VisitLockedError).
     */
    async update(
      id: VisitId,
      expectedRevision: number,
      change: (visit: Visit) => Visit,
      allowSigned = false,
    ): Promise<Visit> {
      return (await database()).transact(['visits'], 'readwrite', async (tx) => {
        const row = await tx.get('visits', id);
        if (row === undefined) throw new VisitNotFoundError();
        const current = parseStoredRecord(visitRecord, row);
        if (current.revision !== expectedRevision) throw new VisitConflictError(current);
        if (current.status === 'signed' && !allowSigned) throw new VisitLockedError();
        const next = visitSchema.parse({
          ...change(current),
          revision: current.revision + 1,
          updatedAt: now().toISOString(),
        });
        await tx.put('visits', next);
        return next;
      });
    },

    /** Autosave of the exam draft: exactly what was typed, invalid entries included. */
    saveFindings(
      id: VisitId,
      expectedRevision: number,
      findings: Visit['findings'],
    ): Promise<Visit> {
      return this.update(id, expectedRevision, (visit) => ({ ...visit, findings }));
    },

    /**
     * Autosave of the treatment plan, under the same revision check as the exam. A signed visit's
     * plan is locked with the rest of it.
     */
    async savePlan(id: VisitId, expectedRevision: number, plan: Plan): Promise<Visit> {
      const parsed = planSchema.parse(plan);
      return this.update(id, expectedRevision, (visit) => ({ ...visit, plan: parsed }));
    },

    /** Records what was done about a red flag, replacing an earlier answer for the same flag. */
    async recordRedFlagAction(
      id: VisitId,
      expectedRevision: number,
      action: Omit<RedFlagAction, 'recordedAt'>,
    ): Promise<Visit> {
      const recorded = redFlagActionSchema.parse({ ...action, recordedAt: now().toISOString() });
      return this.update(id, expectedRevision, (visit) => ({
        ...visit,
        redFlagActions: [
          ...visit.redFlagActions.filter((a) => a.redFlagId !== recorded.redFlagId),
          recorded,
        ],
      }));
    },

    /**
     * Signs the visit: refused while any entry is invalid or any red flag is unanswered. The
     * signature keeps the knowledge-base version and what the assessment said.
     */
    sign(id: VisitId, expectedRevision: number, signedBy: string): Promise<Visit> {
      return this.update(id, expectedRevision, (visit) => signedVisit(visit, signedBy, now()));
    },

    /** Adds a note to a signed visit; the signed content stays as it was. */
    addAddendum(
      id: VisitId,
      expectedRevision: number,
      addendum: { text: string; author: string },
    ): Promise<Visit> {
      return this.update(
        id,
        expectedRevision,
        (visit) => {
          if (visit.status !== 'signed')
            throw new Error('Addenda are for signed visits; edit the draft instead.');
          return {
            ...visit,
            addenda: [
              ...visit.addenda,
              {
                id: `${id}-a${visit.addenda.length + 1}`,
                createdAt: now().toISOString(),
                ...addendum,
              },
            ],
          };
        },
        true,
      );
    },
  };
}

export type VisitRepository = ReturnType<typeof createVisitRepository>;

export const visitRepository = createVisitRepository(getDatabase);
