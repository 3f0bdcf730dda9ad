import { screen, waitFor, within } from '@testing-library/react';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { patientRepository } from '../../data/patients/patient.repository';
import { visitRepository } from '../../data/visits/visit.repository';
import type { Visit } from '../../data/visits/visit.schema';
import { renderApp } from '../../test/render-app';

/** jsdom has no layout: charts size themselves with a ResizeObserver, which here does nothing. */
class NoResizeObserver {
  observe(): void {
    // nothing to observe without layout
  }
  unobserve(): void {
    // nothing observed
  }
  disconnect(): void {
    // nothing observed
  }
}

beforeEach(() => {
  vi.stubGlobal('ResizeObserver', NoResizeObserver);
});

async function visitWith(findings: Visit['findings']): Promise<Visit> {
  const patient = await patientRepository.create({
    givenName: 'Kim',
    familyName: 'Compare',
    dateOfBirth: '1960-02-01',
    sex: 'female',
    notes: '',
  });
  return visitRepository.create({
    patientId: patient.id,
    date: '2025-03-03',
    clinician: 'Sam Physio',
    careSetting: 'general',
    findings,
  });
}

const hipOa: Visit['findings'] = {
  age: '70',
  'pain-groin': true,
  'pain-hip': true,
  'hip-ir-rom': { left: '8' },
  'hip-flexion-rom': { left: '95' },
  'groin-pain-abd-add': { left: 'positive' },
  'symptomatic-side': 'left',
};

const column = (name: RegExp) => screen.getByRole('columnheader', { name });
const cellOf = (row: string, col: number) => {
  const header = screen.getByRole('rowheader', { name: row });
  const cells = within(header.closest('tr') ?? document.body).getAllByRole('cell');
  const cell = cells[col];
  if (cell === undefined) throw new Error(`no cell ${col} in ${row}`);
  return cell;
};

