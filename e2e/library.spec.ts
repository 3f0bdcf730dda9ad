import type { Page } from '@playwright/test';
import { isoYearsAgo } from './patient-form';
import { openStoredVisit } from './print-visits';
import { expect, test } from './fixtures';

const searchBox = (page: Page) => page.getByRole('searchbox', { name: 'Search the library' });
const heading = (page: Page, name: string) =>
  page.getByRole('heading', { level: 1, name, exact: true });

test('search finds the Thomas test, and its entry says how to perform it', async ({
  page,
  expectAccessible,
}) => {
  await page.goto('/library');
  await expect(heading(page, 'Library')).toBeVisible();
  await expect(page.getByRole('heading', { name: /^Conditions \(\d+\)$/ })).toBeVisible();

  await test.step('type the name: results and their count follow, and the URL holds the query', async () => {
    await searchBox(page).fill('Thomas test');
    await expect(page.getByRole('status')).toHaveText(/^\d+ entries match “Thomas test”\.$/);
    const results = page.getByRole('list', { name: 'Search results' }).getByRole('listitem');
    await expect(results.first().getByRole('link').first()).toHaveText('Thomas test');
    await expect(page).toHaveURL(/\/library\?q=Thomas(\+|%20)test$/);
    await expectAccessible('library search results');
  });

  await test.step('the shared address reopens the same search', async () => {
    await page.reload();
    await expect(searchBox(page)).toHaveValue('Thomas test');
    await expect(page.getByRole('status')).toHaveText(/entries match “Thomas test”/);
  });

  await test.step('open the exam item: how to perform it and the conditions it informs', async () => {
    await page
      .getByRole('list', { name: 'Search results' })
      .getByRole('listitem')
      .filter({ hasText: 'Exam item' })
      .getByRole('link', { name: 'Thomas test', exact: true })
      .click();
    await expect(heading(page, 'Thomas test')).toBeFocused();
    await expect(page.getByRole('region', { name: 'How to perform' })).toContainText(
      'Supine at the end of the couch',
    );
    const informed = page.getByRole('table', {
      name: 'Likelihood ratios for Thomas test, by condition',
    });
    await expect(informed.getByRole('link', { name: 'Iliopsoas muscle spasm' })).toBeVisible();
    await expect(informed).toContainText('Expert estimate (no published figure)');
    await expectAccessible('exam item entry');
  });
});

test('a condition entry links to its tests and treatments, and a treatment to the comparison', async ({
  page,
  expectAccessible,
}) => {
  await page.goto('/library/conditions/iliopsoas-tendinopathy');
  await expect(heading(page, 'Iliopsoas tendinopathy')).toBeVisible();
  await expect(
    page.getByRole('table', { name: 'Likelihood ratios for Iliopsoas tendinopathy' }),
  ).toBeVisible();

  await test.step('to a diagnostic test that bears on it, and back', async () => {
    await page
      .getByRole('region', { name: 'Diagnostic tests' })
      .getByRole('link', { name: 'Iliopsoas bursa diagnostic injection' })
      .click();
    await expect(heading(page, 'Iliopsoas bursa diagnostic injection')).toBeVisible();
    await expect(
      page
        .getByRole('region', { name: 'Conditions it informs' })
        .getByRole('link', { name: 'Iliopsoas tendinopathy' }),
    ).toBeVisible();
    await expectAccessible('diagnostic test entry');
    await page.goBack();
    await expect(heading(page, 'Iliopsoas tendinopathy')).toBeVisible();
  });

  await test.step('to a treatment it fits: evidence, cautions and the comparison link', async () => {
    await page
      .getByRole('region', { name: 'Treatments' })
      .getByRole('link', { name: 'Physiotherapy assessment and programme' })
      .click();
    await expect(heading(page, 'Physiotherapy assessment and programme')).toBeVisible();
    await expect(page.getByRole('region', { name: 'Evidence' })).toContainText('Level of evidence');
    await expect(
      page
        .getByRole('region', { name: 'Conditions it fits' })
        .getByRole('link', { name: 'Iliopsoas tendinopathy' }),
    ).toBeVisible();
    await expect(page.getByRole('link', { name: 'Compare with other treatments' })).toHaveAttribute(
      'href',
      '/compare?options=physiotherapy-programme',
    );
  });

  await test.step('a cited source lists what cites it', async () => {
    await page.getByRole('region', { name: 'Sources' }).getByRole('link').first().click();
    await expect(page.getByRole('heading', { level: 2, name: /^Cited by \(\d+\)$/ })).toBeVisible();
    await expect(
      page.getByRole('link', { name: 'Physiotherapy assessment and programme' }),
    ).toBeVisible();
    await expectAccessible('source entry');
  });
});

