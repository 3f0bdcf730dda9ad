import { describe, expect, it } from 'vitest';
import { entryKey, planImport, type Choice } from './import-plan';
import { resolveImport, summarisePlan } from './import-resolve';
import { testPatient, testSettings, testVisit } from './test-records';

const ada = testPatient(1);
const bjorn = testPatient(2);
const adaVisit = testVisit(1, ada.id);

function choices(entries: Record<string, Choice>) {
  return new Map(Object.entries(entries));
}

describe('planning an import', () => {
  it('adds what is new, skips what is identical and flags what differs', () => {
    const plan = planImport(
      { patients: [ada, { ...bjorn, notes: 'Changed in the backup' }], visits: [adaVisit] },
      // Same content in another key order is identical; a visit's save counter is bookkeeping.
      { patients: [{ ...bjorn }], visits: [{ ...adaVisit, revision: 9 }] },
    );
    expect(plan.entries.map((e) => [e.store, e.id, e.status, e.differences])).toEqual([
      ['patients', 'patient-1', 'add', []],
      ['patients', 'patient-2', 'conflict', ['notes']],
      ['visits', 'visit-1', 'identical', []],
    ]);
    expect(summarisePlan(plan)).toEqual({
      added: { patients: 1, visits: 0, plans: 0, settings: 0 },
      identical: { patients: 0, visits: 1, plans: 0, settings: 0 },
      conflicting: { patients: 1, visits: 0, plans: 0, settings: 0 },
    });
  });

  it('lists nested differences by path', () => {
    const plan = planImport(
      { visits: [{ ...adaVisit, findings: { 'pain-now': '7' }, date: '2026-02-03' }] },
      { patients: [ada], visits: [adaVisit] },
    );
    expect(plan.entries[0]?.differences).toEqual(['date', 'findings.pain-now']);
  });

  it('treats an unreadable device record with the same id as a conflict, never overwriting it by default', () => {
    const plan = planImport({ patients: [ada] }, { patients: [{ id: ada.id, schemaVersion: 99 }] });
    expect(plan.entries[0]).toMatchObject({
      status: 'conflict',
      existing: { readable: false, reason: expect.stringMatching(/newer version/) as string },
    });
    expect(resolveImport(plan).writes).toEqual([]);
  });

  it('counts visits that carry a plan as plans', () => {
    const withPlan = { ...adaVisit, id: 'visit-2', plan: { steps: [] } };
    const plan = planImport({ patients: [ada], visits: [adaVisit, withPlan] }, {});
    expect(summarisePlan(plan).added).toEqual({ patients: 1, visits: 2, plans: 1, settings: 0 });
  });

  it('changes its signature when a matched device record changes', () => {
    const incoming = { patients: [ada] };
    const before = planImport(incoming, { patients: [ada] });
    expect(planImport(incoming, { patients: [{ ...ada }] }).signature).toBe(before.signature);
    expect(planImport(incoming, { patients: [{ ...ada, notes: 'new' }] }).signature).not.toBe(
      before.signature,
    );
    expect(planImport(incoming, {}).signature).not.toBe(before.signature);
  });
});

describe('resolving choices', () => {
  const deviceBjorn = { ...bjorn, notes: 'On this device' };
  const deviceVisit = { ...adaVisit, findings: { 'pain-now': '2' }, revision: 5 };
  const plan = planImport(
    { patients: [ada, bjorn], visits: [{ ...adaVisit, revision: 2 }], settings: [testSettings()] },
    { patients: [ada, deviceBjorn], visits: [deviceVisit] },
  );

  it('keeps this device’s record for every conflict unless told otherwise', () => {
    const resolved = resolveImport(plan);
    expect(resolved.writes).toEqual([{ store: 'settings', record: testSettings() }]);
    expect(resolved.outcome).toEqual({
      added: { patients: 0, visits: 0, plans: 0, settings: 1 },
      identical: { patients: 1, visits: 0, plans: 0, settings: 0 },
      replaced: { patients: 0, visits: 0, plans: 0, settings: 0 },
      kept: { patients: 1, visits: 1, plans: 0, settings: 0 },
    });
    expect(resolved.problems).toEqual([]);
  });

  it('takes the incoming record where chosen, with a save counter above both versions', () => {
    const resolved = resolveImport(
      plan,
      choices({
        [entryKey('visits', adaVisit.id)]: 'incoming',
        [entryKey('patients', bjorn.id)]: 'device',
      }),
    );
    expect(resolved.writes).toContainEqual({
      store: 'visits',
      record: { ...adaVisit, revision: 6 },
    });
    expect(resolved.outcome.replaced.visits).toBe(1);
    expect(resolved.outcome.kept.patients).toBe(1);
  });

  it('refuses a new patient whose identifier another patient on this device has', () => {
    const other = testPatient(7, {
      identifier: 'MRN-1',
      familyName: 'Lindqvist',
      givenName: 'Bjorn',
    });
    const resolved = resolveImport(planImport({ patients: [ada] }, { patients: [other] }));
    expect(resolved.problems).toEqual([
      {
        store: 'patients',
        id: 'patient-1',
        index: 0,
        message: expect.stringMatching(
          /patient Family1, Given1 \(id patient-1\) has the identifier "MRN-1", which patient Lindqvist, Bjorn \(id patient-7\) on this device already has/,
        ) as string,
      },
    ]);
  });

  it('finds an identifier clash created by taking a replaced record', () => {
    // patient-2 on the device is MRN-2; the backup's patient-2 has MRN-1, which patient-1 holds.
    const incoming = { patients: [{ ...bjorn, identifier: 'MRN-1' }] };
    const device = { patients: [bjorn, ada] };
    const take = choices({ [entryKey('patients', bjorn.id)]: 'incoming' });
    expect(resolveImport(planImport(incoming, device), take).problems).toHaveLength(1);
    expect(resolveImport(planImport(incoming, device)).problems).toEqual([]);
  });

  it('refuses a visit whose patient is neither imported nor on this device', () => {
    const resolved = resolveImport(planImport({ visits: [adaVisit] }, { patients: [bjorn] }));
    expect(resolved.problems.map((p) => p.message)).toEqual([
      'visit of 2026-02-01 (id visit-1) belongs to patient "patient-1", who is neither being imported nor on this device.',
    ]);
    expect(resolveImport(planImport({ visits: [adaVisit] }, { patients: [ada] })).problems).toEqual(
      [],
    );
  });
});
