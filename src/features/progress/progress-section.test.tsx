import { screen, within } from '@testing-library/react';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { PatientId } from '../../data/ids';
import { patientRepository } from '../../data/patients/patient.repository';
import { visitRepository } from '../../data/visits/visit.repository';
import type { Visit } from '../../data/visits/visit.schema';
import { renderWithProviders } from '../../test/render-with-providers';
import { ProgressSection } from './progress-section';

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

async function patientWith(
  visits: readonly (readonly [string, Visit['findings']])[],
): Promise<PatientId> {
  const patient = await patientRepository.create({
    givenName: 'Robin',
    familyName: 'Progress',
    dateOfBirth: '1970-05-01',
    sex: 'female',
    notes: '',
  });
  for (const [date, findings] of visits) {
    await visitRepository.create({
      patientId: patient.id,
      date,
      clinician: 'Sam',
      careSetting: 'general',
      findings,
    });
  }
  return patient.id;
}

const progress = () => screen.findByRole('region', { name: 'Progress' });

describe('Progress on the patient screen', { timeout: 30_000 }, () => {
  it('states the change since the first visit in words and shows every visit in the data table', async () => {
    const id = await patientWith([
      ['2025-03-03', { 'pain-now': '7', 'hip-ir-rom': { left: '12' } }],
      ['2025-03-17', { 'pain-now': '5', 'hip-ir-rom': { left: '400' } }],
      ['2025-03-31', { 'pain-now': '3', 'hip-ir-rom': { left: '22' } }],
    ]);
    const { user } = await renderWithProviders(<ProgressSection patientId={id} />);
    const section = await progress();
    expect(
      await within(section).findByText(
        'Pain now down 4 points since 3 Mar 2025 (from 7/10 to 3/10), better.',
      ),
    ).toBeInTheDocument();
    expect(within(section).getByText('Pain at worst: not recorded.')).toBeInTheDocument();
    const pain = within(section).getByRole('figure', { name: 'Pain' });
    await user.click(within(pain).getByRole('button', { name: 'Show data as a table' }));
    const table = within(pain).getByRole('table', { name: 'Pain, by visit' });
    const rows = within(table).getAllByRole('row').slice(1);
    expect(rows.map((r) => r.textContent)).toEqual([
      '3 Mar 20257/10Not recorded',
      '17 Mar 20255/10Not recorded',
      '31 Mar 20253/10Not recorded',
    ]);
    // The invalid angle is left out (a gap), and said so.
    expect(
      within(section).getByText(/17 Mar 2025: Hip internal rotation, left “400”/),
    ).toBeInTheDocument();
    expect(
      within(section).getByText(/Hip internal rotation, left up 10° since 3 Mar 2025/),
    ).toBeInTheDocument();
  });

  it('says so instead of drawing a chart with fewer than two visits', async () => {
    const id = await patientWith([['2025-03-03', { 'pain-now': '7' }]]);
    await renderWithProviders(<ProgressSection patientId={id} />);
    const section = await progress();
    expect(
      await within(section).findByText(
        /Charts appear once two visits have measurements to compare \(one visit with measurements so far\)/,
      ),
    ).toBeInTheDocument();
    expect(within(section).queryByRole('figure')).not.toBeInTheDocument();
  });

  it('draws the plan’s goal and says whether the latest visit meets it', async () => {
    const id = await patientWith([
      ['2025-03-03', { 'pain-now': '7' }],
      ['2025-03-17', { 'pain-now': '6' }],
    ]);
    const first = (await visitRepository.listForPatient(id)).visits.find(
      (v) => v.date === '2025-03-03',
    );
    if (first === undefined) throw new Error('no first visit');
    await visitRepository.savePlan(first.id, first.revision, {
      kbVersion: 'test',
      basis: { items: [], goals: ['pain-now'] },
      items: [],
      goals: [
        {
          id: 'pain-now',
          text: 'Pain now at most 5/10',
          measure: 'pain-now',
          target: 5,
          comparator: 'at-most',
          byDate: '2025-04-14',
          origin: 'drafted',
        },
      ],
      reviewDate: '2025-03-17',
      notes: '',
    });
    await renderWithProviders(<ProgressSection patientId={id} />);
    const section = await progress();
    expect(
      await within(section).findByText(
        'Goal for pain now: at most 5/10 by 14 Apr 2025; not met at the latest visit.',
      ),
    ).toBeInTheDocument();
  });
});
