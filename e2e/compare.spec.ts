import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { isoYearsAgo } from './patient-form';
import { openStoredVisit } from './print-visits';
import { expect, test } from './fixtures';

/** Stores a new patient with a visit, opens it, records the given history checkboxes; returns the ids. */
async function visitWith(page: Page, family: string, checked: readonly string[]) {
  await openStoredVisit(page, { given: 'Jo', family, dateOfBirth: isoYearsAgo(64), sex: 'male' });
  await page.getByRole('checkbox', { name: 'Groin', exact: true }).check();
  for (const name of checked) await page.getByRole('checkbox', { name, exact: true }).check();
  await expect(page.getByRole('status').filter({ hasText: /Saved on this device/ })).toBeVisible();
  const [, , patientId, , visitId] = new URL(page.url()).pathname.split('/');
  if (patientId === undefined || visitId === undefined) throw new Error(`no ids in ${page.url()}`);
  return { patientId, visitId };
}

const safetyCell = (page: Page, column: number) =>
  page
    .getByRole('row', { name: /^Contraindications and cautions/ })
    .getByRole('cell')
    .nth(column);

test('an option is marked contraindicated, with the reason, for a patient who has the contraindication and not for one who has not', async ({
  page,
}) => {
  const withKidney = await visitWith(page, 'Kidney', ['Kidney disease']);
  const without = await visitWith(page, 'Nokidney', []);
  const url = (ids: { readonly patientId: string; readonly visitId: string }) =>
    `/compare?options=oral-nsaids,exercise-therapy&patient=${ids.patientId}&visit=${ids.visitId}`;

  await test.step('with kidney disease: oral NSAIDs contraindicated, with the reason, in words', async () => {
    await page.goto(url(withKidney));
    await expect(page.getByText(/Judged for Kidney, Jo, from the visit on/)).toBeVisible();
    await expect(page.getByRole('columnheader', { name: /Oral NSAIDs/ })).toContainText(
      'Contraindicated for this patient',
    );
    await expect(safetyCell(page, 0)).toContainText(
      'Contraindicated for this patient: Kidney disease: Avoid in moderate or severe renal impairment',
    );
    await expect(safetyCell(page, 1)).toContainText('No contraindication in this visit’s record');
  });

  await test.step('without it: not marked', async () => {
    await page.goto(url(without));
    await expect(page.getByText(/Judged for Nokidney, Jo, from the visit on/)).toBeVisible();
    await expect(page.getByRole('columnheader', { name: /Oral NSAIDs/ })).not.toContainText(
      'Contraindicated',
    );
    await expect(safetyCell(page, 0)).not.toContainText('Contraindicated for this patient');
  });
});

test('a compared option is added to the visit’s plan; a contraindicated one only with a written reason', async ({
  page,
  expectAccessible,
}) => {
  const visit = await visitWith(page, 'Planned', ['Kidney disease']);
  await page.goto(`/compare?options=oral-nsaids,exercise-therapy&visit=${visit.visitId}`);
  await expect(page.getByText(/No plan yet: the first addition drafts one/)).toBeVisible();
  await test.step('the contraindicated one asks why', async () => {
    await page.getByRole('button', { name: 'Add Oral NSAIDs to the plan' }).click();
    const dialog = page.getByRole('dialog', {
      name: 'Add Oral NSAIDs despite the contraindication?',
    });
    await dialog.getByRole('button', { name: 'Add with this reason' }).click();
    await expect(
      dialog.getByText('Write why this contraindicated treatment is added'),
    ).toBeVisible();
    await expectAccessible('add-to-plan dialog');
    await dialog
      .getByRole('textbox', { name: 'Why add it anyway' })
      .fill('Renal team agreed a 5-day course');
    await dialog.getByRole('button', { name: 'Add with this reason' }).click();
    await expect(
      page.getByRole('status').filter({ hasText: 'Oral NSAIDs added to the plan' }),
    ).toBeVisible();
  });
  await test.step('one without a contraindication goes straight in; both stay after a reload', async () => {
    await page
      .getByRole('button', {
        name: 'Add Exercise therapy (strengthening, motor control and mobility) to the plan',
      })
      .click();
    await expect(
      page.getByRole('status').filter({ hasText: /^Exercise therapy .* added to the plan/ }),
    ).toBeVisible();
    await page.reload();
    const planRow = page.getByRole('row', { name: /^This visit’s plan/ });
    await expect(planRow.getByRole('cell').nth(0)).toHaveText('✓ In the plan');
    await expect(planRow.getByRole('cell').nth(1)).toHaveText('✓ In the plan');
  });
});

