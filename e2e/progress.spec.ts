import type { Page } from '@playwright/test';
import { isoYearsAgo } from './patient-form';
import { expect, putStoredRows, test } from './fixtures';
import { seedPatient, type SeedPatient } from './print-visits';
import { draftVisitRow } from './stored-rows';

/** Stores the patient (creating one through the form is patients.spec's); returns their id. */
async function storedPatient(page: Page, patient: SeedPatient): Promise<string> {
  await page.goto('/patients');
  await page.getByRole('heading', { level: 1, name: 'Patients' }).waitFor();
  return (await seedPatient(page, patient)).split('/')[2] ?? '';
}

/** A stored draft visit, as the app writes it: findings exactly as typed. */
function visitRow(patientId: string, id: string, date: string, findings: Record<string, unknown>) {
  return draftVisitRow({ id, patientId, date, findings, at: `${date}T10:00:00.000Z` });
}

test('progress over three visits: three points, the change in words, and the data as a table', async ({
  page,
}) => {
  const patientId = await storedPatient(page, {
    given: 'Robin',
    family: 'Threevisits',
    dateOfBirth: isoYearsAgo(45),
    sex: 'female',
  });
  await putStoredRows(page, 'visits', [
    visitRow(patientId, `${patientId}-v1`, '2025-03-03', {
      'pain-now': '7',
      'hip-ir-rom': { left: '12', right: '30' },
    }),
    visitRow(patientId, `${patientId}-v2`, '2025-03-17', {
      'pain-now': '5',
      'hip-ir-rom': { left: '16' },
    }),
    visitRow(patientId, `${patientId}-v3`, '2025-03-31', {
      'pain-now': '3',
      'hip-ir-rom': { left: '22', right: '31' },
    }),
  ]);
  await page.goto(`/patients/${patientId}`);
  const progress = page.getByRole('region', { name: 'Progress' });
  const pain = progress.getByRole('figure', { name: 'Pain' });

  await test.step('the change since the first visit is stated in words', async () => {
    await expect(pain).toContainText(
      'Pain now down 4 points since 3 Mar 2025 (from 7/10 to 3/10), better.',
    );
  });

  await test.step('the pain chart draws three points, with their values', async () => {
    const dots = pain.locator('.recharts-line-dots circle');
    await expect(dots).toHaveCount(3);
    await expect(pain.locator('.recharts-label-list text')).toHaveText(['7', '5', '3']);
  });

  await test.step('a visit without a value leaves a gap, not a zero', async () => {
    const ir = progress.getByRole('figure', { name: 'Hip internal rotation' });
    await expect(ir).toContainText(
      'Hip internal rotation, right up 1° since 3 Mar 2025 (from 30° to 31°), better.',
    );
    // Right: two squares (3 and 31 March) and no point at 17 March, rather than one at 0.
    await expect(ir.locator('.recharts-line-dots rect')).toHaveCount(2);
    expect(await ir.locator('.recharts-label-list text').allTextContents()).not.toContain('0');
    await ir.getByRole('button', { name: 'Show data as a table' }).click();
    await expect(ir.getByRole('row', { name: /17 Mar 2025/ })).toHaveText(
      /17 Mar 2025\s*16°\s*Not recorded/,
    );
  });

  await test.step('the data table gives every visit', async () => {
    await pain.getByRole('button', { name: 'Show data as a table' }).click();
    const table = pain.getByRole('table', { name: 'Pain, by visit' });
    await expect(table.getByRole('row')).toHaveText([
      /Visit\s*Pain now\s*Pain at worst/,
      /3 Mar 2025\s*7\/10\s*Not recorded/,
      /17 Mar 2025\s*5\/10\s*Not recorded/,
      /31 Mar 2025\s*3\/10\s*Not recorded/,
    ]);
    await expect(pain.getByRole('button', { name: 'Hide the data table' })).toHaveAttribute(
      'aria-expanded',
      'true',
    );
  });
});

test('with one visit, progress says charts come later instead of drawing an empty chart', async ({
  page,
}) => {
  const patientId = await storedPatient(page, {
    given: 'Sam',
    family: 'Onevisit',
    dateOfBirth: isoYearsAgo(30),
    sex: 'male',
  });
  await putStoredRows(page, 'visits', [
    visitRow(patientId, `${patientId}-v1`, '2025-03-03', { 'pain-now': '6' }),
  ]);
  await page.goto(`/patients/${patientId}`);
  const progress = page.getByRole('region', { name: 'Progress' });
  await expect(progress).toContainText(
    'Charts appear once two visits have measurements to compare (one visit with measurements so far).',
  );
  await expect(progress.getByRole('figure')).toHaveCount(0);
});
