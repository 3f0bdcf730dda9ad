import type { Page } from '@playwright/test';
import { isoYearsAgo } from './patient-form';
import { openStoredVisit } from './print-visits';
import { expect, test } from './fixtures';

/** A new patient's visit, open at the exam (both stored: the forms are not what is tested here). */
async function startVisit(page: Page, family: string): Promise<void> {
  await openStoredVisit(
    page,
    { given: 'Alex', family, dateOfBirth: isoYearsAgo(31), sex: 'female' },
    'sports',
  );
}

// Each test runs axe over the workspace's ~300 controls and ~80 links: minutes on a busy machine.
test.describe.configure({ timeout: 240_000 });

const differential = (page: Page) => page.getByRole('list', { name: 'Differential' });
const savedStatus = (page: Page) =>
  page.getByRole('status').filter({ hasText: /Saved on this device/ });

async function recordIliopsoasPicture(page: Page): Promise<void> {
  await page.getByRole('checkbox', { name: 'Groin', exact: true }).check();
  await page
    .getByRole('radiogroup', { name: 'Symptomatic side' })
    .getByRole('radio', { name: 'Right' })
    .check();
  await page
    .getByRole('checkbox', { name: 'Iliopsoas tendon tender (lesser trochanter), right' })
    .check();
  await page
    .getByRole('radiogroup', { name: 'Resisted hip flexion, right' })
    .getByRole('radio', { name: 'Positive' })
    .check();
  await page
    .getByRole('radiogroup', { name: 'Pain on iliopsoas stretch, right' })
    .getByRole('radio', { name: 'Positive' })
    .check();
  await page.getByRole('checkbox', { name: 'Worse with hip flexion' }).check();
}

test('the assessment follows the findings, and a reload restores exactly what was typed', async ({
  page,
  expectAccessible,
}) => {
  await startVisit(page, 'Workspace');
  await test.step('too few findings: no ranking yet', async () => {
    await expect(page.getByText(/Too few findings to rank causes/)).toBeVisible();
    await expect(differential(page)).toHaveCount(0);
  });
  await test.step('an iliopsoas picture puts iliopsoas tendinopathy first, with its reasons', async () => {
    await recordIliopsoasPicture(page);
    const first = differential(page).getByRole('listitem').first();
    await expect(first).toContainText(/^Iliopsoas tendinopathy/);
    await first.getByText(/^Why/).click();
    await expect(first).toContainText('Expert estimate');
  });
  await test.step('an out-of-range angle is kept, flagged at the field and not used', async () => {
    const ir = page.getByRole('textbox', { name: 'Hip internal rotation, right (°)' });
    await ir.fill('400');
    await expect(
      page.getByText('Hip internal rotation: enter a value from 0° to 90°'),
    ).toBeVisible();
    await expect(ir).toHaveAttribute('aria-invalid', 'true');
  });
  await expect(savedStatus(page)).toBeVisible();
  await expectAccessible('visit workspace with findings');
  await test.step('reload restores the draft', async () => {
    await page.reload();
    await expect(
      page.getByRole('textbox', { name: 'Hip internal rotation, right (°)' }),
    ).toHaveValue('400');
    await expect(page.getByRole('checkbox', { name: 'Groin', exact: true })).toBeChecked();
    await expect(
      page
        .getByRole('radiogroup', { name: 'Resisted hip flexion, right' })
        .getByRole('radio', { name: 'Positive' }),
    ).toBeChecked();
    await expect(differential(page).getByRole('listitem').first()).toContainText(
      /^Iliopsoas tendinopathy/,
    );
  });
});

test('a red flag blocks signing until what was done is recorded; signing locks the visit', async ({
  page,
}) => {
  await startVisit(page, 'Redflag');
  await page.getByRole('checkbox', { name: 'Saddle anaesthesia' }).check();
  const alert = page.getByRole('alert').filter({ hasText: 'Possible cauda equina syndrome' });
  await expect(alert).toBeVisible();
  await expect(alert).toContainText('Emergency');
  const sign = page.getByRole('button', { name: 'Sign visit' });
  await expect(sign).toBeDisabled();
  await test.step('record the referral', async () => {
    const form = page.getByRole('form', { name: 'What was done: Possible cauda equina syndrome' });
    await form.getByRole('radio', { name: 'Referred' }).check();
    await form.getByRole('radio', { name: 'Emergency (today)' }).check();
    await form
      .getByRole('textbox', { name: 'Note (optional)' })
      .fill('Sent to the emergency department for MRI');
    await form.getByRole('button', { name: 'Record action' }).click();
    await expect(page.getByText(/Recorded: Referred \(emergency\)/)).toBeVisible();
  });
  await expect(sign).toBeEnabled();
  await sign.click();
  await expect(page.getByText('Signed visits are read-only.')).toBeVisible();
  await expect(page.getByRole('checkbox', { name: 'Saddle anaesthesia' })).toBeDisabled();
  await test.step('an addendum keeps author and time', async () => {
    await page.getByRole('textbox', { name: 'New addendum' }).fill('Phoned the ED: MRI booked.');
    await page.getByRole('button', { name: 'Add addendum' }).click();
    await expect(page.getByText('Phoned the ED: MRI booked.')).toBeVisible();
    await expect(page.getByText(/^Sam Physio, /)).toBeVisible();
  });
});

test('a second tab editing the same visit is told, and nothing is overwritten silently', async ({
  page,
  context,
}) => {
  await startVisit(page, 'Twotabs');
  const url = page.url();
  const other = await context.newPage();
  await other.goto(url);
  await other.getByRole('form', { name: 'Examination' }).waitFor();
  await page.getByRole('checkbox', { name: 'Fever', exact: true }).check();
  await expect(savedStatus(page)).toBeVisible();
  await other.getByRole('checkbox', { name: 'Night pain', exact: true }).check();
  await expect(other.getByText('This visit was changed in another tab or window.')).toBeVisible();
  await test.step("the first tab's change survives; the second keeps its own on screen", async () => {
    await page.reload();
    await expect(page.getByRole('checkbox', { name: 'Fever', exact: true })).toBeChecked();
    await expect(page.getByRole('checkbox', { name: 'Night pain', exact: true })).not.toBeChecked();
    await expect(other.getByRole('checkbox', { name: 'Night pain', exact: true })).toBeChecked();
  });
  await test.step('the second tab knowingly keeps its version', async () => {
    await other.getByRole('button', { name: 'Keep my version and save it over the other' }).click();
    await expect(savedStatus(other)).toBeVisible();
    await page.reload();
    await expect(page.getByRole('checkbox', { name: 'Night pain', exact: true })).toBeChecked();
  });
});
