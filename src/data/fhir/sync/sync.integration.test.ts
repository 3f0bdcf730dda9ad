import { createServer } from 'node:net';
import { afterEach, describe, expect, inject, it } from 'vitest';
import { openDatabase, type Database } from '../../db';
import { newPatientId, newVisitId, type PatientId } from '../../ids';
import { createPatientRepository } from '../../patients/patient.repository';
import { patientRecord, patientSchema, type Patient } from '../../patients/patient.schema';
import { parseStoredRecord, parseStoredRecords } from '../../records';
import { visitRecord, visitSchema, type Visit } from '../../visits/visit.schema';
import { readFhirBundle } from '../bundle-import';
import { toFhirBundle } from '../fhir-mapping';
import { createFhirClient, FhirRequestError, isRetryable } from './fhir-client';
import { syncPatient, type SyncDeps } from './sync-engine';
import { appSyncMapping } from './sync-mapping';
import { syncStateRecord, type SyncState } from './sync-state.schema';

/**
 * The sync against a real FHIR R4 server (scripts/fhir-server.ts: @medplum/fhir-router with its
 * memory repository, validating every write), started by globalSetup for this run. Two
 * IndexedDB databases play two devices sharing the server.
 */
const baseUrl = inject('fhirBaseUrl');
const opened: Database[] = [];

afterEach(() => {
  for (const db of opened.splice(0)) db.close();
});

async function device(name: string): Promise<Database> {
  const db = await openDatabase({ name });
  opened.push(db);
  return db;
}

function depsFor(db: Database, extra: Partial<SyncDeps> & { fetch?: typeof fetch } = {}): SyncDeps {
  const { fetch: fetchImpl, ...rest } = extra;
  return {
    database: () => Promise.resolve(db),
    mapping: appSyncMapping,
    client: createFhirClient({ baseUrl, ...(fetchImpl ? { fetch: fetchImpl } : {}) }),
    ...rest,
  };
}

const STAMP = '2025-03-01T10:00:00.000Z';

function makePatient(): Patient {
  return patientSchema.parse({
    schemaVersion: patientRecord.version,
    id: newPatientId(),
    givenName: 'Ines',
    familyName: 'Navarro',
    dateOfBirth: '1984-03-09',
    sex: 'female',
    identifier: `SYNC-${crypto.randomUUID().slice(0, 8)}`,
    notes: 'Left groin pain when kicking.',
    createdAt: STAMP,
    updatedAt: STAMP,
  });
}

function makeVisit(patientId: PatientId, date: string, painNow: string): Visit {
  return visitSchema.parse({
    schemaVersion: visitRecord.version,
    id: newVisitId(),
    patientId,
    date,
    clinician: 'Sam Clinician',
    careSetting: 'sports',
    status: 'draft',
    findings: {
      age: '41',
      'pain-now': painNow,
      'symptomatic-side': 'left',
      'thomas-test': { left: 'positive', right: 'negative' },
      'hip-flexion-rom': { left: '105', right: '120' },
    },
    redFlagActions: [],
    addenda: [],
    revision: 3,
    createdAt: STAMP,
    updatedAt: STAMP,
  });
}

async function store(db: Database, patient: Patient, visits: readonly Visit[]): Promise<void> {
  await db.transact(['patients', 'visits'], 'readwrite', async (tx) => {
    await tx.put('patients', patient);
    for (const visit of visits) await tx.put('visits', visit);
  });
}

async function local(db: Database, id: PatientId): Promise<{ patient: Patient; visits: Visit[] }> {
  return db.transact(['patients', 'visits'], 'readonly', async (tx) => ({
    patient: parseStoredRecord(patientRecord, await tx.get('patients', id)),
    visits: parseStoredRecords(visitRecord, await tx.getVisitsOfPatient(id)).records.sort((a, b) =>
      a.id < b.id ? -1 : 1,
    ),
  }));
}

async function stateOf(db: Database, id: PatientId): Promise<SyncState> {
  return parseStoredRecord(
    syncStateRecord,
    await db.transact(['fhirSync'], 'readonly', (tx) => tx.get('fhirSync', id)),
  );
}

