import { getDatabase, type Database, type StorageTransaction } from '../db';
import { newPatientId, type PatientId } from '../ids';
import {
  parseStoredRecord,
  parseStoredRecords,
  readRecord,
  type UnreadableRecord,
} from '../records';
import { isConstraintError } from '../storage/storage-errors';
import {
  formatPatientName,
  patientRecord,
  patientSchema,
  type Patient,
  type PatientInput,
} from './patient.schema';

/** Another patient already has this identifier; the form shows it at the identifier field. */
export class DuplicateIdentifierError extends Error {
  readonly identifier: string;
  /** "Okafor, Adaeze", when the other record is readable. */
  readonly otherPatientName: string | undefined;
  constructor(identifier: string, otherPatientName?: string) {
    super(
      otherPatientName
        ? `Another patient (${otherPatientName}) already has the identifier ${identifier}`
        : `Another patient already has the identifier ${identifier}`,
    );
    this.name = 'DuplicateIdentifierError';
    this.identifier = identifier;
    this.otherPatientName = otherPatientName;
  }
}

export class PatientNotFoundError extends Error {
  constructor(id: PatientId) {
    super(`No patient with id ${id} on this device`);
    this.name = 'PatientNotFoundError';
  }
}

export interface PatientList {
  readonly patients: Patient[];
  readonly unreadable: UnreadableRecord[];
}

/** Builds and validates the stored record; `parse` on write is the last line of defence. */
function toRecord(
  input: PatientInput,
  meta: Pick<Patient, 'id' | 'createdAt' | 'updatedAt'>,
): Patient {
  const identifier = input.identifier?.trim();
  return patientSchema.parse({
    schemaVersion: patientRecord.version,
    id: meta.id,
    givenName: input.givenName,
    familyName: input.familyName,
    dateOfBirth: input.dateOfBirth,
    sex: input.sex,
    ...(identifier ? { identifier } : {}),
    notes: input.notes,
    createdAt: meta.createdAt,
    updatedAt: meta.updatedAt,
  });
}

async function assertIdentifierFree(tx: StorageTransaction, record: Patient): Promise<void> {
  if (record.identifier === undefined) return;
  const holder = await tx.getByIdentifier(record.identifier);
  if (holder === undefined) return;
  const other = readRecord(patientRecord, holder);
  if (other.ok && other.value.id === record.id) return;
  throw new DuplicateIdentifierError(
    record.identifier,
    other.ok ? formatPatientName(other.value) : undefined,
  );
}

/** Checks first for a helpful message; the unique index still guards a race between two tabs. */
async function putPatient(
  tx: StorageTransaction,
  record: Patient,
  mode: 'add' | 'put',
): Promise<void> {
  await assertIdentifierFree(tx, record);
  try {
    await (mode === 'add' ? tx.add('patients', record) : tx.put('patients', record));
  } catch (error) {
    if (isConstraintError(error) && record.identifier !== undefined) {
      throw new DuplicateIdentifierError(record.identifier);
    }
    throw error;
  }
}

export function createPatientRepository(
  database: () => Promise<Database>,
  now: () => Date = () => new Date(),
) {
  return {
    async list(): Promise<PatientList> {
      const rows = await (
        await database()
      ).transact(['patients'], 'readonly', (tx) => tx.getAll('patients'));
      const { records, unreadable } = parseStoredRecords(patientRecord, rows);
      return { patients: records, unreadable };
    },

    /** `null` when there is no such patient; throws `StoredRecordError` when the row is unreadable. */
    async get(id: PatientId): Promise<Patient | null> {
      const row = await (
        await database()
      ).transact(['patients'], 'readonly', (tx) => tx.get('patients', id));
      return row === undefined ? null : parseStoredRecord(patientRecord, row);
    },

    async create(input: PatientInput): Promise<Patient> {
      const timestamp = now().toISOString();
      const record = toRecord(input, {
        id: newPatientId(),
        createdAt: timestamp,
        updatedAt: timestamp,
      });
      await (
        await database()
      ).transact(['patients'], 'readwrite', (tx) => putPatient(tx, record, 'add'));
      return record;
    },

    async update(id: PatientId, input: PatientInput): Promise<Patient> {
      return (await database()).transact(['patients'], 'readwrite', async (tx) => {
        const row = await tx.get('patients', id);
        if (row === undefined) throw new PatientNotFoundError(id);
        const existing = parseStoredRecord(patientRecord, row);
        const record = toRecord(input, {
          id,
          createdAt: existing.createdAt,
          updatedAt: now().toISOString(),
        });
        await putPatient(tx, record, 'put');
        return record;
      });
    },

    /** Removes the patient and all of their visits together, or nothing. */
    async remove(id: PatientId): Promise<{ readonly removedVisits: number }> {
      return (await database()).transact(['patients', 'visits'], 'readwrite', async (tx) => {
        if ((await tx.get('patients', id)) === undefined) throw new PatientNotFoundError(id);
        const visitKeys = await tx.getVisitKeysOfPatient(id);
        await Promise.all(visitKeys.map((key) => tx.delete('visits', key)));
        await tx.delete('patients', id);
        return { removedVisits: visitKeys.length };
      });
    },
  };
}

export type PatientRepository = ReturnType<typeof createPatientRepository>;

export const patientRepository = createPatientRepository(getDatabase);
