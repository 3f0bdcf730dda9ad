import type { Locator, Page } from '@playwright/test';
import { createPatient, isoYearsAgo } from './patient-form';
import { expect, test } from './fixtures';

/**
 * Presses Tab until `target` (a control, or a group containing the focus) has focus. Only real
 * key presses move the focus; to keep ~250 presses fast, the page first counts the tab stops
 * between the focus and the target (one per radio group, as Tab enters a group once) and the test
 * presses that many, less a margin, before checking after each press.
 */
async function tabTo(page: Page, target: Locator, limit = 400): Promise<void> {
  const element = await target.elementHandle();
  const reached = () =>
    element.evaluate((el) => el === document.activeElement || el.contains(document.activeElement));
  const ahead = await element.evaluate((el) => {
    const selector =
      'input:not([type="hidden"]), select, textarea, button, a[href], summary, [tabindex]:not([tabindex="-1"])';
    const stops: Element[] = [];
    const groups = new Set<string>();
    for (const candidate of document.querySelectorAll(selector)) {
      if (
        candidate.matches(':disabled') ||
        candidate.closest('[hidden], details:not([open]) > :not(summary)')
      )
        continue;
      if (candidate.getAttribute('tabindex') === '-1') continue;
      if (candidate instanceof HTMLInputElement && candidate.type === 'radio') {
        if (groups.has(candidate.name)) continue;
        groups.add(candidate.name);
      }
      stops.push(candidate);
    }
    const from = stops.findIndex(
      (s) => s === document.activeElement || s.contains(document.activeElement),
    );
    const to = stops.findIndex((s) => s === el || el.contains(s));
    return from >= 0 && to > from ? to - from : 0;
  });
  for (let i = 0; i < ahead - 3; i += 1) await page.keyboard.press('Tab');
  for (let i = 0; i < limit; i += 1) {
    if (await reached()) return;
    await page.keyboard.press('Tab');
  }
  throw new Error('never reached the control with Tab');
}

// Every key press is a Playwright action, and tracing snapshots the whole page (about 300 controls
// and the assessment) on each: about 400 ms a press here. Off for this file only.
test.use({ trace: 'off' });

test('a full exam can be entered with the keyboard alone', async ({ page, expectAccessible }) => {
  // About 250 key presses and axe over a large page: allow for a busy two-core machine.
  test.setTimeout(120_000);
  await createPatient(page, {
    given: 'Kim',
    family: 'Keyboard',
    dateOfBirth: isoYearsAgo(34),
    sex: 'Male',
  });
  await page.keyboard.press('Tab');
  await tabTo(page, page.getByRole('link', { name: 'Start visit' }));
  await page.keyboard.press('Enter');
  await tabTo(page, page.getByRole('textbox', { name: 'Clinician' }));
  await page.keyboard.type('Kim Physio');
  await tabTo(page, page.getByRole('button', { name: 'Start visit' }));
  await page.keyboard.press('Enter');
  await page.getByRole('form', { name: 'Examination' }).waitFor();

  const textbox = (name: string) => page.getByRole('textbox', { name, exact: true });
  const checkbox = (name: string) => page.getByRole('checkbox', { name, exact: true });
  const group = (name: string) => page.getByRole('radiogroup', { name, exact: true });

  await test.step('history and pain', async () => {
    await tabTo(page, textbox('Age (years)'));
    await page.keyboard.type('34');
    await tabTo(page, group('Onset'));
    await page.keyboard.press('ArrowRight'); // Gradual
    await tabTo(page, checkbox('Kicking, sprinting or change-of-direction sport'));
    await page.keyboard.press('Space');
    await tabTo(page, textbox('Pain now (0–10)'));
    await page.keyboard.type('6');
    await tabTo(page, checkbox('Groin'));
    await page.keyboard.press('Space');
    await tabTo(page, group('Symptomatic side'));
    await page.keyboard.press('ArrowRight'); // Right
    await tabTo(page, checkbox('Worse with hip flexion'));
    await page.keyboard.press('Space');
  });
  await test.step('range of motion and strength', async () => {
    await tabTo(page, textbox('Hip internal rotation, right (°)'));
    await page.keyboard.type('32');
    await tabTo(page, textbox('Hip flexion strength, right (0–5)'));
    await page.keyboard.type('4');
  });
  await test.step('special tests with the P and N keys', async () => {
    await tabTo(page, group('Thomas test, right'));
    await page.keyboard.press('p');
    await tabTo(page, textbox('Thomas test hip angle, right (°)'));
    await page.keyboard.type('12');
    await tabTo(page, group('FADIR test, right'));
    await page.keyboard.press('n');
    await tabTo(page, group('Resisted hip flexion, right'));
    await page.keyboard.press('p');
    await tabTo(page, group('Pain on iliopsoas stretch, right'));
    await page.keyboard.press('p');
  });
  await test.step('palpation', async () => {
    await tabTo(page, checkbox('Iliopsoas tendon tender (lesser trochanter), right'));
    await page.keyboard.press('Space');
  });

  await test.step('everything typed is recorded, assessed and saved', async () => {
    await expect(textbox('Age (years)')).toHaveValue('34');
    await expect(group('Onset').getByRole('radio', { name: 'Gradual' })).toBeChecked();
    await expect(group('Symptomatic side').getByRole('radio', { name: 'Right' })).toBeChecked();
    await expect(
      group('Thomas test, right').getByRole('radio', { name: 'Positive' }),
    ).toBeChecked();
    await expect(group('FADIR test, right').getByRole('radio', { name: 'Negative' })).toBeChecked();
    await expect(textbox('Thomas test hip angle, right (°)')).toHaveValue('12');
    await expect(checkbox('Iliopsoas tendon tender (lesser trochanter), right')).toBeChecked();
    await expect(
      page.getByRole('list', { name: 'Differential' }).getByRole('listitem').first(),
    ).toContainText(/^Iliopsoas tendinopathy/);
    await expect(
      page.getByRole('status').filter({ hasText: /Saved on this device/ }),
    ).toBeVisible();
  });
  await expectAccessible('visit workspace after a keyboard-only exam');
});
