import { createDemoData } from '../src/data/demo/demo-data';
import { expect, putStoredRows, test } from './fixtures';

test('demo patients load, are marked as demo, and show their visits', async ({
  page,
  expectAccessible,
}) => {
  await page.goto('/patients');
  await page.getByRole('button', { name: 'Load demo patients' }).click();
  await expect(page.getByRole('status').filter({ hasText: '40 patients' })).toBeVisible();
  await expect(page.locator('tbody').getByText('Demo').first()).toBeVisible();
  await expectAccessible('patients list with demo patients');

  await test.step('most recent visit first when sorting by last visit', async () => {
    await page.getByRole('button', { name: 'Last visit' }).click();
    await expect(page.getByRole('columnheader', { name: 'Last visit' })).toHaveAttribute(
      'aria-sort',
      'descending',
    );
    const firstRow = page.locator('tbody tr:not([aria-hidden="true"])').first();
    await expect(firstRow.locator('td').nth(4)).not.toHaveText('No visits');
  });

  await test.step('a demo patient lists their visits', async () => {
    await page.locator('tbody tr:not([aria-hidden="true"])').first().getByRole('link').click();
    await expect(page.getByText('A fictional patient for trying the app.')).toBeVisible();
    const visits = page.getByRole('table', { name: 'Visits, newest first' });
    await expect(visits.getByRole('row')).not.toHaveCount(1);
    await expect(visits.getByRole('cell', { name: 'Demo clinician' }).first()).toBeVisible();
  });
});

test('ten thousand patients: only the rows in view are in the page, and sorting and search still work', async ({
  page,
}) => {
  await page.goto('/patients');
  await expect(page.getByRole('heading', { name: 'No patients on this device yet' })).toBeVisible();
  const { patients } = createDemoData({ patientCount: 10_000, now: new Date() });
  await putStoredRows(page, 'patients', patients);
  await page.reload();
  await expect(page.getByRole('status').filter({ hasText: '10,000 patients' })).toBeVisible();

  const rows = page.locator('tbody tr:not([aria-hidden="true"])');
  expect(await rows.count()).toBeLessThan(80);
  await expect(page.getByRole('table')).toHaveAttribute('aria-rowcount', '10001');

  await page.getByRole('button', { name: 'Date of birth' }).click();
  await expect(page.getByRole('columnheader', { name: 'Date of birth' })).toHaveAttribute(
    'aria-sort',
    'ascending',
  );
  await expect(rows.first().locator('td').nth(2)).toContainText('1936');

  await page.getByRole('searchbox', { name: 'Search patients' }).fill('demo-09999');
  await expect(rows).toHaveCount(1);
  await expect(rows.first()).toContainText('DEMO-09999');

  await page.getByRole('searchbox', { name: 'Search patients' }).fill('');
  // Scroll only once all 10,000 rows are back (a scroll while one row is shown goes nowhere),
  // and again if the virtualiser was still measuring.
  await page
    .getByRole('status')
    .filter({ hasText: /^10,000 patients$/ })
    .waitFor();
  await expect(async () => {
    await page.getByRole('region', { name: /Patients on this device/ }).evaluate((element) => {
      element.scrollTop = element.scrollHeight;
    });
    await expect(rows.last()).toHaveAttribute('aria-rowindex', '10001', { timeout: 1000 });
  }).toPass({ timeout: 15_000 });
});