test('browsing by kind works at tablet width', async ({ page, expectAccessible }) => {
  await page.setViewportSize({ width: 820, height: 1100 });
  await page.goto('/library');
  await page.getByRole('link', { name: 'Red flags' }).click();
  await expect(page).toHaveURL(/\/library\?kind=red-flags$/);
  const kinds = page.getByRole('navigation', { name: 'Kinds of entry' });
  // The count follows the knowledge base (library-page.test.tsx checks it against the lists).
  await expect(kinds.getByRole('link', { name: /^Red flags \(\d+\)$/ })).toHaveAttribute(
    'aria-current',
    'page',
  );
  await page.getByRole('link', { name: 'Possible cauda equina syndrome' }).click();
  await expect(page.getByRole('region', { name: 'Fires when' })).toContainText(
    'Saddle anaesthesia',
  );
  await expectAccessible('red flag entry at 820 px');
});

/** A new patient's visit, open at the exam (both stored: the forms are not what is tested here). */
async function startVisit(page: Page, family: string): Promise<void> {
  await openStoredVisit(
    page,
    { given: 'Lee', family, dateOfBirth: isoYearsAgo(29), sex: 'female' },
    'sports',
  );
}

test('an assessment "why" opens the entry it cites in a new tab, and nothing typed is lost', async ({
  page,
  context,
  expectAccessible,
}) => {
  // A patient, a visit, an exam and axe over the whole workspace: allow for a busy machine.
  test.setTimeout(150_000);
  await startVisit(page, 'Whylink');
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
  const first = page.getByRole('list', { name: 'Differential' }).getByRole('listitem').first();
  await expect(first).toContainText(/^Iliopsoas tendinopathy/);
  await first.getByText(/^Why/).click();

  const why = first.getByRole('link', {
    name: 'Iliopsoas tendon tender (lesser trochanter), right (opens in new tab)',
  });
  await expect(why).toHaveAttribute('target', '_blank');
  await expect(
    first.getByText('Finding names and sources open their Library entry in a new tab.'),
  ).toBeVisible();
  await expectAccessible('visit workspace with Library links in the why list');

  await test.step('record one more finding and follow the link at once, before the autosave pause', async () => {
    await page.getByRole('checkbox', { name: 'Worse with hip flexion' }).check();
    const [entry] = await Promise.all([context.waitForEvent('page'), why.click()]);
    await entry.waitForLoadState();
    await expect(heading(entry, 'Iliopsoas tendon tender (lesser trochanter)')).toBeVisible();
    const row = entry
      .getByRole('table', { name: /^Likelihood ratios for Iliopsoas tendon tender/ })
      .getByRole('row')
      .filter({ has: entry.getByRole('link', { name: 'Iliopsoas tendinopathy' }) });
    await expect(row).toContainText('3');
    await expect(row).toContainText('Expert estimate (no published figure)');
    await entry.close();
  });

  await test.step('the workspace stayed put, and everything typed was saved', async () => {
    await expect(page.getByRole('form', { name: 'Examination' })).toBeVisible();
    await expect(page.getByRole('checkbox', { name: 'Worse with hip flexion' })).toBeChecked();
    await expect(
      page.getByRole('status').filter({ hasText: /Saved on this device/ }),
    ).toBeVisible();
    await page.reload();
    await expect(page.getByRole('checkbox', { name: 'Worse with hip flexion' })).toBeChecked();
    await expect(
      page.getByRole('checkbox', { name: 'Iliopsoas tendon tender (lesser trochanter), right' }),
    ).toBeChecked();
  });

  await test.step('the condition name and a cited source open their entries too', async () => {
    const name = page
      .getByRole('list', { name: 'Differential' })
      .getByRole('link', { name: 'Iliopsoas tendinopathy (opens in new tab)' });
    const [condition] = await Promise.all([context.waitForEvent('page'), name.click()]);
    await expect(heading(condition, 'Iliopsoas tendinopathy')).toBeVisible();
    await condition.close();
    const top = page.getByRole('list', { name: 'Differential' }).getByRole('listitem').first();
    await top.getByText(/^Why/).click();
    const source = top
      .getByRole('link', { name: /^Weir A et al\. Doha agreement.*\(opens in new tab\)$/ })
      .first();
    const [cited] = await Promise.all([context.waitForEvent('page'), source.click()]);
    await expect(
      heading(cited, 'Weir A et al. Doha agreement on groin pain in athletes. BJSM 2015;49:768-74'),
    ).toBeVisible();
    await cited.close();
  });
});
