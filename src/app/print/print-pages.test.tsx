import { screen, within } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { patientRepository } from '../../data/patients/patient.repository';
import { visitRepository } from '../../data/visits/visit.repository';
import type { Visit } from '../../data/visits/visit.schema';
import {
  CAUDA_EQUINA,
  TENDINOPATHY,
  type PrintVignette,
} from '../../features/print/print-vignettes';
import { renderApp } from '../../test/render-app';

async function seed(vignette: PrintVignette, then?: (visit: Visit) => Promise<unknown>) {
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
    careSetting: vignette.careSetting,
    findings: vignette.findings,
  });
  await then?.(visit);
  return `/patients/${patient.id}/visits/${visit.id}/print`;
}

const printout = () => screen.getByRole('article', { name: /Clinical record|Your care plan/ });
/** The loading screen has the same heading: wait for the document itself. */
const loaded = () => screen.findByRole('article', { name: /Clinical record|Your care plan/ });

describe('print screens', () => {
  it('previews the clinical record on A4 with the running header, and prints it', async () => {
    const base = await seed(TENDINOPATHY);
    const { user, router } = await renderApp(`${base}/record`);
    await loaded();
    expect(printout()).not.toHaveTextContent('wait until a doctor has assessed it');
    expect(screen.getByRole('heading', { level: 1, name: 'Clinical record' })).toBeVisible();
    expect(document.title).toBe('Clinical record (print preview) – Iliopsoas Workbench');
    expect(printout()).toHaveClass('print-doc--a4');
    const header = within(printout()).getByRole('banner');
    expect(header).toHaveTextContent(
      'Clinical record · Okafor, Adaeze · Born 12 Apr 1990 · Visit 3 Mar 2026 · Clinician: Sam Physio',
    );
    expect(
      screen.getByText(/Plan drafted from the findings; not yet reviewed by the clinician/),
    ).toBeVisible();
    expect(screen.getByRole('radio', { name: 'A4 (default)' })).toBeChecked();

    await user.click(screen.getByRole('radio', { name: 'Letter' }));
    expect(printout()).toHaveClass('print-doc--letter');
    expect(router.state.location.search).toEqual({ paper: 'letter' });

    const print = vi.spyOn(window, 'print').mockImplementation(() => undefined);
    await user.click(screen.getByRole('button', { name: 'Print clinical record' }));
    expect(print).toHaveBeenCalledOnce();
  });

  it('starts both documents with the red flag', async () => {
    const base = await seed(CAUDA_EQUINA);
    const { user } = await renderApp(`${base}/record`);
    await loaded();
    const header = within(printout()).getByRole('banner');
    expect(header.firstElementChild).toHaveTextContent(
      'Red flag: Possible cauda equina syndrome (Emergency today)',
    );
    const sections = within(printout()).getAllByRole('heading', { level: 2 });
    expect(sections[0]).toHaveTextContent('Red flag');
    // Contraindications the red flag sets are listed apart, their reasons as whole sentences.
    const apart = within(printout())
      .getByRole('heading', {
        level: 3,
        name: 'Contraindicated for this patient (not in the plan)',
      })
      .closest('div');
    expect(apart).toHaveTextContent(
      /Exercise therapy \(strengthening, motor control and mobility\) \(tier 2\)Red flag — Possible cauda equina syndrome: Refer as an emergency today for same-day MRI and surgical assessment\. Do not wait for symptoms to progress\. Cauda equina syndrome:/,
    );
    expect(printout().textContent).not.toMatch(/\.;|\.\./);
    // The record keeps the whole plan, but says before tier 3 that tiers 3 to 5 wait.
    const tier3 = within(printout()).getByRole('heading', { level: 3, name: /^Tier 3:/ });
    expect(tier3.previousElementSibling).toHaveTextContent(
      'Medicines, injections and surgical referral (tiers 3 to 5) wait until a doctor has assessed it',
    );
    // It cites the rule's source, the team, by its number in the record's list of sources.
    const cited = /assessed it; review them with this plan afterwards\. \[(\d+)\]$/.exec(
      tier3.previousElementSibling?.textContent ?? '',
    );
    expect(cited).not.toBeNull();
    const citation = within(printout())
      .getByRole('heading', { level: 2, name: 'Sources' })
      .parentElement?.querySelector(`li[value="${cited?.[1] ?? ''}"]`);
    expect(citation).toHaveTextContent(/^Iliopsoas Workbench clinical team: a safety rule/);
    await user.click(screen.getByRole('link', { name: 'Open the patient handout' }));
    expect(
      await screen.findByRole('heading', { level: 1, name: 'Your care plan, Adaeze' }),
    ).toBeVisible();
    expect(within(printout()).getByRole('banner').firstElementChild).toHaveTextContent(
      'Important: please see a doctor today. See the top of page 1.',
    );
    expect(within(printout()).getAllByRole('heading', { level: 2 })[0]).toHaveTextContent(
      'Please see a doctor today',
    );
  });

  it('prints who signed, with which knowledge base, and every addendum', async () => {
    const base = await seed(TENDINOPATHY, async (visit) => {
      const signed = await visitRepository.sign(visit.id, visit.revision, 'Sam Physio');
      await visitRepository.addAddendum(visit.id, signed.revision, {
        text: 'Phoned the patient: stretches going well.',
        author: 'Sam Physio',
      });
    });
    await renderApp(`${base}/record`);
    await loaded();
    const status = within(printout()).getByText(/^Signed by Sam Physio on /);
    expect(status).toHaveTextContent(
      /knowledge base \d{4}\.\d+\.\d+\. Leading at signing: Iliopsoas tendinopathy/,
    );
    expect(within(printout()).getByRole('heading', { level: 3, name: 'Addenda' })).toBeVisible();
    expect(within(printout()).getByText('Phoned the patient: stretches going well.')).toBeVisible();
  });

  it('says so when the visit is not on this device', async () => {
    const base = await seed(TENDINOPATHY);
    await renderApp(`${base.replace(/visits\/[^/]+/, 'visits/unknown-visit')}/handout`);
    expect(await screen.findByRole('heading', { level: 1, name: 'Visit not found' })).toBeVisible();
  });
});
