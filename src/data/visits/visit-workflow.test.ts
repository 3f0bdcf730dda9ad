import { describe, expect, it } from 'vitest';
import { getDatabase } from '../db';
import { isPatientId, type PatientId } from '../ids';
import { parseStoredRecord } from '../records';
import { SigningBlockedError, VisitConflictError, VisitLockedError } from './visit-errors';
import { createVisitRepository } from './visit.repository';
import { checkSigning } from './visit-signing';
import { migrateVisitV1, visitRecord } from './visit.schema';

const visits = createVisitRepository(getDatabase, () => new Date('2026-03-03T10:00:00.000Z'));

function patientId(value: string): PatientId {
  if (!isPatientId(value)) throw new Error(`bad test id ${value}`);
  return value;
}

const start = () =>
  visits.create({
    patientId: patientId('p1'),
    date: '2026-03-03',
    clinician: 'Sam Clinician',
    careSetting: 'general',
    findings: {},
  });

describe('visit workflow', () => {
  it('saves the draft exactly as typed, invalid entries included, and bumps the revision', async () => {
    const visit = await start();
    const saved = await visits.saveFindings(visit.id, 1, {
      'hip-ir-rom': { right: '400' },
      fever: false,
    });
    expect(saved.revision).toBe(2);
    expect((await visits.get(visit.id))?.findings).toEqual({
      'hip-ir-rom': { right: '400' },
      fever: false,
    });
  });

  it('refuses a save from a stale revision and overwrites nothing', async () => {
    const visit = await start();
    await visits.saveFindings(visit.id, 1, { fever: true });
    const stale = visits.saveFindings(visit.id, 1, { fever: false });
    await expect(stale).rejects.toBeInstanceOf(VisitConflictError);
    await expect(stale).rejects.toMatchObject({
      current: { revision: 2, findings: { fever: true } },
    });
    expect((await visits.get(visit.id))?.findings).toEqual({ fever: true });
  });

  it('blocks signing while an entry is invalid, and says so', async () => {
    const visit = await start();
    await visits.saveFindings(visit.id, 1, { 'pain-now': '11' });
    await expect(visits.sign(visit.id, 2, 'Sam Clinician')).rejects.toBeInstanceOf(
      SigningBlockedError,
    );
    expect((await visits.get(visit.id))?.status).toBe('draft');
  });

  it('blocks signing while a red flag is present until the clinician records what was done', async () => {
    const visit = await start();
    const withFlag = await visits.saveFindings(visit.id, 1, {
      'saddle-anaesthesia': true,
      'pain-lower-back': true,
    });
    expect(checkSigning(withFlag).blockers).toEqual([
      'Record what was done about the red flag: Possible cauda equina syndrome.',
    ]);
    await expect(visits.sign(visit.id, 2, 'Sam')).rejects.toThrow(/cauda equina/);
    await expect(
      visits.recordRedFlagAction(visit.id, 2, {
        redFlagId: 'cauda-equina',
        response: 'overridden',
        note: '',
        recordedBy: 'Sam',
      }),
    ).rejects.toThrow(/Write why the red flag is overridden/);
    const answered = await visits.recordRedFlagAction(visit.id, 2, {
      redFlagId: 'cauda-equina',
      response: 'referred',
      urgency: 'emergency',
      note: 'Sent to ED for MRI',
      recordedBy: 'Sam',
    });
    const signed = await visits.sign(visit.id, answered.revision, 'Sam Clinician');
    expect(signed).toMatchObject({
      status: 'signed',
      redFlagActions: [{ redFlagId: 'cauda-equina', response: 'referred', urgency: 'emergency' }],
    });
    expect(signed.signature).toMatchObject({
      signedBy: 'Sam Clinician',
      redFlags: [{ id: 'cauda-equina', urgency: 'emergency' }],
    });
    expect(signed.signature?.kbVersion).toMatch(/^\d{4}\./);
    // One finding is too few to rank: the signature records no leading condition, not a prior.
    expect(signed.signature?.leading).toEqual([]);
  });

  it('locks a signed visit; later notes are addenda with author and time', async () => {
    const visit = await start();
    const signed = await visits.sign(visit.id, 1, 'Sam Clinician');
    await expect(
      visits.saveFindings(visit.id, signed.revision, { fever: true }),
    ).rejects.toBeInstanceOf(VisitLockedError);
    const amended = await visits.addAddendum(visit.id, signed.revision, {
      text: 'Patient phoned: pain settling.',
      author: 'Sam Clinician',
    });
    expect(amended.addenda).toEqual([
      {
        id: `${visit.id}-a1`,
        text: 'Patient phoned: pain settling.',
        author: 'Sam Clinician',
        createdAt: '2026-03-03T10:00:00.000Z',
      },
    ]);
    expect(amended.findings).toEqual({});
  });
});

describe('visit schema 1 → 2', () => {
  const v1 = {
    schemaVersion: 1,
    id: 'v-1',
    patientId: 'p-1',
    date: '2025-01-01',
    clinician: 'Sam',
    careSetting: 'sports',
    status: 'draft',
    findings: { 'hip-flexion-rom': { left: 110 }, fever: true, 'pain-now': 4 },
    revision: 3,
    createdAt: '2025-01-01T10:00:00.000Z',
    updatedAt: '2025-01-01T10:00:00.000Z',
  };

  it('keeps every finding, numbers as the text a field shows, and adds empty actions and addenda', () => {
    expect(migrateVisitV1(v1)).toMatchObject({
      findings: { 'hip-flexion-rom': { left: '110' }, fever: true, 'pain-now': '4' },
      redFlagActions: [],
      addenda: [],
    });
  });

  it('reads a stored version-1 row as a valid current visit, with no plan', () => {
    const read = parseStoredRecord(visitRecord, v1);
    expect(read.plan).toBeUndefined();
    expect(read).toMatchObject({
      schemaVersion: 3,
      revision: 3,
      findings: { 'pain-now': '4' },
    });
  });

  it('refuses to invent a signature for a signed version-1 visit', () => {
    expect(() => migrateVisitV1({ ...v1, status: 'signed' })).toThrow(/no signature/);
  });
});