/** Reads a resource straight from the server, as another client would. */
async function onServer(
  path: string,
): Promise<Record<string, unknown> & { meta: { versionId: string } }> {
  const response = await fetch(`${baseUrl}/${path}`);
  expect(response.status).toBe(200);
  return (await response.json()) as Record<string, unknown> & { meta: { versionId: string } };
}

/** Changes a resource on the server as another client would (a versioned update). */
async function editOnServer(
  path: string,
  change: (resource: Record<string, unknown>) => void,
): Promise<void> {
  const resource = await onServer(path);
  change(resource);
  const response = await fetch(`${baseUrl}/${path}`, {
    method: 'PUT',
    headers: {
      'Content-Type': 'application/fhir+json',
      'If-Match': `W/"${resource.meta.versionId}"`,
    },
    body: JSON.stringify(resource),
  });
  expect(response.status).toBe(200);
}

async function closedPort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  if (address === null || typeof address === 'string') throw new Error('no port');
  await new Promise<void>((resolve) => {
    server.close(() => {
      resolve();
    });
  });
  return address.port;
}

/** A device with a patient and two visits, already synced. */
async function syncedDevice(name = 'device-a') {
  const db = await device(name);
  const patient = makePatient();
  const visits = [
    makeVisit(patient.id, '2025-02-01', '6'),
    makeVisit(patient.id, '2025-02-15', '4'),
  ];
  await store(db, patient, visits);
  const summary = await syncPatient(depsFor(db), patient.id);
  return { db, patient, visits, summary };
}

