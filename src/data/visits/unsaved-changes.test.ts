// @vitest-environment jsdom
import { afterEach, describe, expect, it } from 'vitest';
import { getDatabase } from '../db';
import { isPatientId } from '../ids';
import { forgetUnsaved, keepUnsaved, restoreUnsaved } from './unsaved-changes';
import { createVisitRepository } from './visit.repository';

const visits = createVisitRepository(getDatabase, () => new Date('2025-03-01T10:00:00.000Z'));

async function draftVisit() {
  const patientId = 'p-unsaved';
  if (!isPatientId(patientId)) throw new Error('bad test id');
  return visits.create({
    patientId,
    date: '2025-03-01',
    clinician: 'Sam Clinician',
    careSetting: 'general',
    findings: { 'pain-now': '3' },
  });
}

/** As a closed tab left it: the same entry, kept by another page load. */
function asIfFromAnotherPage(): void {
  for (const key of keys()) {
    const kept = JSON.parse(localStorage.getItem(key) ?? '{}') as Record<string, unknown>;
    localStorage.setItem(key, JSON.stringify({ ...kept, page: 'a-closed-tab' }));
  }
}

const keys = () => Object.keys(localStorage).filter((k) => k.includes(':unsaved:'));

afterEach(() => {
  localStorage.clear();
});

describe('what a closing tab could not save', () => {
  it('is saved when the visit is opened at the revision the tab knew, then forgotten', async () => {
    const visit = await draftVisit();
    keepUnsaved(visit.id, 'findings', [visit.revision], { 'pain-now': '7' });
    asIfFromAnotherPage();
    await restoreUnsaved(visit.id, visits);
    const after = await visits.get(visit.id);
    expect(after?.findings).toEqual({ 'pain-now': '7' });
    expect(after?.revision).toBe(visit.revision + 1);
    expect(keys()).toEqual([]);
  });

  it('is saved over the next revision when a save was still on its way (the value holds it)', async () => {
    const visit = await draftVisit();
    const landed = await visits.saveFindings(visit.id, visit.revision, { 'pain-now': '5' });
    keepUnsaved(visit.id, 'findings', [visit.revision, visit.revision + 1], {
      'pain-now': '5',
      'pain-worst': '8',
    });
    asIfFromAnotherPage();
    await restoreUnsaved(visit.id, visits);
    const after = await visits.get(visit.id);
    expect(after?.findings).toEqual({ 'pain-now': '5', 'pain-worst': '8' });
    expect(after?.revision).toBe(landed.revision + 1);
  });

  it('is dropped when the visit was saved since, by this tab or another: nothing is overwritten', async () => {
    const visit = await draftVisit();
    keepUnsaved(visit.id, 'findings', [visit.revision], { 'pain-now': '7' });
    const later = await visits.saveFindings(visit.id, visit.revision, { 'pain-now': '2' });
    asIfFromAnotherPage();
    await restoreUnsaved(visit.id, visits);
    expect(await visits.get(visit.id)).toEqual(later);
    expect(keys()).toEqual([]);
  });

  it('drops a kept value that fails the visit schema, or a damaged entry, and changes nothing', async () => {
    const visit = await draftVisit();
    keepUnsaved(visit.id, 'plan', [visit.revision], { not: 'a plan' });
    asIfFromAnotherPage();
    localStorage.setItem(`iliopsoas-workbench:unsaved:${visit.id}:findings`, '{"revisions":');
    await restoreUnsaved(visit.id, visits);
    expect(await visits.get(visit.id)).toEqual(visit);
    expect(keys()).toEqual([]);
  });

  it('is left to the page that kept it, which is still saving it itself', async () => {
    const visit = await draftVisit();
    keepUnsaved(visit.id, 'findings', [visit.revision], { 'pain-now': '7' });
    await restoreUnsaved(visit.id, visits);
    expect(await visits.get(visit.id)).toEqual(visit);
    expect(keys()).toHaveLength(1);
  });

  it('forgets on request', async () => {
    const visit = await draftVisit();
    keepUnsaved(visit.id, 'findings', [visit.revision], { 'pain-now': '7' });
    forgetUnsaved(visit.id, 'findings');
    asIfFromAnotherPage();
    await restoreUnsaved(visit.id, visits);
    expect(await visits.get(visit.id)).toEqual(visit);
  });
});
