import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { fillPatientForm, isoYearsAgo } from './patient-form';

// Playwright bypasses service workers while it intercepts requests: watch, do not intercept.
test.use({ offsiteGuard: 'listen' });

/** Resolves once a service worker controls the page and has finished caching the app shell. */
async function waitForServiceWorker(page: Page): Promise<void> {
  await page.waitForFunction(async () => {
    const registration = await navigator.serviceWorker.getRegistration();
    return (
      registration?.active?.state === 'activated' && navigator.serviceWorker.controller !== null
    );
  });
}

/** Does the page reach the network at all? (A file that is never cached, with a fresh query.) */
function networkReachable(page: Page): Promise<boolean> {
  return page.evaluate(async () => {
    try {
      await fetch(`/favicon.svg?probe=${String(Date.now())}`, { cache: 'no-store' });
      return true;
    } catch {
      return false;
    }
  });
}

test('after the first visit, the app opens and records an exam with the network gone', async ({
  page,
  context,
}) => {
  test.setTimeout(150_000);
  await test.step('first visit online: the service worker installs', async () => {
    await page.goto('/patients');
    await expect(page.getByRole('heading', { level: 1, name: 'Patients' })).toBeVisible();
    await waitForServiceWorker(page);
  });

  await context.setOffline(true);
  expect(await networkReachable(page), 'the network is really gone').toBe(false);

  await test.step('offline: reload, and open a screen never visited by address', async () => {
    await page.reload();
    await expect(page.getByRole('heading', { level: 1, name: 'Patients' })).toBeVisible();
    await page.goto('/patients/new');
    await expect(page.getByRole('heading', { level: 1, name: 'New patient' })).toBeVisible();
  });

  await test.step('offline: create a patient', async () => {
    await fillPatientForm(page, {
      given: 'Noor',
      family: 'Offline',
      dateOfBirth: isoYearsAgo(29),
      sex: 'Female',
    });
    await page.getByRole('button', { name: 'Save patient' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Offline, Noor' })).toBeVisible();
  });

  await test.step('offline: start a visit and record an exam', async () => {
    await page.getByRole('link', { name: 'Start visit' }).click();
    await page.getByRole('textbox', { name: 'Clinician' }).fill('Sam Physio');
    await page.getByRole('button', { name: 'Start visit' }).click();
    await page.getByRole('form', { name: 'Examination' }).waitFor();
    await page.getByRole('checkbox', { name: 'Groin', exact: true }).check();
    await page
      .getByRole('radiogroup', { name: 'Symptomatic side' })
      .getByRole('radio', { name: 'Right' })
      .check();
    await page
      .getByRole('radiogroup', { name: 'Resisted hip flexion, right' })
      .getByRole('radio', { name: 'Positive' })
      .check();
    await page
      .getByRole('checkbox', { name: 'Iliopsoas tendon tender (lesser trochanter), right' })
      .check();
    await page.getByRole('checkbox', { name: 'Worse with hip flexion' }).check();
    await expect(
      page.getByRole('list', { name: 'Differential' }).getByRole('listitem').first(),
    ).toBeVisible();
    await expect(
      page.getByRole('status').filter({ hasText: /Saved on this device/ }),
    ).toBeVisible();
  });

  await test.step('offline: a reload keeps the exam', async () => {
    await page.reload();
    await expect(page.getByRole('checkbox', { name: 'Groin', exact: true })).toBeChecked();
    await expect(
      page
        .getByRole('radiogroup', { name: 'Resisted hip flexion, right' })
        .getByRole('radio', { name: 'Positive' }),
    ).toBeChecked();
  });
  expect(await networkReachable(page), 'still offline at the end').toBe(false);
});

test('a new version waits: the open visit is not interrupted, and the clinician reloads when ready', async ({
  page,
}) => {
  test.setTimeout(120_000);
  await page.goto('/patients/new');
  await waitForServiceWorker(page);
  await fillPatientForm(page, {
    given: 'Uma',
    family: 'Update',
    dateOfBirth: isoYearsAgo(61),
    sex: 'Female',
  });
  await test.step('a new build is published while the form is half filled', async () => {
    // A worker at a new script address is, to the browser, a new version of the same scope.
    await page.evaluate(async () => {
      await navigator.serviceWorker.register('/sw.js?next-build', { scope: '/' });
    });
  });
  const notice = page.getByRole('status').filter({ hasText: 'Update ready' });
  await expect(notice).toBeVisible();
  await test.step('nothing reloads by itself: the typing is still there', async () => {
    await page.waitForTimeout(1500);
    await expect(page.getByRole('textbox', { name: 'Given name' })).toHaveValue('Uma');
    const waiting = await page.evaluate(
      async () => (await navigator.serviceWorker.getRegistration())?.waiting?.state ?? 'none',
    );
    expect(waiting).toBe('installed');
  });
  await test.step('the clinician saves, then reloads to update', async () => {
    await page.getByRole('button', { name: 'Save patient' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Update, Uma' })).toBeVisible();
    const before = await page.evaluate(() => navigator.serviceWorker.controller?.scriptURL);
    expect(before).not.toContain('next-build');
    // Gone after a reload: tells a reload from the page staying as it was.
    await page.evaluate(() => {
      (window as { __beforeUpdate?: boolean }).__beforeUpdate = true;
    });
    await notice.getByRole('button', { name: 'Reload to update now' }).click();
    await expect
      .poll(() =>
        page
          .evaluate(() => (window as { __beforeUpdate?: boolean }).__beforeUpdate)
          // Asked while the page is reloading: not answered yet, so ask again.
          .catch(() => 'reloading'),
      )
      .toBeUndefined();
    await expect(page.getByRole('heading', { level: 1, name: 'Update, Uma' })).toBeVisible();
    // (The reloaded page registers /sw.js again, a different address from the stand-in's, so
    // the browser may offer that as the next update; in real use both are the same address.)
    await expect
      .poll(() => page.evaluate(() => navigator.serviceWorker.controller?.scriptURL))
      .toContain('next-build');
  });
});
