import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { fillPatientForm, isoYearsAgo, startVisitFromRecord } from './patient-form';

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

/** What the browser's service worker and cache hold now: evidence for a failure message. */
function serviceWorkerState(page: Page): Promise<string> {
  return page
    .evaluate(async () => {
      const registration = await navigator.serviceWorker.getRegistration();
      const names = await caches.keys();
      const shell = await caches.match('/index.html', { ignoreVary: true });
      return JSON.stringify({
        active: registration?.active?.state ?? null,
        waiting: registration?.waiting?.state ?? null,
        installing: registration?.installing?.state ?? null,
        controlled: navigator.serviceWorker.controller !== null,
        caches: names,
        shellCached: shell !== undefined,
      });
    })
    .catch((error: unknown) => `unreadable: ${String(error)}`);
}

/**
 * Reloads and requires the document to have come from the service worker. A navigation that
 * reaches the network instead fails offline (net::ERR_INTERNET_DISCONNECTED): reported here with
 * what the worker and its cache held, never retried, because a clinician would see that page too.
 */
async function reloadFromServiceWorker(page: Page, when: string): Promise<void> {
  const response = await page.reload().catch(async (error: unknown) => {
    throw new Error(
      `${when}: the reload did not come from the service worker: ${String(error)}; ` +
        `worker and cache: ${await serviceWorkerState(page)}`,
    );
  });
  expect(response?.fromServiceWorker(), `${when}: document from the service worker`).toBe(true);
}

/**
 * Reloads, online, until the document comes from the service worker. Right after the first
 * install the page is controlled (by `clients.claim()`) and the worker is 'activated', yet in
 * about one run in four on this loaded machine the very next navigation still went to the network
 * (`fromServiceWorker()` false, `workerStart` 0): Chromium had not yet started routing this
 * scope's navigations to the new worker. Offline, that navigation is the
 * net::ERR_INTERNET_DISCONNECTED seen on CI. The app is installed for offline use once a
 * navigation is answered from the worker's cache; that is awaited here, online, where a miss
 * costs nothing, and every reload after the network goes must come from the worker first time.
 * If no navigation is ever answered by the worker, this fails: the app would not work offline.
 */
async function waitForNavigationsFromServiceWorker(page: Page): Promise<void> {
  const attempts: string[] = [];
  await expect
    .poll(
      async () => {
        const response = await page.reload();
        const workerStart = await page.evaluate(() => {
          const [entry] = performance.getEntriesByType('navigation');
          return entry instanceof PerformanceNavigationTiming ? entry.workerStart : -1;
        });
        const fromWorker = response?.fromServiceWorker() ?? false;
        attempts.push(`fromServiceWorker=${String(fromWorker)} workerStart=${String(workerStart)}`);
        return fromWorker;
      },
      { message: 'a navigation answered by the service worker', timeout: 30_000 },
    )
    .toBe(true);
  if (attempts.length > 1)
    test.info().annotations.push({
      type: 'service worker not yet routing navigations',
      description: `${attempts.join('; ')} (then ${await serviceWorkerState(page)})`,
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

test('after the first visit, the app opens and records an exam and a plan with the network gone', async ({
  page,
  context,
}) => {
  test.setTimeout(240_000);
  await test.step('first visit online: the service worker installs', async () => {
    await page.goto('/patients');
    await expect(page.getByRole('heading', { level: 1, name: 'Patients' })).toBeVisible();
    await waitForServiceWorker(page);
    // The clinician is told when the app can open without a network, and Settings says so too.
    await expect(page.getByRole('contentinfo')).toContainText(
      'Saved for offline use: the app now opens on this device without a network.',
    );
    await page
      .getByRole('navigation', { name: 'Main' })
      .getByRole('link', { name: 'Settings' })
      .click();
    await expect(
      page.getByRole('status').filter({ hasText: /^Saved: this device keeps a copy of the app/ }),
    ).toBeVisible();
    await page
      .getByRole('navigation', { name: 'Main' })
      .getByRole('link', { name: 'Patients' })
      .click();
    await expect(page.getByRole('heading', { level: 1, name: 'Patients' })).toBeVisible();
  });

  await test.step('still online: navigations are answered by the service worker', async () => {
    await waitForNavigationsFromServiceWorker(page);
    await expect(page.getByRole('heading', { level: 1, name: 'Patients' })).toBeVisible();
  });

  await context.setOffline(true);
  expect(await networkReachable(page), 'the network is really gone').toBe(false);

  await test.step('offline: reload, and open a screen never visited by address', async () => {
    await reloadFromServiceWorker(page, 'offline');
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
    await startVisitFromRecord(page);
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
    await reloadFromServiceWorker(page, 'offline, in the visit');
    await expect(page.getByRole('checkbox', { name: 'Groin', exact: true })).toBeChecked();
    await expect(
      page
        .getByRole('radiogroup', { name: 'Resisted hip flexion, right' })
        .getByRole('radio', { name: 'Positive' }),
    ).toBeChecked();
  });

  const goal = 'Walk to the shop and back without groin pain by the review';
  const dosage = 'Hold 30 s, 3 times each side, morning and evening';
  const dosageField = page.getByRole('textbox', { name: /^Dosage \(/ }).first();
  const ownGoal = page.getByRole('textbox', { name: /^Goal \(goal \d+\)$/ }).last();
  await test.step('offline: open the plan drafted from the exam, change a dosage, add a goal', async () => {
    await page.getByRole('link', { name: 'Treatment plan', exact: true }).click();
    await expect(page.getByRole('heading', { level: 1, name: /^Treatment plan — / })).toBeVisible();
    await expect(page.getByRole('heading', { level: 3, name: /^Tier 1: / })).toBeVisible();
    await dosageField.fill(dosage);
    await page.getByRole('textbox', { name: 'New goal' }).fill(goal);
    await page.getByRole('button', { name: 'Add goal' }).click();
    await expect(ownGoal).toHaveValue(goal);
    await expect(
      page.getByRole('status').filter({ hasText: /^Saved on this device/ }),
    ).toBeVisible();
  });

  await test.step('offline: a reload keeps the plan as edited', async () => {
    await reloadFromServiceWorker(page, 'offline, in the plan');
    await expect(page.getByRole('heading', { level: 1, name: /^Treatment plan — / })).toBeVisible();
    await expect(dosageField).toHaveValue(dosage);
    await expect(ownGoal).toHaveValue(goal);
    await expect(page.getByText(/^Edited by you: /)).toBeVisible();
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
