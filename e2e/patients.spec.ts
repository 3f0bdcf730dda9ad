import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { createPatient, fillPatientForm } from './patient-form';

const ada = {
  given: 'Adaeze',
  family: 'Okafor',
  dateOfBirth: '1980-04-12',
  sex: 'Female',
  identifier: 'MRN-1001',
} as const;
const bjorn = {
  given: 'Bjorn',
  family: 'Lindqvist',
  dateOfBirth: '1952-11-03',
  sex: 'Male',
  identifier: 'MRN-1002',
} as const;
const carmen = {
  given: 'Carmen',
  family: 'Navarro',
  dateOfBirth: '2001-06-30',
  sex: 'Female',
} as const;

function bodyRows(page: Page) {
  return page.locator('tbody tr:not([aria-hidden="true"])');
}

test('a clinician creates, finds, sorts, edits and deletes a patient, and a reload keeps it all', async ({
  page,
}) => {
  // One long journey on purpose (state carries from step to step); give it room on a busy machine.
  test.setTimeout(120_000);

  await test.step('start with an empty patient list', async () => {
    await page.goto('/');
    await expect(page).toHaveURL(/\/patients$/);
    await expect(page.getByRole('heading', { level: 1, name: 'Patients' })).toBeVisible();
    await expect(
      page.getByRole('heading', { name: 'No patients on this device yet' }),
    ).toBeVisible();
    await expect(page).toHaveTitle('Patients – Iliopsoas Workbench');
  });

  await test.step('create a patient', async () => {
    await page.getByRole('link', { name: 'Add a patient' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'New patient' })).toBeVisible();
    await expect(page).toHaveTitle('New patient – Iliopsoas Workbench');
    await fillPatientForm(page, { ...ada, notes: 'Right groin pain on stairs, 6 weeks.' });
    await page.getByRole('button', { name: 'Save patient' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Okafor, Adaeze' })).toBeVisible();
    await expect(page.getByText('Right groin pain on stairs, 6 weeks.')).toBeVisible();
    await expect(page.getByRole('heading', { name: 'Visits' })).toBeVisible();
    await expect(page.getByText('No visits recorded yet.')).toBeVisible();
    await expect(page).toHaveTitle('Patient – Iliopsoas Workbench');
  });

  await test.step('add two more patients', async () => {
    await createPatient(page, bjorn);
    await createPatient(page, carmen);
  });

  await test.step('find a patient by name and by identifier', async () => {
    await page
      .getByRole('navigation', { name: 'Main' })
      .getByRole('link', { name: 'Patients' })
      .click();
    await expect(page.getByRole('status').filter({ hasText: '3 patients' })).toBeVisible();
    const search = page.getByRole('searchbox', { name: 'Search patients' });
    await search.fill('okaf');
    await expect(page.getByText('Showing 1 of 3 patients')).toBeVisible();
    await expect(bodyRows(page)).toHaveCount(1);
    await expect(page.getByRole('link', { name: 'Okafor, Adaeze' })).toBeVisible();
    await search.fill('mrn-1002');
    await expect(bodyRows(page)).toHaveCount(1);
    await expect(page.getByRole('link', { name: 'Lindqvist, Bjorn' })).toBeVisible();
    await search.fill('nobody by this name');
    await expect(page.getByText('No patients match “nobody by this name”.')).toBeVisible();
    await search.fill('');
    await expect(bodyRows(page)).toHaveCount(3);
  });

  await test.step('sort by name, date of birth and last visit', async () => {
    const names = () => bodyRows(page).locator('td:first-child a').allTextContents();
    const nameHeader = page.getByRole('columnheader', { name: 'Name' });
    await expect(nameHeader).toHaveAttribute('aria-sort', 'ascending');
    expect(await names()).toEqual(['Lindqvist, Bjorn', 'Navarro, Carmen', 'Okafor, Adaeze']);

    await page.getByRole('button', { name: 'Name' }).click();
    await expect(nameHeader).toHaveAttribute('aria-sort', 'descending');
    expect(await names()).toEqual(['Okafor, Adaeze', 'Navarro, Carmen', 'Lindqvist, Bjorn']);

    await page.getByRole('button', { name: 'Date of birth' }).click();
    await expect(page.getByRole('columnheader', { name: 'Date of birth' })).toHaveAttribute(
      'aria-sort',
      'ascending',
    );
    await expect(nameHeader).not.toHaveAttribute('aria-sort');
    expect(await names()).toEqual(['Lindqvist, Bjorn', 'Okafor, Adaeze', 'Navarro, Carmen']);
    await page.getByRole('button', { name: 'Date of birth' }).click();
    expect(await names()).toEqual(['Navarro, Carmen', 'Okafor, Adaeze', 'Lindqvist, Bjorn']);

    await page.getByRole('button', { name: 'Last visit' }).click();
    await expect(page.getByRole('columnheader', { name: 'Last visit' })).toHaveAttribute(
      'aria-sort',
      'descending',
    );
    await expect(bodyRows(page)).toHaveCount(3);
  });

  await test.step('edit the patient', async () => {
    await page.getByRole('link', { name: 'Okafor, Adaeze' }).click();
    await page.getByRole('link', { name: 'Edit details' }).click();
    await expect(
      page.getByRole('heading', { level: 1, name: 'Edit Okafor, Adaeze' }),
    ).toBeVisible();
    await expect(page.getByRole('textbox', { name: 'Family name' })).toHaveValue('Okafor');
    await page.getByRole('textbox', { name: 'Family name' }).fill('Okafor-Eze');
    await page.getByRole('button', { name: 'Save changes' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Okafor-Eze, Adaeze' })).toBeVisible();
  });

  await test.step('reload keeps everything', async () => {
    await page.reload();
    await expect(page.getByRole('heading', { level: 1, name: 'Okafor-Eze, Adaeze' })).toBeVisible();
    await expect(page.getByText('MRN-1001')).toBeVisible();
    await page.goto('/patients');
    await expect(page.getByRole('status').filter({ hasText: '3 patients' })).toBeVisible();
  });

  await test.step('deleting asks first, and cancelling keeps the patient', async () => {
    await page.getByRole('link', { name: 'Okafor-Eze, Adaeze' }).click();
    await page.getByRole('button', { name: 'Delete patient' }).click();
    const dialog = page.getByRole('dialog', { name: 'Delete Okafor-Eze, Adaeze?' });
    await expect(dialog).toBeVisible();
    await expect(dialog.getByRole('button', { name: 'Cancel' })).toBeFocused();
    await dialog.getByRole('button', { name: 'Cancel' }).click();
    await expect(dialog).toBeHidden();
    await expect(page.getByRole('heading', { level: 1, name: 'Okafor-Eze, Adaeze' })).toBeVisible();
  });

  await test.step('delete the patient', async () => {
    await page.getByRole('button', { name: 'Delete patient' }).click();
    await page.getByRole('dialog').getByRole('button', { name: 'Delete patient' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Patients' })).toBeVisible();
    await expect(page.getByRole('status').filter({ hasText: '2 patients' })).toBeVisible();
    await expect(page.getByRole('link', { name: 'Okafor-Eze, Adaeze' })).toHaveCount(0);
    await page.reload();
    await expect(page.getByRole('status').filter({ hasText: '2 patients' })).toBeVisible();
  });
});
