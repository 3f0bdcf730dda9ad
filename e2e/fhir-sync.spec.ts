import { createServer } from 'node:net';
import type { APIRequestContext, Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { createPatient, type TestPatient } from './patient-form';
import { storeFhirServer } from './stored-rows';

/**
 * Sync with a real FHIR R4 server: scripts/fhir-server.ts (@medplum/fhir-router with its memory
 * repository), started on localhost by the Playwright config. Each test makes its own patient,
 * so tests running side by side never touch each other's records on the shared server.
 */
const FHIR = process.env.E2E_FHIR_BASE_URL ?? '';

/** Points the app at a FHIR server as the Settings screen does (it saves this same record). */
async function setFhirServer(page: Page, fhirBaseUrl: string): Promise<void> {
  await page.goto('/patients');
  await expect(page.getByRole('heading', { level: 1, name: 'Patients' })).toBeVisible();
  await storeFhirServer(page, fhirBaseUrl, 'Sam Clinician');
}

function patientIdOf(page: Page): string {
  const id = /\/patients\/([^/?#]+)/.exec(page.url())?.[1];
  if (!id) throw new Error(`not on a patient page: ${page.url()}`);
  return id;
}

const syncPanel = (page: Page) => page.getByRole('region', { name: 'FHIR server' });
const syncState = (page: Page) => syncPanel(page).getByRole('status');

interface ServerPatient {
  readonly meta: { readonly versionId: string };
  readonly name: readonly { readonly family?: string; readonly given?: readonly string[] }[];
  readonly [element: string]: unknown;
}

async function readOnServer(request: APIRequestContext, id: string): Promise<ServerPatient> {
  const response = await request.get(`${FHIR}/Patient/${id}`);
  expect(response.status()).toBe(200);
  return (await response.json()) as ServerPatient;
}

async function closedPort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => {
    server.listen(0, '127.0.0.1', resolve);
  });
  const address = server.address();
  if (address === null || typeof address === 'string') throw new Error('no port');
  await new Promise<void>((resolve) => {
    server.close(() => {
      resolve();
    });
  });
  return address.port;
}

function uniquePatient(family: string): TestPatient {
  const tag = Math.random().toString(36).slice(2, 8).toUpperCase();
  return {
    given: 'Ines',
    family,
    dateOfBirth: '1984-03-09',
    sex: 'Female',
    identifier: `SYNC-${tag}`,
    notes: 'Left groin pain when kicking.',
  };
}

test('a patient syncs to the FHIR server; a change made there meets a local change as a conflict, resolved by choice', async ({
  page,
  request,
  expectAccessible,
}) => {
  test.setTimeout(120_000);
  const patient = uniquePatient('Navarro');

  await test.step('point the app at the FHIR server and record a patient', async () => {
    await setFhirServer(page, FHIR);
    await createPatient(page, patient);
  });
  const id = patientIdOf(page);

  await test.step('the patient is sent on its own and shown as synced', async () => {
    await expect(syncState(page)).toContainText('Synced', { timeout: 20_000 });
    await expect(syncState(page)).toContainText('127.0.0.1');
    const onServer = await readOnServer(request, id);
    expect(onServer.name[0]).toMatchObject({ family: 'Navarro', given: ['Ines'] });
    await expectAccessible('patient, synced with the FHIR server');
  });

  await test.step('someone changes the patient on the server, and the clinician changes it here', async () => {
    const current = await readOnServer(request, id);
    const changed = await request.put(`${FHIR}/Patient/${id}`, {
      headers: {
        'Content-Type': 'application/fhir+json',
        'If-Match': `W/"${current.meta.versionId}"`,
      },
      data: { ...current, name: [{ use: 'official', family: 'Okafor', given: ['Ines'] }] },
    });
    expect(changed.status()).toBe(200);

    await page.getByRole('link', { name: 'Edit details' }).click();
    await page
      .getByRole('textbox', { name: 'Notes (optional)' })
      .fill('Better after two weeks of rest.');
    await page.getByRole('button', { name: /Save/ }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Navarro, Ines' })).toBeVisible();
  });

  await test.step('the sync finds the conflict, overwrites nothing, and shows both times', async () => {
    await expect(syncState(page)).toContainText('Conflict', { timeout: 20_000 });
    const item = syncPanel(page).getByRole('listitem').filter({ hasText: 'Patient details' });
    await expect(item).toContainText(
      /Changed on this device \(last change .+\) and on the server \(.+\)/,
    );
    await expect(page.getByText('Better after two weeks of rest.')).toBeVisible();
    expect((await readOnServer(request, id)).name[0]?.family).toBe('Okafor');
    await expectAccessible('patient, sync conflict');
  });

  await test.step('the patient list marks the patient while the conflict waits', async () => {
    await page.getByRole('link', { name: 'Patients', exact: true }).click();
    const row = page.getByRole('row').filter({ hasText: 'Navarro, Ines' });
    await expect(row).toContainText('Sync conflict');
    await expectAccessible('patient list with a sync conflict');
    await row.getByRole('link', { name: 'Navarro, Ines' }).click();
    await expect(syncState(page)).toContainText('Conflict', { timeout: 20_000 });
  });

  await test.step('the clinician takes the server version after confirming', async () => {
    await syncPanel(page)
      .getByRole('button', { name: 'Use the server’s version (Patient details)' })
      .click();
    const dialog = page.getByRole('dialog', { name: /Replace this device’s version/ });
    await expect(dialog).toBeVisible();
    await expectAccessible('conflict choice dialog');
    await dialog.getByRole('button', { name: 'Use the server’s version' }).click();
    await expect(syncState(page)).toContainText('Synced', { timeout: 20_000 });
    await expect(page.getByRole('heading', { level: 1, name: 'Okafor, Ines' })).toBeVisible();
  });

  await test.step('a reload keeps the synced state', async () => {
    await page.reload();
    await expect(page.getByRole('heading', { level: 1, name: 'Okafor, Ines' })).toBeVisible();
    await expect(syncState(page)).toContainText('Synced', { timeout: 20_000 });
  });
});

test('a FHIR server that is down: the app says so, retries, offers Retry now, and loses nothing', async ({
  page,
  expectAccessible,
}) => {
  test.setTimeout(120_000);
  const patient = uniquePatient('Lindqvist');
  const down = `http://127.0.0.1:${String(await closedPort())}/fhir`;

  await setFhirServer(page, down);
  await createPatient(page, patient);

  await expect(syncState(page)).toContainText(/could not be reached.*Trying again automatically/, {
    timeout: 20_000,
  });
  await expect(syncState(page)).toContainText('Not synced');
  await expect(page.getByText('Left groin pain when kicking.')).toBeVisible();

  // After the automatic attempts (1 s, 2 s, 4 s apart) it stops and asks.
  const retry = syncPanel(page).getByRole('button', { name: 'Retry now' });
  await expect(retry).toBeVisible({ timeout: 30_000 });
  await expect(syncState(page)).toContainText(/could not be reached.*unchanged/);
  await expectAccessible('patient, FHIR server down');

  await retry.click();
  await expect(syncState(page)).toContainText(/could not be reached/, { timeout: 20_000 });

  await page.reload();
  await expect(page.getByRole('heading', { level: 1, name: 'Lindqvist, Ines' })).toBeVisible();
  await expect(page.getByText('Left groin pain when kicking.')).toBeVisible();
  await expect(syncState(page)).toContainText('Not synced', { timeout: 20_000 });
});

test('the production build carries no mock service worker', async ({ request }) => {
  const response = await request.get('/mockServiceWorker.js');
  expect(await response.text()).not.toContain('Mock Service Worker');
});