describe('sync with a real FHIR R4 server', () => {
  it('pushes a patient and their visits, then finds nothing to do', async () => {
    const { db, patient, visits, summary } = await syncedDevice();
    expect(summary).toMatchObject({ outcome: 'synced', sent: 3, received: 0, conflicts: 0 });

    expect(await onServer(`Patient/${patient.id}`)).toMatchObject({
      name: [{ family: 'Navarro', given: ['Ines'] }],
      birthDate: '1984-03-09',
    });
    for (const visit of visits) {
      expect(await onServer(`Encounter/${visit.id}`)).toMatchObject({
        subject: { reference: `Patient/${patient.id}` },
      });
    }
    const observations = await onServer(`Observation?subject=Patient/${patient.id}`);
    expect(observations.total).toBeGreaterThanOrEqual(2 * 5);

    expect(await syncPatient(depsFor(db), patient.id)).toMatchObject({
      outcome: 'synced',
      sent: 0,
      received: 0,
      unchanged: 3,
    });
    const state = await stateOf(db, patient.id);
    expect(state.serverUrl).toBe(baseUrl);
    expect(state.units.every((unit) => unit.conflict === undefined)).toBe(true);
  });

  it('sends a local change as an update with If-Match, and only what changed', async () => {
    const { db, patient } = await syncedDevice();
    const before = await onServer(`Patient/${patient.id}`);
    await createPatientRepository(() => Promise.resolve(db)).update(patient.id, {
      ...patient,
      familyName: 'Navarro-Lindqvist',
    });
    const bodies: unknown[] = [];
    const spy: typeof fetch = (input, init) => {
      if (init?.method === 'POST' && typeof init.body === 'string')
        bodies.push(JSON.parse(init.body));
      return fetch(input, init);
    };
    expect(await syncPatient(depsFor(db, { fetch: spy }), patient.id)).toMatchObject({ sent: 1 });
    expect(bodies).toEqual([
      {
        resourceType: 'Bundle',
        type: 'transaction',
        entry: [
          expect.objectContaining({
            request: {
              method: 'PUT',
              url: `Patient/${patient.id}`,
              ifMatch: `W/"${before.meta.versionId}"`,
            },
          }),
        ],
      },
    ]);
    const after = await onServer(`Patient/${patient.id}`);
    expect(after).toMatchObject({ name: [{ family: 'Navarro-Lindqvist' }] });
    expect(after.meta.versionId).not.toBe(before.meta.versionId);
  });

  it('takes a change made on the server into this device', async () => {
    const { db, patient } = await syncedDevice();
    await editOnServer(`Patient/${patient.id}`, (resource) => {
      resource.name = [{ use: 'official', family: 'Okafor', given: ['Ines'] }];
    });
    expect(await syncPatient(depsFor(db), patient.id)).toMatchObject({ received: 1, sent: 0 });
    expect((await local(db, patient.id)).patient).toMatchObject({
      familyName: 'Okafor',
      givenName: 'Ines',
    });
    expect(await syncPatient(depsFor(db), patient.id)).toMatchObject({
      received: 0,
      sent: 0,
      unchanged: 3,
    });
  });

  it('brings visits recorded on another device, adopting the same patient', async () => {
    const a = await syncedDevice('device-a');
    const b = await device('device-b');
    await store(b, a.patient, []);
    expect(await syncPatient(depsFor(b), a.patient.id)).toMatchObject({
      outcome: 'synced',
      received: 2,
      sent: 0,
      unchanged: 1,
    });
    const onB = await local(b, a.patient.id);
    expect(onB.visits).toEqual([...a.visits].sort((x, y) => (x.id < y.id ? -1 : 1)));
  });

  it('a patient imported from another device’s FHIR export links up with the server copy', async () => {
    const a = await syncedDevice('device-a');
    const exported = toFhirBundle(
      { patients: [a.patient], visits: a.visits },
      { now: new Date('2025-03-02T09:00:00.000Z') },
    );
    const reading = readFhirBundle(JSON.stringify(exported));
    if (!reading.ok) throw new Error('the export did not read back');
    const b = await device('device-b');
    const [imported] = reading.records.patients;
    if (!imported) throw new Error('no patient in the export');
    await store(b, imported, reading.records.visits);
    expect(await syncPatient(depsFor(b), a.patient.id)).toMatchObject({
      outcome: 'synced',
      sent: 0,
      received: 0,
      conflicts: 0,
      unchanged: 3,
    });
  });

  it('a change on both sides is a conflict: nothing is overwritten until the clinician chooses', async () => {
    const a = await syncedDevice('device-a');
    const b = await device('device-b');
    await store(b, a.patient, a.visits);
    await syncPatient(depsFor(b), a.patient.id);

    const repoA = createPatientRepository(() => Promise.resolve(a.db));
    const repoB = createPatientRepository(() => Promise.resolve(b));
    await repoA.update(a.patient.id, { ...a.patient, notes: 'From A: worse on stairs.' });
    await syncPatient(depsFor(a.db), a.patient.id);
    await repoB.update(a.patient.id, { ...a.patient, notes: 'From B: better after rest.' });

    const summary = await syncPatient(depsFor(b), a.patient.id);
    expect(summary).toMatchObject({ outcome: 'conflict', conflicts: 1, sent: 0, received: 0 });
    expect((await local(b, a.patient.id)).patient.notes).toBe('From B: better after rest.');
    expect(JSON.stringify(await onServer(`Patient/${a.patient.id}`))).toContain(
      'From A: worse on stairs.',
    );
    const unit = (await stateOf(b, a.patient.id)).units.find((u) => u.key === 'patient');
    expect(unit?.conflict?.reason).toBe('both-changed');
    expect((await stateOf(b, a.patient.id)).attention).toBe('conflict');
    expect(unit?.conflict?.localUpdatedAt).toMatch(/^\d{4}-/);
    expect(unit?.conflict?.serverUpdatedAt).toMatch(/^\d{4}-/);

    // Syncing again changes nothing while the conflict waits for a choice.
    expect(await syncPatient(depsFor(b), a.patient.id)).toMatchObject({ conflicts: 1, sent: 0 });

    // B keeps its version: sent with the server's current version as If-Match.
    expect(
      await syncPatient(depsFor(b), a.patient.id, { unitKey: 'patient', choice: 'mine' }),
    ).toMatchObject({ outcome: 'synced', sent: 1, conflicts: 0 });
    expect(JSON.stringify(await onServer(`Patient/${a.patient.id}`))).toContain(
      'From B: better after rest.',
    );
    expect((await stateOf(b, a.patient.id)).attention).toBeUndefined();

    // A had not changed since, so it simply receives B's version.
    expect(await syncPatient(depsFor(a.db), a.patient.id)).toMatchObject({ received: 1 });
    expect((await local(a.db, a.patient.id)).patient.notes).toBe('From B: better after rest.');
  });

  it('records restored from a backup (no sync state) never overwrite a newer server copy', async () => {
    // A backup leaves out the sync bookkeeping, so a restored device syncs as if for the first
    // time, holding an older copy of a record that was changed on the server since.
    const a = await syncedDevice('device-a');
    await editOnServer(`Patient/${a.patient.id}`, (resource) => {
      resource.gender = 'other';
    });
    const restored = await device('device-restored');
    await store(restored, a.patient, a.visits);

    const summary = await syncPatient(depsFor(restored), a.patient.id);
    expect(summary).toMatchObject({ outcome: 'conflict', conflicts: 1, sent: 0 });
    expect((await onServer(`Patient/${a.patient.id}`)).gender).toBe('other');
    expect((await local(restored, a.patient.id)).patient).toEqual(a.patient);
    // The visits, the same on both sides, are adopted without a conflict.
    const units = (await stateOf(restored, a.patient.id)).units;
    expect(units.filter((u) => u.conflict !== undefined).map((u) => u.key)).toEqual(['patient']);
  });

  it('"take theirs" replaces the local record with the server version, and raises the visit revision', async () => {
    const a = await syncedDevice('device-a');
    const b = await device('device-b');
    await store(b, a.patient, a.visits);
    await syncPatient(depsFor(b), a.patient.id);
    const [visit] = a.visits;
    if (!visit) throw new Error('no visit');

    await editOnServer(`Encounter/${visit.id}`, (encounter) => {
      encounter.period = { start: '2025-02-02' };
    });
    await b.transact(['visits'], 'readwrite', (tx) =>
      tx.put('visits', { ...visit, clinician: 'Changed on B', revision: visit.revision + 1 }),
    );
    expect(await syncPatient(depsFor(b), a.patient.id)).toMatchObject({ conflicts: 1 });
    expect((await local(b, a.patient.id)).visits.find((v) => v.id === visit.id)?.clinician).toBe(
      'Changed on B',
    );

    expect(
      await syncPatient(depsFor(b), a.patient.id, { unitKey: visit.id, choice: 'theirs' }),
    ).toMatchObject({ outcome: 'synced', received: 1, conflicts: 0 });
    const taken = (await local(b, a.patient.id)).visits.find((v) => v.id === visit.id);
    expect(taken).toMatchObject({ clinician: 'Sam Clinician', date: '2025-02-02' });
    expect(taken?.revision).toBeGreaterThan(visit.revision + 1);
  });

  it('a version that changes between reading and writing (412) fails the whole transaction', async () => {
    const { db, patient, visits } = await syncedDevice();
    await createPatientRepository(() => Promise.resolve(db)).update(patient.id, {
      ...patient,
      notes: 'Changed here',
    });
    const [visit] = visits;
    if (!visit) throw new Error('no visit');
    await db.transact(['visits'], 'readwrite', (tx) =>
      tx.put('visits', { ...visit, clinician: 'Also changed here', revision: visit.revision + 1 }),
    );
    // Another client writes the Patient after this device has read the server, before it writes.
    let raced = false;
    const racing: typeof fetch = async (input, init) => {
      if (init?.method === 'POST' && !raced) {
        raced = true;
        await editOnServer(`Patient/${patient.id}`, (resource) => {
          resource.birthDate = '1984-03-10';
        });
      }
      return fetch(input, init);
    };
    const summary = await syncPatient(depsFor(db, { fetch: racing }), patient.id);
    expect(summary).toMatchObject({ outcome: 'conflict', conflicts: 1, sent: 1 });
    const server = await onServer(`Patient/${patient.id}`);
    expect(server.birthDate).toBe('1984-03-10');
    expect(JSON.stringify(server)).not.toContain('Changed here');
    expect((await local(db, patient.id)).patient).toMatchObject({
      notes: 'Changed here',
      dateOfBirth: '1984-03-09',
    });
    // The visit, in its own transaction, went through.
    expect(await onServer(`Encounter/${visit.id}`)).toMatchObject({
      participant: [{ individual: { display: 'Also changed here' } }],
    });
  });

  it('a server that is down changes nothing, says so, and is worth retrying', async () => {
    const db = await device('device-a');
    const patient = makePatient();
    const visits = [makeVisit(patient.id, '2025-02-01', '6')];
    await store(db, patient, visits);
    const down = createFhirClient({
      baseUrl: `http://127.0.0.1:${String(await closedPort())}/fhir`,
    });

    const failure = await syncPatient({ ...depsFor(db), client: down }, patient.id).catch(
      (e: unknown) => e,
    );
    expect(failure).toBeInstanceOf(FhirRequestError);
    expect(failure).toMatchObject({ kind: 'offline' });
    expect(isRetryable(failure)).toBe(true);
    expect(await local(db, patient.id)).toEqual({ patient, visits });
    expect((await stateOf(db, patient.id)).attention).toBe('failed');
    const attempt = (await stateOf(db, patient.id)).lastAttempt;
    expect(attempt?.outcome).toBe('offline');
    expect(attempt?.message).toMatch(/could not be reached/);
  });

  it('a server error (503) is recorded and retryable; the next sync succeeds', async () => {
    const db = await device('device-a');
    const patient = makePatient();
    await store(db, patient, []);
    const failing: typeof fetch = () =>
      Promise.resolve(
        new Response(JSON.stringify({ resourceType: 'OperationOutcome', issue: [] }), {
          status: 503,
        }),
      );
    const failure = await syncPatient(depsFor(db, { fetch: failing }), patient.id).catch(
      (e: unknown) => e,
    );
    expect(failure).toMatchObject({ kind: 'server', status: 503 });
    expect(isRetryable(failure)).toBe(true);
    expect((await stateOf(db, patient.id)).lastAttempt).toMatchObject({ outcome: 'error' });
    expect(await syncPatient(depsFor(db), patient.id)).toMatchObject({
      outcome: 'synced',
      sent: 1,
    });
  });

  it('a deletion on the server is a conflict; "mine" sends the record again', async () => {
    const { db, patient, visits } = await syncedDevice();
    const [visit] = visits;
    if (!visit) throw new Error('no visit');
    const observations = await onServer(
      `Observation?subject=Patient/${patient.id}&encounter=Encounter/${visit.id}`,
    );
    const entries = Array.isArray(observations.entry)
      ? (observations.entry as { resource: { id: string } }[])
      : [];
    for (const { resource } of entries) {
      await fetch(`${baseUrl}/Observation/${resource.id}`, { method: 'DELETE' });
    }
    for (const type of ['Condition', 'ServiceRequest', 'Flag', 'CarePlan', 'Goal']) {
      const found = await onServer(`${type}?subject=Patient/${patient.id}`);
      for (const { resource } of (Array.isArray(found.entry) ? found.entry : []) as {
        resource: { id: string; encounter?: { reference: string } };
      }[]) {
        if (resource.encounter?.reference === `Encounter/${visit.id}` || type === 'Goal')
          await fetch(`${baseUrl}/${type}/${resource.id}`, { method: 'DELETE' });
      }
    }
    await fetch(`${baseUrl}/Encounter/${visit.id}`, { method: 'DELETE' });

    expect(await syncPatient(depsFor(db), patient.id)).toMatchObject({ conflicts: 1 });
    expect((await local(db, patient.id)).visits.map((v) => v.id)).toContain(visit.id);
    expect(
      (await stateOf(db, patient.id)).units.find((u) => u.key === visit.id)?.conflict,
    ).toMatchObject({
      reason: 'deleted-on-server',
    });
    expect(
      await syncPatient(depsFor(db), patient.id, { unitKey: visit.id, choice: 'mine' }),
    ).toMatchObject({ outcome: 'synced', sent: 1 });
    expect(await onServer(`Encounter/${visit.id}`)).toMatchObject({ resourceType: 'Encounter' });
  });

  it('splits a unit larger than one transaction, each part version-checked', async () => {
    const db = await device('device-a');
    const patient = makePatient();
    const visits = [makeVisit(patient.id, '2025-02-01', '6')];
    await store(db, patient, visits);
    let posts = 0;
    const counting: typeof fetch = (input, init) => {
      if (init?.method === 'POST') posts += 1;
      return fetch(input, init);
    };
    const deps = depsFor(db, { fetch: counting, maxEntriesPerTransaction: 3 });
    expect(await syncPatient(deps, patient.id)).toMatchObject({ outcome: 'synced', sent: 2 });
    expect(posts).toBeGreaterThan(2);
    expect(await syncPatient(deps, patient.id)).toMatchObject({
      sent: 0,
      received: 0,
      unchanged: 2,
    });
  });
});
