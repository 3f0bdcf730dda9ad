import { IDBFactory } from 'fake-indexeddb';
import { describe, expect, it, vi } from 'vitest';
import { closeDatabase, getDatabase } from '../db';
import { createPatientRepository } from '../patients/patient.repository';
import { createVisitRepository } from '../visits/visit.repository';
import { createFhirTransfer } from './fhir-transfer';
import { sampleDraftVisit, samplePatient, sampleSignedVisit } from './test-support/sample-records';

const transfer = createFhirTransfer(getDatabase, () => new Date('2025-03-10T12:00:00.000Z'));
const patients = createPatientRepository(getDatabase);
const visits = createVisitRepository(getDatabase);

async function store(rows: { patients?: unknown[]; visits?: unknown[] }): Promise<void> {
  await (
    await getDatabase()
  ).transact(['patients', 'visits'], 'readwrite', async (tx) => {
    for (const row of rows.patients ?? []) await tx.put('patients', row);
    for (const row of rows.visits ?? []) await tx.put('visits', row);
  });
}

async function everything() {
  return (await getDatabase()).transact(['patients', 'visits'], 'readonly', async (tx) => ({
    patients: await tx.getAll('patients'),
    visits: await tx.getAll('visits'),
  }));
}

/** Another device: a fresh, empty database. */
async function freshDevice(): Promise<void> {
  await closeDatabase();
  vi.stubGlobal('indexedDB', new IDBFactory());
}

describe('FHIR transfer against the device', () => {
  it('exports a patient, and another device imports the same records', async () => {
    await store({ patients: [samplePatient], visits: [sampleDraftVisit, sampleSignedVisit] });
    const file = await transfer.exportPatient(samplePatient.id);
    expect(file).toMatchObject({ patients: 1, visits: 2, unreadable: 0 });
    expect(file.fileName).toBe(
      `iliopsoas-workbench-fhir-patient-${samplePatient.id}-2025-03-10.json`,
    );

    await freshDevice();
    const outcome = await transfer.importText(file.text);
    expect(outcome.ok && outcome.summary).toEqual({
      patients: { added: 1, identical: 0, conflicting: 0 },
      visits: { added: 2, identical: 0, conflicting: 0 },
      conflicts: [],
    });
    expect(await patients.get(samplePatient.id)).toStrictEqual(samplePatient);
    expect(await visits.get(sampleSignedVisit.id)).toStrictEqual(sampleSignedVisit);
    expect(await visits.get(sampleDraftVisit.id)).toStrictEqual(sampleDraftVisit);
  });

  it('skips identical records and keeps the device’s version of a conflicting one', async () => {
    await store({ patients: [samplePatient], visits: [sampleDraftVisit] });
    const { text } = await transfer.exportAll();
    const again = await transfer.importText(text);
    expect(again.ok && again.summary.patients).toEqual({ added: 0, identical: 1, conflicting: 0 });

    const edited = { ...samplePatient, notes: 'Changed here.' };
    await store({ patients: [edited] });
    const outcome = await transfer.importText(text);
    expect(outcome.ok && outcome.summary).toMatchObject({
      patients: { added: 0, identical: 0, conflicting: 1 },
      visits: { added: 0, identical: 1, conflicting: 0 },
      conflicts: [{ kind: 'patient', id: samplePatient.id, label: 'Okafor, Adaeze' }],
    });
    expect(await patients.get(samplePatient.id)).toStrictEqual(edited);
  });

  it('does not give a second patient an identifier already in use, nor add their visits', async () => {
    await store({ patients: [samplePatient], visits: [sampleDraftVisit] });
    const { text } = await transfer.exportAll();
    await freshDevice();
    await store({ patients: [{ ...samplePatient, id: 'someone-else' }] });
    const outcome = await transfer.importText(text);
    expect(outcome.ok && outcome.summary).toMatchObject({
      patients: { added: 0, conflicting: 1 },
      visits: { added: 0, conflicting: 1 },
    });
    expect((await everything()).visits).toEqual([]);
  });

  it('changes nothing when the file has a problem anywhere', async () => {
    await store({ patients: [samplePatient], visits: [sampleDraftVisit] });
    const { text } = await transfer.exportAll();
    await freshDevice();
    await store({ patients: [{ ...samplePatient, id: 'already-here', identifier: 'X-1' }] });
    const before = await everything();
    const broken = text.replace('"gender": "female"', '"gender": "feline"');
    expect(broken).not.toBe(text);
    const outcome = await transfer.importText(broken);
    expect(outcome.ok).toBe(false);
    expect(await everything()).toEqual(before);
  });

  it('leaves unreadable rows out of an export of everything, and counts them', async () => {
    await store({
      patients: [samplePatient, { schemaVersion: 1, id: 'broken' }],
      visits: [sampleDraftVisit, { ...sampleDraftVisit, id: 'orphan', patientId: 'broken' }],
    });
    const file = await transfer.exportAll();
    expect(file).toMatchObject({ patients: 1, visits: 1, unreadable: 2 });
  });
});
