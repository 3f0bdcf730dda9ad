import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { UseFormReturn } from 'react-hook-form';
import { describe, expect, it } from 'vitest';
import type { FindingsFormValues } from '../../data/visits/findings-form';
import { focusExamItem } from './exam-form';
import { ExamHarness } from './exam-test-harness';

function section(name: string) {
  return within(screen.getByRole('region', { name }));
}

/** Renders the exam and returns the form, so a test can read what the controls recorded. */
function renderExam(props: { defaultValues?: FindingsFormValues; readOnly?: boolean } = {}) {
  let form: UseFormReturn<FindingsFormValues> | undefined;
  const user = userEvent.setup();
  render(
    <ExamHarness
      {...props}
      onForm={(f) => {
        form = f;
      }}
    />,
  );
  const values = (): FindingsFormValues => {
    if (form === undefined) throw new Error('the harness did not render');
    return form.getValues();
  };
  return { user, values };
}

// The whole exam (~300 controls) renders in each test; jsdom needs time for that.
describe('ExamForm entry', { timeout: 30_000 }, () => {
  it('sets a test result with P, N and T from its radio group', async () => {
    const { user, values } = renderExam();
    const faber = section('Special tests').getByRole('radiogroup', { name: 'FABER test, right' });
    await user.click(within(faber).getByRole('radio', { name: 'Not tested' }));

    await user.keyboard('p');
    expect(within(faber).getByRole('radio', { name: 'Positive' })).toBeChecked();
    expect(within(faber).getByRole('radio', { name: 'Positive' })).toHaveFocus();
    expect(values().faber).toEqual({ left: '', right: 'positive' });

    await user.keyboard('n');
    expect(within(faber).getByRole('radio', { name: 'Negative' })).toBeChecked();
    await user.keyboard('t');
    expect(within(faber).getByRole('radio', { name: 'Not tested' })).toBeChecked();
    expect(values().faber).toEqual({ left: '', right: 'not-tested' });

    // Arrow keys stay the browser's: they move through the results and select.
    await user.keyboard('{ArrowLeft}');
    expect(within(faber).getByRole('radio', { name: 'Negative' })).toBeChecked();
    expect(values().faber).toEqual({ left: '', right: 'negative' });
    // The left side is its own group: untouched.
    expect(
      within(screen.getByRole('radiogroup', { name: 'FABER test, left' })).queryByRole('radio', {
        checked: true,
      }),
    ).toBeNull();
  });

  it("shows a test's details only once that side is positive", async () => {
    const { user, values } = renderExam();
    const tests = section('Special tests');
    const hipAngle = { name: 'Thomas test hip angle, right (°)' };
    expect(tests.queryByRole('textbox', hipAngle)).toBeNull();

    const right = tests.getByRole('radiogroup', { name: 'Thomas test, right' });
    await user.click(within(right).getByRole('radio', { name: 'Positive' }));
    const angle = await tests.findByRole('textbox', hipAngle);
    expect(tests.getByRole('textbox', { name: 'Thomas test knee angle, right (°)' })).toBeVisible();
    expect(tests.queryByRole('textbox', { name: 'Thomas test hip angle, left (°)' })).toBeNull();

    await user.type(angle, '15');
    expect(values()['thomas-hip-angle']).toEqual({ right: '15' });

    await user.click(within(right).getByRole('radio', { name: 'Negative' }));
    expect(tests.queryByRole('textbox', hipAngle)).toBeNull();
  });

  it('says at the field what is wrong with a number, and links the message', async () => {
    const { user } = renderExam();
    const ir = section('Range of motion').getByRole('textbox', {
      name: 'Hip internal rotation, right (°)',
    });
    await user.type(ir, '400');
    await waitFor(() => {
      expect(ir).toHaveAttribute('aria-invalid', 'true');
    });
    expect(ir).toHaveAccessibleDescription(
      'Typical 30–45°. Error: Hip internal rotation: enter a value from 0° to 90°',
    );
    await user.clear(ir);
    await user.type(ir, '35');
    await waitFor(() => {
      expect(ir).not.toHaveAttribute('aria-invalid');
    });
  });

  it('records yes/no items, the pain location and the symptomatic side, which can be cleared', async () => {
    const { user, values } = renderExam();
    await user.click(section('Red-flag screen').getByRole('checkbox', { name: 'Fever' }));
    const pain = section('Pain');
    await user.click(pain.getByRole('checkbox', { name: 'Groin' }));
    const side = pain.getByRole('radiogroup', { name: 'Symptomatic side' });
    await user.click(within(side).getByRole('radio', { name: 'Right' }));
    expect(values()).toMatchObject({
      fever: true,
      'pain-groin': true,
      'symptomatic-side': 'right',
    });

    await user.click(pain.getByRole('button', { name: 'Clear Symptomatic side' }));
    expect(values()['symptomatic-side']).toBe('');
    expect(within(side).queryByRole('radio', { checked: true })).toBeNull();
    expect(pain.queryByRole('button', { name: 'Clear Symptomatic side' })).toBeNull();
  });

  it('says in words when a yes/no item is recorded as no, unlike one never touched', async () => {
    const { user, values } = renderExam();
    const redFlags = section('Red-flag screen');
    const fever = redFlags.getByRole('checkbox', { name: 'Fever' });
    expect(fever).not.toHaveAccessibleDescription(/recorded as no/);
    await user.click(fever);
    await user.click(fever);
    expect(values().fever).toBe(false);
    expect(fever).toHaveAccessibleDescription(/recorded as no/);
    expect(redFlags.getAllByText('recorded as no')).toHaveLength(1);
  });

  it('focuses the symptomatic side of the item the next-best-test link names', () => {
    renderExam({ defaultValues: { 'symptomatic-side': 'right' } });
    focusExamItem('psoas-sign');
    const right = section('Special tests').getByRole('radiogroup', { name: 'Psoas sign, right' });
    expect(within(right).getByRole('radio', { name: 'Positive' })).toHaveFocus();

    focusExamItem('fever');
    expect(section('Red-flag screen').getByRole('checkbox', { name: 'Fever' })).toHaveFocus();
  });

  it('moves to a section from the jump links', async () => {
    const { user } = renderExam();
    const nav = screen.getByRole('navigation', { name: 'Jump to section' });
    await user.click(within(nav).getByRole('link', { name: 'Palpation' }));
    expect(screen.getByRole('heading', { level: 2, name: 'Palpation' })).toHaveFocus();
  });

  it('shows a signed visit read-only: same controls and values, all disabled', () => {
    renderExam({
      readOnly: true,
      defaultValues: { fever: true, 'thomas-test': { right: 'positive' } },
    });
    expect(screen.getByText(/This visit is signed/)).toBeVisible();
    const fever = section('Red-flag screen').getByRole('checkbox', { name: 'Fever' });
    expect(fever).toBeChecked();
    expect(fever).toBeDisabled();
    const right = section('Special tests').getByRole('radiogroup', { name: 'Thomas test, right' });
    expect(within(right).getByRole('radio', { name: 'Positive' })).toBeChecked();
    expect(within(right).getByRole('radio', { name: 'Negative' })).toBeDisabled();
  });
});
