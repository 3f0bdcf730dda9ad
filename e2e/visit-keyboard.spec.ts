import type { Locator, Page } from '@playwright/test';
import { createPatient, isoYearsAgo } from './patient-form';
import { expect, test } from './fixtures';

/** Presses Tab until `target` (a control, or a group containing the focus) has focus. */
async function tabTo(page: Page, target: Locator, limit = 400): Promise<void> {
  // Resolved once: the check after each key press is then a single cheap round trip.
  const element = await target.elementHandle();
  for (let i = 0; i < limit; i += 1) {
    if (await element.evaluate((el) => el === document.activeElement || el.contains(document.activeElement))) return;
    await page.keyboard.press('Tab');
  }
  throw new Error('never reached the control with Tab');
}

test('a full exam can be entered with the keyboard alone', async ({ page, expectAccessible }) => {
  // Hundreds of Tab presses through ~300 controls, each checked: slower than other tests by design.
  test.setTimeout(240_000);
  await createPatient(page, { given: 'Kim', family: 'Keyboard', dateOfBirth: isoYearsAgo(34), sex: 'Male' });
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
    await expect(group('Thomas test, right').getByRole('radio', { name: 'Positive' })).toBeChecked();
    await expect(group('FADIR test, right').getByRole('radio', { name: 'Negative' })).toBeChecked();
    await expect(textbox('Thomas test hip angle, right (°)')).toHaveValue('12');
    await expect(checkbox('Iliopsoas tendon tender (lesser trochanter), right')).toBeChecked();
    await expect(page.getByRole('list', { name: 'Differential' }).getByRole('listitem').first()).toContainText(/^Iliopsoas tendinopathy/);
    await expect(page.getByRole('status').filter({ hasText: /Saved on this device/ })).toBeVisible();
  });
  await expectAccessible('visit workspace after a keyboard-only exam');
});