// The whole app renders per test, on machines shared with other runs.
describe('Compare page', { timeout: 30_000 }, () => {
  it('shows two options side by side, not judged for a patient, and lists the knowledge base contraindications', async () => {
    await renderApp('/compare?options=oral-nsaids,tier-3');
    expect(await screen.findByRole('columnheader', { name: /Oral NSAIDs/ })).toBeInTheDocument();
    expect(column(/Tier 3: Medicines/)).toHaveTextContent('Whole tier, 20 treatments');
    expect(
      screen.getByText(/Not judged for a patient\./, { selector: 'strong' }),
    ).toBeInTheDocument();
    expect(cellOf('Cost band', 0)).toHaveTextContent('Low');
    expect(cellOf('Invasiveness (1 least, 5 most)', 1)).toHaveTextContent('1 to 2 of 5');
    expect(cellOf('Contraindications and cautions', 0)).toHaveTextContent(
      /Avoid with .*Kidney disease/,
    );
    expect(screen.queryByText(/Contraindicated for this patient/)).not.toBeInTheDocument();
  });

  it('reports ids it does not know and asks for more than one option', async () => {
    await renderApp('/compare?options=oral-nsaids,no-such-treatment');
    expect(await screen.findByText('Not found: no-such-treatment.')).toBeInTheDocument();
    expect(screen.getByRole('heading', { name: 'Nothing to compare yet' })).toBeInTheDocument();
    expect(screen.queryByRole('table', { name: /side by side/ })).not.toBeInTheDocument();
  });

  it('keeps the choice in the address as options are picked', async () => {
    const { user, router } = await renderApp('/compare');
    await user.click(screen.getByRole('button', { name: 'Tier 2: Physiotherapy-led care' }));
    await user.type(
      screen.getByRole('searchbox', { name: 'Search treatments by name or alias' }),
      'ibuprofen',
    );
    const nsaids = await screen.findByRole('button', { name: 'Compare Oral NSAIDs' });
    await user.click(nsaids);
    await waitFor(() => {
      expect(router.state.location.search).toEqual({ options: 'tier-2,oral-nsaids' });
    });
    // A toggle: pressed now, and focus stays on it for the keyboard user.
    expect(nsaids).toHaveAttribute('aria-pressed', 'true');
    expect(nsaids).toHaveFocus();
    expect(screen.getByRole('button', { name: 'Tier 2: Physiotherapy-led care' })).toHaveAttribute(
      'aria-pressed',
      'true',
    );
    expect(await screen.findByRole('columnheader', { name: /Oral NSAIDs/ })).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Remove Tier 2: Physiotherapy-led care' }));
    await waitFor(() => {
      expect(router.state.location.search).toEqual({ options: 'oral-nsaids' });
    });
    expect(screen.getByText(/^1 of 4 chosen/)).toHaveFocus();
  });

  it('marks a contraindicated option, with the reason, for a patient who has the contraindication', async () => {
    const visit = await visitWith({ ...hipOa, 'kidney-disease': true });
    await renderApp(
      `/compare?options=oral-nsaids,exercise-therapy&patient=${visit.patientId}&visit=${visit.id}`,
    );
    const nsaids = await screen.findByRole('columnheader', { name: /Oral NSAIDs/ });
    expect(nsaids).toHaveTextContent('Contraindicated for this patient');
    expect(cellOf('Contraindications and cautions', 0)).toHaveTextContent(
      /Contraindicated for this patient:.*Kidney disease: Avoid in moderate or severe renal impairment/,
    );
    expect(cellOf('Contraindications and cautions', 1)).toHaveTextContent(
      'No contraindication in this visit’s record',
    );
    expect(
      screen.getByText(/Judged for Compare, Kim, from the visit on 3 Mar 2025/),
    ).toBeInTheDocument();
  });

  it('does not mark it for a patient who has not that contraindication', async () => {
    const visit = await visitWith(hipOa);
    await renderApp(
      `/compare?options=oral-nsaids,exercise-therapy&patient=${visit.patientId}&visit=${visit.id}`,
    );
    const nsaids = await screen.findByRole('columnheader', { name: /Oral NSAIDs/ });
    expect(nsaids).not.toHaveTextContent('Contraindicated');
    expect(cellOf('Fits the leading conditions', 0)).toHaveTextContent(/Fits .*Hip osteoarthritis/);
  });

  it('adds a contraindicated treatment to the plan only with a written reason, drafting the plan first', async () => {
    const visit = await visitWith({ ...hipOa, 'kidney-disease': true });
    const { user } = await renderApp(
      `/compare?options=oral-nsaids,exercise-therapy&visit=${visit.id}`,
    );
    expect(
      await screen.findByText(/No plan yet: the first addition drafts one/),
    ).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Add Oral NSAIDs to the plan' }));
    const dialog = await screen.findByRole('dialog', {
      name: 'Add Oral NSAIDs despite the contraindication?',
    });
    await user.click(within(dialog).getByRole('button', { name: 'Add with this reason' }));
    expect(
      within(dialog).getByText('Write why this contraindicated treatment is added'),
    ).toBeInTheDocument();
    expect((await visitRepository.get(visit.id))?.plan).toBeUndefined();
    await user.type(
      within(dialog).getByRole('textbox', { name: 'Why add it anyway' }),
      'Nephrologist agreed a short course',
    );
    await user.click(within(dialog).getByRole('button', { name: 'Add with this reason' }));
    expect(
      await screen.findByText(
        /Oral NSAIDs added to the plan of the visit on 3 Mar 2025/,
        undefined,
        { timeout: 5000 },
      ),
    ).toBeInTheDocument();
    const saved = await visitRepository.get(visit.id);
    const item = saved?.plan?.items.find((i) => i.treatmentId === 'oral-nsaids');
    expect(item).toMatchObject({
      origin: 'added',
      override: { reason: 'Nephrologist agreed a short course' },
    });
    expect(saved?.plan?.items.some((i) => i.origin === 'drafted')).toBe(true);
    expect(cellOf('This visit’s plan', 0)).toHaveTextContent('In the plan');
  });

  it('offers no adding for a signed visit', async () => {
    const draft = await visitWith(hipOa);
    const signed = await visitRepository.sign(draft.id, draft.revision, 'Sam Physio');
    await renderApp(`/compare?options=oral-nsaids,exercise-therapy&visit=${signed.id}`);
    expect(
      await screen.findByText('This visit is signed, so its plan cannot change here.'),
    ).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: /to the plan/ })).not.toBeInTheDocument();
  });

  it('shows the chart’s data as a table on request', async () => {
    const { user } = await renderApp('/compare?options=oral-nsaids,paracetamol');
    const toggle = await screen.findByRole('button', { name: 'Show data as a table' });
    expect(
      screen.queryByRole('table', { name: /Invasiveness and certainty/ }),
    ).not.toBeInTheDocument();
    await user.click(toggle);
    const table = screen.getByRole('table', {
      name: 'Invasiveness and certainty of evidence, by option',
    });
    expect(
      within(table).getByRole('row', { name: /Paracetamol .*High .*Yes/ }),
    ).toBeInTheDocument();
    expect(toggle).toHaveAttribute('aria-expanded', 'true');
  });
});
