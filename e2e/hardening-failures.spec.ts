import type { Page } from '@playwright/test';
import { visitRecord } from '../src/data/visits/visit.schema.ts';
import { expect, putStoredRows, test } from './fixtures';
import { fillPatientForm, isoYearsAgo } from './patient-form';
import { openStoredVisit, seedPatient } from './print-visits';
import { readStoredRows } from './stored-rows';

/**
 * How the app behaves when the browser's storage fails it: full, missing, holding a record it
 * cannot read or one from a newer version, or the page killed while a save is in flight. In every
 * case nothing already saved is lost.
 */

interface StorageHooks {
  __quotaFull?: boolean;
  __writes?: number;
}

/**
 * Wraps IndexedDB's writes: while `window.__quotaFull` is set they throw QuotaExceededError, as a
 * full disk does; every write is counted in `window.__writes`.
 */
async function hookStorageWrites(page: Page): Promise<void> {
  await page.addInitScript(() => {
    const hooks = window as StorageHooks;
    hooks.__writes = 0;
    for (const method of ['put', 'add'] as const) {
      const original = Object.getOwnPropertyDescriptor(IDBObjectStore.prototype, method)?.value as (
        this: IDBObjectStore,
        ...args: Parameters<IDBObjectStore['put']>
      ) => IDBRequest<IDBValidKey>;
      IDBObjectStore.prototype[method] = function (
        this: IDBObjectStore,
        ...args: Parameters<IDBObjectStore['put']>
      ) {
        if (hooks.__quotaFull === true)
          throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
        hooks.__writes = (hooks.__writes ?? 0) + 1;
        return original.apply(this, args);
      };
    }
  });
}

const setQuotaFull = (page: Page, full: boolean) =>
  page.evaluate((value) => {
    (window as StorageHooks).__quotaFull = value;
  }, full);

const saved = (page: Page) => page.getByRole('status').filter({ hasText: /Saved on this device/ });

/** A new patient's visit, open at the exam (both stored: the forms are not what is tested here). */
async function startVisit(page: Page, family: string): Promise<void> {
  await openStoredVisit(
    page,
    { given: 'Kim', family, dateOfBirth: isoYearsAgo(52), sex: 'male' },
    'general',
  );
}

test('a full disk while saving the exam: said plainly, typing kept, nothing saved lost', async ({
  page,
}) => {
  test.setTimeout(120_000);
  await hookStorageWrites(page);
  await startVisit(page, 'Quota');
  await page.getByRole('checkbox', { name: 'Groin', exact: true }).check();
  await expect(saved(page)).toBeVisible();

  const notes = page.getByRole('textbox', { name: 'History notes' });
  await test.step('the disk fills up: the save fails and says why', async () => {
    await setQuotaFull(page, true);
    await notes.fill('Typed while the disk was full');
    await expect(page.getByRole('status').filter({ hasText: /^Not saved:/ })).toContainText(
      'no room left',
    );
    await expect(notes).toHaveValue('Typed while the disk was full');
    await expect(page.getByRole('checkbox', { name: 'Groin', exact: true })).toBeChecked();
  });

  await test.step('what was saved before is still stored', async () => {
    const [visit] = await readStoredRows(page, 'visits');
    expect(JSON.stringify(visit?.findings)).toContain('groin');
    expect(JSON.stringify(visit?.findings)).not.toContain('disk was full');
  });

  await test.step('once there is room, the next change saves everything typed', async () => {
    await setQuotaFull(page, false);
    await notes.press('End');
    await notes.pressSequentially('.');
    await expect(saved(page)).toBeVisible();
    await page.reload();
    await expect(page.getByRole('textbox', { name: 'History notes' })).toHaveValue(
      'Typed while the disk was full.',
    );
    await expect(page.getByRole('checkbox', { name: 'Groin', exact: true })).toBeChecked();
  });
});

