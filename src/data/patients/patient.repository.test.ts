import { describe, expect, it } from 'vitest';
import { getDatabase } from '../db';
import { createVisitRepository } from '../visits/visit.repository';
import {
  createPatientRepository,
  DuplicateIdentifierError,
  PatientNotFoundError,
} from './patient.repository';
import type { PatientInput } from './patient.schema';
import { StoredRecordError } from '../records';
import { isPatientId } from '../ids';

const fixedNow = () => new Date('2025-03-01T10:00:00.000Z');
const patients = createPatientRepository(getDatabase, fixedNow);
const visits = createVisitRepository(getDatabase, fixedNow);

const ada: PatientInput = {
  givenName: 'Ada',
  familyName: 'Eze',
  dateOfBirth: '1980-04-12',
  sex: 'female',
  identifier: 'MRN-1',
  notes: '',
};

async function putRaw(row: unknown): Promise<void> {
  await (await getDatabase()).transact(['patients'], 'readwrite', (tx) => tx.put('patients', row));
}

describe('patient repository', () => {
  it('saves a patient and reads the same record back', async () => {
    const created = await patients.create({ ...ada, givenName: '  Ada ', notes: 'Left hip pain' });
    expect(created).toMatchObject({
      schemaVersion: 1,
      givenName: 'Ada',
      familyName: 'Eze',
      notes: 'Left hip pain',
      createdAt: '2025-03-01T10:00:00.000Z',
      updatedAt: '2025-03-01T10:00:00.000Z',
    });
    expect(isPatientId(created.id)).toBe(true);
    expect(await patients.get(created.id)).toEqual(created);
    expect((await patients.list()).patients).toEqual([created]);
  });

  it('stores no identifier key when the identifier is left empty', async () => {
    const created = await patients.create({ ...ada, identifier: '   ' });
    expect('identifier' in created).toBe(false);
    const second = await patients.create({ ...ada, identifier: undefined });
    expect((await patients.list()).patients.map((p) => p.id).sort()).toEqual(
      [created.id, second.id].sort(),
    );
  });

  it('refuses a second patient with the same identifier and saves nothing', async () => {
    await patients.create(ada);
    const attempt = patients.create({ ...ada, givenName: 'Bo' });
    await expect(attempt).rejects.toBeInstanceOf(DuplicateIdentifierError);
    await expect(attempt).rejects.toThrow(
      'Another patient (Eze, Ada) already has the identifier MRN-1',
    );
    expect((await patients.list()).patients).toHaveLength(1);
  });

  it('updates a patient, keeping createdAt and refusing an identifier held by someone else', async () => {
    const first = await patients.create(ada);
    const second = await patients.create({ ...ada, identifier: 'MRN-2' });
    const later = createPatientRepository(getDatabase, () => new Date('2025-04-01T00:00:00.000Z'));
    const updated = await later.update(first.id, { ...ada, familyName: 'Eze-Okafor' });
    expect(updated).toMatchObject({
      familyName: 'Eze-Okafor',
      createdAt: first.createdAt,
      updatedAt: '2025-04-01T00:00:00.000Z',
    });
    await expect(later.update(second.id, { ...ada, identifier: 'MRN-1' })).rejects.toBeInstanceOf(
      DuplicateIdentifierError,
    );
    expect(await patients.get(second.id)).toEqual(second);
  });

  it('returns null for an unknown patient and refuses to update one', async () => {
    const missing = 'no-such-patient';
    if (!isPatientId(missing)) throw new Error('test id');
    expect(await patients.get(missing)).toBeNull();
    await expect(patients.update(missing, ada)).rejects.toBeInstanceOf(PatientNotFoundError);
  });

  it('deletes a patient together with their visits', async () => {
    const kept = await patients.create({ ...ada, identifier: 'KEEP' });
    const gone = await patients.create(ada);
    await visits.create({
      patientId: gone.id,
      date: '2025-01-01',
      clinician: 'A',
      careSetting: 'general',
      findings: {},
    });
    await visits.create({
      patientId: kept.id,
      date: '2025-01-02',
      clinician: 'A',
      careSetting: 'general',
      findings: {},
    });
    expect(await patients.remove(gone.id)).toEqual({ removedVisits: 1 });
    expect(await patients.get(gone.id)).toBeNull();
    expect((await visits.listForPatient(gone.id)).visits).toEqual([]);
    expect((await visits.listForPatient(kept.id)).visits).toHaveLength(1);
  });
});

describe('bad stored patient rows', () => {
  const good = {
    schemaVersion: 1,
    id: 'p-good',
    givenName: 'Ada',
    familyName: 'Eze',
    dateOfBirth: '1980-04-12',
    sex: 'female',
    notes: '',
    createdAt: '2025-01-01T00:00:00.000Z',
    updatedAt: '2025-01-01T00:00:00.000Z',
  };

  it.each([
    ['a missing family name', { ...good, id: 'p-bad', familyName: undefined }, 'familyName'],
    [
      'an impossible date of birth',
      { ...good, id: 'p-bad', dateOfBirth: '1980-02-30' },
      'dateOfBirth',
    ],
    ['an unknown sex', { ...good, id: 'p-bad', sex: 'F' }, 'sex'],
    ['an unexpected field', { ...good, id: 'p-bad', ssn: '123' }, 'ssn'],
    [
      'a schema version from the future',
      { ...good, id: 'p-bad', schemaVersion: 9 },
      'newer version',
    ],
  ])('reports a row with %s and still lists the good ones', async (_name, bad, mention) => {
    await putRaw(good);
    await putRaw(bad);
    const { patients: listed, unreadable } = await patients.list();
    expect(listed.map((p) => p.id)).toEqual(['p-good']);
    expect(unreadable).toHaveLength(1);
    expect(unreadable[0]).toMatchObject({ store: 'patients', key: 'p-bad' });
    expect(unreadable[0]?.reason).toContain(mention);
    const id = 'p-bad';
    if (!isPatientId(id)) throw new Error('test id');
    await expect(patients.get(id)).rejects.toBeInstanceOf(StoredRecordError);
  });
});
