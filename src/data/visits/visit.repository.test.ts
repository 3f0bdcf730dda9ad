import { describe, expect, it } from 'vitest';
import { getDatabase } from '../db';
import { isPatientId, type PatientId } from '../ids';
import { createVisitRepository } from './visit.repository';

const visits = createVisitRepository(getDatabase, () => new Date('2025-03-01T10:00:00.000Z'));

function patientId(value: string): PatientId {
  if (!isPatientId(value)) throw new Error(`bad test id ${value}`);
  return value;
}

const base = {
  clinician: 'Sam Clinician',
  careSetting: 'sports',
  findings: { 'hip-flexion-rom': { left: '110' } },
} as const;

describe('visit repository', () => {
  it('starts a draft visit at revision 1 and reads it back', async () => {
    const created = await visits.create({
      ...base,
      patientId: patientId('p1'),
      date: '2025-02-01',
    });
    expect(created).toMatchObject({
      status: 'draft',
      revision: 1,
      schemaVersion: 3,
      findings: { 'hip-flexion-rom': { left: '110' } },
    });
    expect(await visits.get(created.id)).toEqual(created);
  });

  it("lists a patient's visits newest first, and only theirs", async () => {
    await visits.create({ ...base, patientId: patientId('p1'), date: '2025-01-01' });
    await visits.create({ ...base, patientId: patientId('p1'), date: '2025-02-15' });
    await visits.create({ ...base, patientId: patientId('p2'), date: '2025-02-20' });
    const { visits: listed } = await visits.listForPatient(patientId('p1'));
    expect(listed.map((v) => v.date)).toEqual(['2025-02-15', '2025-01-01']);
  });

  it("gives each patient's most recent visit date", async () => {
    await visits.create({ ...base, patientId: patientId('p1'), date: '2025-01-01' });
    await visits.create({ ...base, patientId: patientId('p1'), date: '2025-02-15' });
    await visits.create({ ...base, patientId: patientId('p2'), date: '2024-12-31' });
    expect(await visits.lastVisitDates()).toEqual(
      new Map([
        [patientId('p1'), '2025-02-15'],
        [patientId('p2'), '2024-12-31'],
      ]),
    );
  });

  it('reports a stored visit with an unknown status instead of listing it', async () => {
    const good = await visits.create({ ...base, patientId: patientId('p1'), date: '2025-01-01' });
    await (
      await getDatabase()
    ).transact(['visits'], 'readwrite', (tx) =>
      tx.put('visits', { ...good, id: 'v-bad', status: 'finalised' }),
    );
    const listed = await visits.listForPatient(patientId('p1'));
    expect(listed.visits.map((v) => v.id)).toEqual([good.id]);
    expect(listed.unreadable).toHaveLength(1);
    expect(listed.unreadable[0]).toMatchObject({ store: 'visits', key: 'v-bad' });
    expect(listed.unreadable[0]?.reason).toContain('status');
  });

  it('refuses to write a visit with an invalid date', async () => {
    await expect(
      visits.create({ ...base, patientId: patientId('p1'), date: '2025-13-01' }),
    ).rejects.toThrow();
    expect((await visits.listForPatient(patientId('p1'))).visits).toEqual([]);
  });

  it('saves a plan under the revision check and refuses one with an empty override reason', async () => {
    const visit = await visits.create({ ...base, patientId: patientId('p1'), date: '2025-01-01' });
    const item = {
      treatmentId: 'kneeling-hip-flexor-stretch',
      dosage: 'Hold 30 s, 3 times each side',
      notes: '',
      origin: 'drafted' as const,
    };
    const plan = {
      kbVersion: '2026.11.0',
      basis: { items: ['kneeling-hip-flexor-stretch'], goals: [] },
      items: [item],
      goals: [],
      reviewDate: '2025-01-15',
      notes: '',
    };
    const saved = await visits.savePlan(visit.id, visit.revision, plan);
    expect(saved.revision).toBe(2);
    expect((await visits.get(visit.id))?.plan).toEqual(plan);
    await expect(visits.savePlan(visit.id, visit.revision, plan)).rejects.toThrow();
    const overridden = {
      ...plan,
      items: [{ ...item, override: { reason: '  ' } }],
    };
    await expect(visits.savePlan(visit.id, saved.revision, overridden)).rejects.toThrow(
      /why this contraindicated/,
    );
    expect((await visits.get(visit.id))?.revision).toBe(2);
  });
});