test('a full disk while adding a patient: the form says so and keeps what was typed', async ({
  page,
}) => {
  await hookStorageWrites(page);
  await page.goto('/patients/new');
  await page.getByRole('heading', { level: 1, name: 'New patient' }).waitFor();
  await setQuotaFull(page, true);
  const ines = {
    given: 'Inès',
    family: 'Moreau',
    dateOfBirth: '1979-02-11',
    sex: 'Female',
    notes: 'Left groin pain when kicking.',
  } as const;
  await fillPatientForm(page, ines);
  await page.getByRole('button', { name: 'Save patient' }).click();
  await expect(
    page.getByRole('alert').filter({ hasText: 'The patient was not saved.' }),
  ).toContainText('no room left');
  await expect(page.getByRole('textbox', { name: 'Notes (optional)' })).toHaveValue(ines.notes);

  await setQuotaFull(page, false);
  await page.getByRole('button', { name: 'Save patient' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Moreau, Inès' })).toBeVisible();
  await expect(page.getByText(ines.notes)).toBeVisible();
});

test('a browser with no IndexedDB at all: a banner on every screen, and no crash', async ({
  page,
  expectAccessible,
}) => {
  await page.addInitScript(() => {
    Object.defineProperty(window, 'indexedDB', { configurable: true, get: () => undefined });
  });
  const banner = page
    .getByRole('alert')
    .filter({ hasText: 'Patient records cannot be saved on this device' });
  for (const path of ['/patients', '/patients/new', '/patients/p-1', '/no-such-screen']) {
    await page.goto(path);
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
    await expect(banner).toContainText('This browser cannot keep records on the device');
  }
  await expectAccessible('no IndexedDB');
});

test('an unreadable visit is reported on its patient, and the other visits load', async ({
  page,
}) => {
  await startVisit(page, 'Broken');
  const visitUrl = page.url();
  const [visit] = await readStoredRows(page, 'visits');
  if (!visit) throw new Error('expected the visit just started');
  await putStoredRows(page, 'visits', [{ ...visit, id: 'v-broken', date: 'yesterday' }]);
  await page.getByRole('link', { name: /^Back to / }).click();
  const notice = page
    .getByRole('alert')
    .filter({ hasText: '1 stored visit record could not be read' });
  await expect(notice).toContainText('v-broken');
  await expect(notice).toContainText('date');
  await expect(page.getByRole('table').getByRole('row')).toHaveCount(2);
  await page.goto(visitUrl);
  await expect(page.getByRole('form', { name: 'Examination' })).toBeVisible();
  expect((await readStoredRows(page, 'visits')).find((row) => row.id === 'v-broken')?.date).toBe(
    'yesterday',
  );
});

test('a record saved by a newer version is reported and left exactly as it was', async ({
  page,
}) => {
  await page.goto('/patients');
  await page.getByRole('heading', { level: 1, name: 'Patients' }).waitFor();
  await seedPatient(page, { given: 'Ana', family: 'Current', dateOfBirth: '1970-01-01' });
  const [patient] = await readStoredRows(page, 'patients');
  const future = {
    ...patient,
    id: 'p-future',
    familyName: 'Future',
    schemaVersion: 99,
    newField: 1,
  };
  await putStoredRows(page, 'patients', [future]);
  await page.goto('/patients');
  await expect(
    page.getByRole('alert').filter({ hasText: '1 stored record could not be upgraded' }),
  ).toBeVisible();
  await expect(page.getByRole('alert').filter({ hasText: 'could not be read' })).toContainText(
    'newer version of the app',
  );
  await expect(page.getByRole('link', { name: 'Current, Ana' })).toBeVisible();
  await page.reload();
  await expect(page.getByRole('link', { name: 'Current, Ana' })).toBeVisible();
  expect((await readStoredRows(page, 'patients')).find((row) => row.id === 'p-future')).toEqual(
    future,
  );
});

test('the page killed in the middle of a save: on reopening, the last saved state is intact', async ({
  page,
  context,
}) => {
  test.setTimeout(120_000);
  await hookStorageWrites(page);
  await startVisit(page, 'Crash');
  const visitUrl = page.url();
  await page.getByRole('checkbox', { name: 'Groin', exact: true }).check();
  await expect(saved(page)).toBeVisible();

  await test.step('a save starts, and the renderer crashes before it can finish', async () => {
    const writes = await page.evaluate(() => (window as StorageHooks).__writes ?? 0);
    await page.getByRole('checkbox', { name: 'Night pain', exact: true }).check();
    await page.waitForFunction(
      (before) => ((window as StorageHooks).__writes ?? 0) > before,
      writes,
      {
        polling: 1,
      },
    );
    const crashed = page.waitForEvent('crash');
    const cdp = await context.newCDPSession(page);
    void cdp.send('Page.crash').catch(() => undefined);
    await crashed;
  });

  await test.step('reopened: the visit reads, with what was saved', async () => {
    const reopened = await context.newPage();
    await reopened.goto(visitUrl);
    await expect(reopened.getByRole('form', { name: 'Examination' })).toBeVisible();
    await expect(reopened.getByRole('checkbox', { name: 'Groin', exact: true })).toBeChecked();
    await expect(saved(reopened)).toBeVisible();
    // The interrupted save landed whole or not at all; either way the visit is readable and the
    // clinician can carry on.
    await reopened.getByRole('checkbox', { name: 'Fever', exact: true }).check();
    await expect(saved(reopened)).toBeVisible();
    await reopened.reload();
    await expect(reopened.getByRole('checkbox', { name: 'Fever', exact: true })).toBeChecked();
  });
});

test('the tab closed within a moment of typing: the change is saved on the way out', async ({
  page,
  context,
}) => {
  await startVisit(page, 'Closing');
  const visitUrl = page.url();
  await page.getByRole('checkbox', { name: 'Groin', exact: true }).check();
  await expect(saved(page)).toBeVisible();
  await page.getByRole('textbox', { name: 'History notes' }).fill('Closed straight after typing');
  await page.close({ runBeforeUnload: true });
  const reopened = await context.newPage();
  await reopened.goto(visitUrl);
  await expect(reopened.getByRole('checkbox', { name: 'Groin', exact: true })).toBeChecked();
  await expect(reopened.getByRole('textbox', { name: 'History notes' })).toHaveValue(
    'Closed straight after typing',
  );
});

/** A visit as version 1 of the app stored it: numbers as numbers, no red-flag actions or addenda. */
function asVersion1(visit: Record<string, unknown>, changes: Record<string, unknown>) {
  const rest = Object.fromEntries(
    Object.entries(visit).filter(([key]) => key !== 'redFlagActions' && key !== 'addenda'),
  );
  const findings = Object.fromEntries(
    Object.entries(visit.findings as Record<string, unknown>).map(([id, value]) => [
      id,
      typeof value === 'object' && value !== null && !Array.isArray(value)
        ? Object.fromEntries(
            Object.entries(value).map(([side, v]) => [
              side,
              /^\d+$/.test(String(v)) ? Number(v) : v,
            ]),
          )
        : value,
    ]),
  );
  return { ...rest, findings, schemaVersion: 1, ...changes };
}

async function visitWithRotation(page: Page, family: string): Promise<Record<string, unknown>> {
  await startVisit(page, family);
  await page.getByRole('textbox', { name: 'Hip internal rotation, right (°)' }).fill('25');
  await expect(saved(page)).toBeVisible();
  const [visit] = await readStoredRows(page, 'visits');
  if (!visit) throw new Error('expected the visit just started');
  expect(JSON.stringify(visit.findings)).toContain('"25"');
  return visit;
}

test('a visit stored by an older version is migrated on start and opens as it was', async ({
  page,
}) => {
  const visit = await visitWithRotation(page, 'Older');
  const old = asVersion1(visit, { id: 'v-from-v1' });
  expect(JSON.stringify(old.findings)).toContain(':25');
  await putStoredRows(page, 'visits', [old]);
  await page.goto(`${new URL(page.url()).pathname.replace(/visits\/.*$/, '')}visits/v-from-v1`);
  await expect(page.getByRole('textbox', { name: 'Hip internal rotation, right (°)' })).toHaveValue(
    '25',
  );
  const migrated = (await readStoredRows(page, 'visits')).find((row) => row.id === 'v-from-v1');
  // To the current version (v3 since the plan was stored with the visit), in one step on start.
  expect(migrated?.schemaVersion).toBe(visitRecord.version);
  expect(migrated).toMatchObject({ redFlagActions: [], addenda: [] });
  expect(JSON.stringify(migrated?.findings)).toContain('"25"');
});

test('when one old record cannot be migrated, every stored row is kept exactly as it was', async ({
  page,
}) => {
  const visit = await visitWithRotation(page, 'Unmigratable');
  const draft = asVersion1(visit, { id: 'v1-draft' });
  // Version 1 had no signatures, so a signed v1 visit cannot be carried over.
  const signed = asVersion1(visit, { id: 'v1-signed', status: 'signed' });
  await putStoredRows(page, 'visits', [draft, signed]);
  const patientPath = new URL(page.url()).pathname.replace(/\/visits\/.*$/, '');
  await page.goto(patientPath);
  await expect(
    page.getByRole('alert').filter({ hasText: '1 stored record could not be upgraded' }),
  ).toBeVisible();
  const rows = await readStoredRows(page, 'visits');
  expect(rows.find((row) => row.id === 'v1-draft')).toEqual(draft);
  expect(rows.find((row) => row.id === 'v1-signed')).toEqual(signed);
  // The draft is still read (migrated in memory) and opens.
  await page.goto(`${patientPath}/visits/v1-draft`);
  await expect(page.getByRole('textbox', { name: 'Hip internal rotation, right (°)' })).toHaveValue(
    '25',
  );
});
