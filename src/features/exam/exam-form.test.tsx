import { render, screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { EXAM_LAYOUT } from './exam-layout';
import { ExamHarness } from './exam-test-harness';

/**
 * A section by its heading. Role queries over all ~300 controls are slow in jsdom (each candidate's
 * visibility is computed), so queries are scoped to the section that holds the control.
 */
function section(name: string) {
  return within(screen.getByRole('region', { name }));
}

// The whole exam (~300 controls) renders in each test; jsdom needs time for that.
describe('ExamForm naming', { timeout: 30_000 }, () => {
  it('has every section as a headed region, reachable from the jump links', () => {
    render(<ExamHarness />);
    const nav = screen.getByRole('navigation', { name: 'Jump to section' });
    const links = within(nav).getAllByRole('link');
    expect(links).toHaveLength(EXAM_LAYOUT.length);
    for (const section of EXAM_LAYOUT) {
      const region = screen.getByRole('region', { name: section.title });
      expect(within(region).getByRole('heading', { level: 2, name: section.title })).toBeVisible();
      expect(within(nav).getByRole('link', { name: section.title })).toHaveAttribute(
        'href',
        `#${region.id}`,
      );
    }
  });

  it('names a sided test result by label and side, with the three results', () => {
    render(<ExamHarness />);
    const tests = section('Special tests');
    const right = tests.getByRole('radiogroup', { name: 'Thomas test, right' });
    expect(
      within(right)
        .getAllByRole('radio')
        .map((radio) => radio.getAttribute('value')),
    ).toEqual(['positive', 'negative', 'not-tested']);
    expect(within(right).getByRole('radio', { name: 'Positive' })).toBeInTheDocument();
    expect(within(right).getByRole('radio', { name: 'Not tested' })).toBeInTheDocument();
    expect(tests.getByRole('radiogroup', { name: 'Thomas test, left' })).toBeInTheDocument();
    expect(tests.getByText('P', { selector: 'kbd' }).closest('p')).toHaveTextContent(
      'Keys: in a test’s result, press P for positive, N for negative or T for not tested.',
    );
    expect(
      section('Abdominal signs').getByRole('radiogroup', { name: 'Rovsing sign' }),
    ).toBeInTheDocument();
  });

  it('names yes/no items as checkboxes, sided ones with the side', () => {
    render(<ExamHarness />);
    expect(
      section('Red-flag screen').getByRole('checkbox', { name: 'Fever' }),
    ).toHaveAccessibleDescription(/Temperature ≥ 38 °C/);
    const palpation = section('Palpation');
    expect(
      palpation.getByRole('checkbox', { name: 'Iliacus tender (iliac fossa), left' }),
    ).toBeInTheDocument();
    expect(
      palpation.getByRole('checkbox', { name: 'Iliacus tender (iliac fossa), right' }),
    ).toBeInTheDocument();
  });

  it('names numbers by label, side and unit, with the normal range as a hint', () => {
    render(<ExamHarness />);
    const ir = section('Range of motion').getByRole('textbox', {
      name: 'Hip internal rotation, right (°)',
    });
    expect(ir).toHaveAttribute('inputmode', 'numeric');
    expect(ir).toHaveAccessibleDescription('Typical 30–45°.');
    expect(section('Pain').getByRole('textbox', { name: 'Pain now (0–10)' })).toBeInTheDocument();
    expect(
      section('History and onset').getByRole('textbox', { name: 'Age (years)' }),
    ).toBeInTheDocument();
    expect(
      section('Observation, gait and posture').getByRole('textbox', {
        name: 'Leg-length difference (cm)',
      }),
    ).toHaveAttribute('inputmode', 'decimal');
    expect(
      section('Strength').getByRole('textbox', { name: 'Hip flexion strength, left (0–5)' }),
    ).toBeInTheDocument();
  });

  it('groups pain location as checkboxes by region, and the side as "Symptomatic side"', () => {
    render(<ExamHarness />);
    const pain = section('Pain');
    const where = pain.getByRole('group', { name: 'Where is the pain?' });
    expect(within(where).getByRole('checkbox', { name: 'Lower back' })).toBeInTheDocument();
    expect(within(where).getByRole('checkbox', { name: 'Groin' })).toBeInTheDocument();
    const side = pain.getByRole('radiogroup', { name: 'Symptomatic side' });
    expect(
      within(side)
        .getAllByRole('radio')
        .map((radio) => radio.getAttribute('value')),
    ).toEqual(['left', 'right', 'both']);
    expect(within(side).getByRole('radio', { name: 'Both' })).toBeInTheDocument();
  });

  it('names other choices and notes by label', () => {
    render(<ExamHarness />);
    const history = section('History and onset');
    expect(history.getByRole('radiogroup', { name: 'Onset' })).toBeInTheDocument();
    expect(history.getByRole('textbox', { name: 'History notes' }).tagName).toBe('TEXTAREA');
    expect(
      section('Neurological').getByRole('radiogroup', { name: 'Patellar reflex, right' }),
    ).toBeInTheDocument();
  });

  it('offers how to perform each test and what counts as positive', () => {
    render(<ExamHarness />);
    const howTo = screen.getByText('How to perform FABER test');
    expect(howTo.tagName).toBe('SUMMARY');
    const details = howTo.closest('details');
    expect(details).not.toHaveAttribute('open');
    expect(details).toHaveTextContent(/Positive if: Reproduces familiar groin pain/);
  });

  it('gives every item a container the next-best-test link can find', () => {
    render(<ExamHarness />);
    expect(document.getElementById('item-psoas-sign')).toContainElement(
      section('Special tests').getByRole('radiogroup', { name: 'Psoas sign, right' }),
    );
    expect(document.getElementById('item-fever')).toContainElement(
      section('Red-flag screen').getByRole('checkbox', { name: 'Fever' }),
    );
  });
});
