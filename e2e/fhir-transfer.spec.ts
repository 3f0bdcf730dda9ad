import { readFile } from 'node:fs/promises';
import type { Page } from '@playwright/test';
import { expect, putStoredRows, test } from './fixtures';

const patient = {
  schemaVersion: 1,
  id: 'fhir-e2e-patient',
  givenName: 'Ines',
  familyName: 'Transfer',
  dateOfBirth: '1979-04-12',
  sex: 'female',
  identifier: 'FHIR-E2E-1',
  notes: 'Moved clinics.',
  createdAt: '2025-05-01T08:00:00.000Z',
  updatedAt: '2025-05-01T08:00:00.000Z',
};

const visit = {
  schemaVersion: 3,
  id: 'fhir-e2e-visit',
  patientId: patient.id,
  date: '2025-05-02',
  clinician: 'Sam Physio',
  careSetting: 'sports',
  status: 'draft',
  findings: { 'pain-now': '6', 'hip-ir-rom': { right: '400' }, 'pain-groin': true },
  redFlagActions: [],
  addenda: [],
  revision: 3,
  createdAt: '2025-05-02T09:00:00.000Z',
  updatedAt: '2025-05-02T09:20:00.000Z',
};

/** Stores the records straight into the app's database (the app must have opened it first). */
async function seed(page: Page, rows: { patients: unknown[]; visits: unknown[] }): Promise<void> {
  await page.goto('/patients');
  await page.getByRole('heading', { level: 1, name: 'Patients' }).waitFor();
  await putStoredRows(page, 'patients', rows.patients);
  await putStoredRows(page, 'visits', rows.visits);
}

async function importFile(
  page: Page,
  file: string | { name: string; mimeType: string; buffer: Buffer },
) {
  await page.goto('/exchange');
  await page.getByLabel('FHIR R4 Bundle (JSON file)').setInputFiles(file);
  await page.getByRole('button', { name: 'Import' }).click();
}

test('a patient exported as a FHIR Bundle comes back the same on another device', async ({
  page,
  browser,
  expectAccessible,
}, testInfo) => {
  const path = testInfo.outputPath('patient-bundle.json');
  await test.step('on the first device: export the patient from their record', async () => {
    const baseURL = testInfo.project.use.baseURL;
    const first = await browser.newContext(baseURL === undefined ? {} : { baseURL });
    const firstPage = await first.newPage();
    await seed(firstPage, { patients: [patient], visits: [visit] });
    await firstPage.goto(`/patients/${patient.id}`);
    const download = firstPage.waitForEvent('download');
    await firstPage.getByRole('button', { name: 'Export (FHIR)' }).click();
    await (await download).saveAs(path);
    await expect(
      firstPage.getByRole('status').filter({ hasText: /^Saved iliopsoas-workbench-fhir-patient/ }),
    ).toBeVisible();
    await first.close();
  });
  const bundle = JSON.parse(await readFile(path, 'utf8')) as {
    resourceType: string;
    entry: { resource: { resourceType: string } }[];
  };
  expect(bundle.resourceType).toBe('Bundle');
  expect(bundle.entry.map((e) => e.resource.resourceType)).toEqual(
    expect.arrayContaining(['Patient', 'Encounter', 'Observation']),
  );

  await test.step('on a fresh device: import it', async () => {
    await importFile(page, path);
    const result = page.getByRole('status').filter({ hasText: 'Import finished.' });
    await expect(result).toContainText(
      'Patients: 1 added, 0 already here (skipped), 0 conflicting.',
    );
    await expect(result).toContainText('Visits: 1 added');
    await expectAccessible('exchange screen after an import');
  });
  await test.step('the same patient and visit, the invalid entry kept as typed', async () => {
    await page.goto('/patients');
    await page.getByRole('link', { name: 'Transfer, Ines' }).click();
    await expect(page.getByText('Moved clinics.')).toBeVisible();
    await expect(page.getByText('FHIR-E2E-1')).toBeVisible();
    await page.getByRole('link', { name: /2025/ }).click();
    await expect(page.getByRole('textbox', { name: 'Pain now (0–10)' })).toHaveValue('6');
    await expect(
      page.getByRole('textbox', { name: 'Hip internal rotation, right (°)' }),
    ).toHaveValue('400');
  });
});

test('a malformed Bundle is refused with the place of the problem, and nothing changes', async ({
  page,
}) => {
  await seed(page, { patients: [patient], visits: [] });
  const malformed = {
    resourceType: 'Bundle',
    type: 'collection',
    entry: [
      {
        resource: {
          resourceType: 'Patient',
          id: 'intruder',
          gender: 'female',
          name: [{ family: 'Intruder' }],
        },
      },
    ],
  };
  await importFile(page, {
    name: 'malformed.json',
    mimeType: 'application/json',
    buffer: Buffer.from(JSON.stringify(malformed)),
  });
  const alert = page.getByRole('alert').filter({ hasText: 'Nothing was imported' });
  await expect(alert).toContainText('entry[0] (Patient), createdAt: is missing');
  await expect(alert).toContainText('The records on this device are unchanged.');

  await importFile(page, {
    name: 'not-json.json',
    mimeType: 'application/json',
    buffer: Buffer.from('{"resourceType": "Bundle", '),
  });
  await expect(
    page.getByRole('alert').filter({ hasText: 'The file is not valid JSON' }),
  ).toBeVisible();

  await page.goto('/patients');
  await expect(page.getByRole('link', { name: 'Transfer, Ines' })).toBeVisible();
  await expect(page.getByRole('link', { name: /Intruder/ })).toHaveCount(0);
});