test('the address holds the selection: a comparison reopens and can be shared', async ({
  page,
  context,
  expectAccessible,
}) => {
  await page.goto('/compare');
  await expect(page.getByRole('heading', { name: 'Nothing to compare yet' })).toBeVisible();
  await page.getByRole('button', { name: 'Tier 2: Physiotherapy-led care', exact: true }).click();
  await page
    .getByRole('searchbox', { name: 'Search treatments by name or alias' })
    .fill('ibuprofen');
  // By keyboard: the first match follows the search box.
  await page.keyboard.press('Tab');
  const nsaids = page.getByRole('button', { name: 'Compare Oral NSAIDs' });
  await expect(nsaids).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/options=tier-2(%2C|,)oral-nsaids/);
  await expect(nsaids).toHaveAttribute('aria-pressed', 'true');
  await expect(nsaids).toBeFocused();
  await expect(
    page.getByRole('columnheader', { name: /Tier 2: Physiotherapy-led care/ }),
  ).toBeVisible();
  await expect(page.getByRole('region', { name: 'Whom the comparison is for' })).toContainText(
    'Not judged for a patient.',
  );
  await expectAccessible('comparison not judged for a patient');

  await test.step('the chart has its data as a table', async () => {
    await expect(page.locator('.compare-chart svg.recharts-surface')).toBeVisible();
    await page.getByRole('button', { name: 'Show data as a table' }).click();
    const table = page.getByRole('table', {
      name: 'Invasiveness and certainty of evidence, by option',
    });
    await expect(
      table.getByRole('row', { name: /^Oral NSAIDs Oral NSAIDs Moderate 2 No$/ }),
    ).toBeVisible();
  });

  await test.step('reopened in another tab, the same comparison', async () => {
    const other = await context.newPage();
    await other.goto(page.url());
    await expect(other.getByRole('columnheader', { name: /Oral NSAIDs/ })).toBeVisible();
    await expect(
      other.getByRole('columnheader', { name: /Tier 2: Physiotherapy-led care/ }),
    ).toBeVisible();
    await expect(
      other.getByRole('button', { name: 'Tier 2: Physiotherapy-led care', exact: true }),
    ).toHaveAttribute('aria-pressed', 'true');
  });

  await test.step('an unknown id in a shared link is reported, not fatal', async () => {
    await page.goto('/compare?options=oral-nsaids,made-up-thing,paracetamol');
    await expect(page.getByText('Not found: made-up-thing.')).toBeVisible();
    await expect(page.getByRole('columnheader', { name: /Paracetamol/ })).toBeVisible();
  });
});

test('the comparison prints without the navigation and controls', async ({ page }) => {
  await page.goto('/compare?options=oral-nsaids,exercise-therapy,tier-4');
  await expect(page.getByRole('columnheader', { name: /Tier 4/ })).toBeVisible();
  await expect(page.locator('.compare-chart svg.recharts-surface')).toBeVisible();
  await page.emulateMedia({ media: 'print' });
  await expect(page.getByRole('navigation', { name: 'Main' })).toBeHidden();
  await expect(page.getByRole('button', { name: 'Print comparison' })).toBeHidden();
  await expect(page.getByRole('heading', { name: 'Choose what to compare' })).toBeHidden();
  const dir = mkdtempSync(join(tmpdir(), 'compare-print-'));
  for (const format of ['A4', 'Letter'] as const) {
    const file = join(dir, `${format}.pdf`);
    writeFileSync(file, await page.pdf({ format, printBackground: true }));
    const text = execFileSync('pdftotext', ['-layout', file, '-'], { encoding: 'utf8' });
    expect(text, format).toContain('Compare treatments');
    expect(text, format).toContain('Oral NSAIDs');
    expect(text, format).toContain('Contraindications');
    expect(text, format).not.toContain('Choose what to compare');
    expect(text, format).not.toContain('Show data as a table');
    // The table is not cut at the right edge: the last column's header is printed.
    expect(text.replace(/\s+/g, ' '), format).toContain('Tier 4: Injections');
  }
});
