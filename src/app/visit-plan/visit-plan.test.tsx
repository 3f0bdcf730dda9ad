import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { KB_VERSION } from '../../clinical/index.ts';
import { patientRepository } from '../../data/patients/patient.repository';
import { visitRepository } from '../../data/visits/visit.repository';
import type { Visit } from '../../data/visits/visit.schema';
import { renderApp } from '../../test/render-app';
// Loaded up front: the route loads it lazily, and renderApp waits only a second for a heading.
import './visit-plan-page';

const FINDINGS: Visit['findings'] = {
  'pain-groin': true,
  'symptomatic-side': 'right',
  'iliopsoas-tendon-tender': { right: true },
  'resisted-hip-flexion': { right: 'positive' },
  'iliopsoas-stretch-pain': { right: 'positive' },
  'worse-hip-flexion': true,
  'pain-now': '6',
};

async function seed() {
  const patient = await patientRepository.create({
    givenName: 'Adaeze',
    familyName: 'Okafor',
    dateOfBirth: '1990-04-12',
    sex: 'female',
    notes: '',
  });
  const visit = await visitRepository.create({
    patientId: patient.id,
    date: '2026-03-03',
    clinician: 'Sam Physio',
    careSetting: 'sports',
    findings: FINDINGS,
  });
  return { visit, path: `/patients/${patient.id}/visits/${visit.id}/plan` };
}

const stored = async (id: Visit['id']) => (await visitRepository.get(id))?.plan;

describe('treatment plan screen', { timeout: 30_000 }, () => {
  it('stores the draft on first opening, with the knowledge-base version, and autosaves edits', async () => {
    const { visit, path } = await seed();
    const { user } = await renderApp(path);
    await screen.findByRole('heading', { level: 1, name: 'Treatment plan — Okafor, Adaeze' });
    expect(document.title).toBe('Treatment plan – Iliopsoas Workbench');
    const crumbs = screen.getByRole('navigation', { name: 'Breadcrumb' });
    expect(
      within(crumbs)
        .getAllByRole('link')
        .map((a) => a.textContent),
    ).toEqual(['Patients', 'Okafor, Adaeze', 'Visit on 3 Mar 2026']);
    await waitFor(
      async () => {
        expect((await stored(visit.id))?.kbVersion).toBe(KB_VERSION);
      },
      { timeout: 5000 },
    );
    expect((await stored(visit.id))?.items.map((i) => i.treatmentId)).toContain(
      'kneeling-hip-flexor-stretch',
    );

    const dosage = screen.getByRole('textbox', { name: 'Dosage (Kneeling Hip Flexor Stretch)' });
    await user.clear(dosage);
    await user.click(dosage);
    await user.paste('Hold 30 s, each side');
    await waitFor(
      async () => {
        const plan = await stored(visit.id);
        expect(
          plan?.items.find((i) => i.treatmentId === 'kneeling-hip-flexor-stretch')?.dosage,
        ).toBe('Hold 30 s, each side');
      },
      { timeout: 5000 },
    );
  });

  it('never saves an invalid entry over the valid plan, and says so', async () => {
    const { visit, path } = await seed();
    const { user } = await renderApp(path);
    await waitFor(
      async () => {
        expect(await stored(visit.id)).toBeDefined();
      },
      { timeout: 5000 },
    );
    const before = await stored(visit.id);
    await user.clear(await screen.findByRole('textbox', { name: 'Goal (goal 1)' }));
    expect(await screen.findByText('Not saved: fix the highlighted field')).toBeVisible();
    await new Promise((resolve) => setTimeout(resolve, 600));
    expect(await stored(visit.id)).toEqual(before);
  });

  it('never overwrites another tab’s save silently: keeping mine keeps their findings too', async () => {
    const { visit, path } = await seed();
    const { user } = await renderApp(path);
    await waitFor(
      async () => {
        expect(await stored(visit.id)).toBeDefined();
      },
      { timeout: 5000 },
    );
    // Another tab records a finding meanwhile.
    const current = await visitRepository.get(visit.id);
    if (current === null) throw new Error('visit missing');
    await visitRepository.saveFindings(visit.id, current.revision, { ...FINDINGS, fever: true });

    const notes = screen.getByRole('textbox', { name: 'Notes (Kneeling Hip Flexor Stretch)' });
    await user.click(notes);
    await user.paste('Mat at home');
    expect(
      await screen.findByText(
        'This visit was changed in another tab or window.',
        {},
        { timeout: 5000 },
      ),
    ).toBeVisible();
    expect(screen.getByText('Not saved: this visit was changed in another tab')).toBeVisible();
    expect((await visitRepository.get(visit.id))?.findings).toHaveProperty('fever', true);

    await user.click(
      screen.getByRole('button', { name: 'Keep my version and save it over the other' }),
    );
    await waitFor(
      async () => {
        const saved = await visitRepository.get(visit.id);
        expect(saved?.findings).toHaveProperty('fever', true);
        expect(
          saved?.plan?.items.find((i) => i.treatmentId === 'kneeling-hip-flexor-stretch')?.notes,
        ).toBe('Mat at home');
      },
      { timeout: 5000 },
    );
    // Their finding now drafts a different plan: offered, not imposed.
    expect(
      await screen.findByRole('region', {
        name: /The findings changed since this plan was drafted/,
      }),
    ).toBeVisible();
  });

  it('links to the comparison with the selected items, and to both printouts', async () => {
    const { visit, path } = await seed();
    const { user } = await renderApp(path);
    await user.click(
      await screen.findByRole('checkbox', { name: 'Compare Kneeling Hip Flexor Stretch' }),
    );
    await user.click(
      screen.getByRole('checkbox', { name: 'Compare Hip-flexor stretching programme' }),
    );
    expect(screen.getByRole('link', { name: 'Compare selected (2)' })).toHaveAttribute(
      'href',
      `/compare?options=kneeling-hip-flexor-stretch,hip-flexor-stretching&patient=${visit.patientId}&visit=${visit.id}`,
    );
    expect(screen.getByRole('link', { name: 'Print clinical record' })).toHaveAttribute(
      'href',
      `/patients/${visit.patientId}/visits/${visit.id}/print/record`,
    );
    expect(screen.getByRole('link', { name: 'Print patient handout' })).toHaveAttribute(
      'href',
      `/patients/${visit.patientId}/visits/${visit.id}/print/handout`,
    );
  });

  it('says so when a signed visit has no plan, and saves nothing', async () => {
    const { visit, path } = await seed();
    await visitRepository.sign(visit.id, visit.revision, 'Sam Physio');
    await renderApp(path);
    expect(
      await screen.findByText('No plan was kept with this visit before it was signed.'),
    ).toBeVisible();
    expect(await stored(visit.id)).toBeUndefined();
  });

  it("does not show one patient's visit under another patient's address", async () => {
    const { visit } = await seed();
    const other = await patientRepository.create({
      givenName: 'Bo',
      familyName: 'Other',
      dateOfBirth: '1980-01-01',
      sex: 'male',
      notes: '',
    });
    await renderApp(`/patients/${other.id}/visits/${visit.id}/plan`);
    expect(await screen.findByRole('heading', { level: 1, name: 'Visit not found' })).toBeVisible();
    expect(screen.getByRole('link', { name: 'Back to the patient' })).toHaveAttribute(
      'href',
      `/patients/${other.id}`,
    );
    expect(screen.queryByText(/Okafor/)).toBeNull();
    expect(await stored(visit.id)).toBeUndefined();
  });
});
