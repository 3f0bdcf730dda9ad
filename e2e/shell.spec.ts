import { expect, putStoredRows, test } from './fixtures';
import { fillPatientForm } from './patient-form';

test('an unknown address shows a not-found screen with a way back', async ({ page }) => {
  await page.goto('/no-such-screen');
  await expect(page.getByRole('heading', { level: 1, name: 'Page not found' })).toBeVisible();
  await page.getByRole('link', { name: 'Go to patients' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Patients' })).toBeVisible();
});

test('a patient who is not on this device is reported, not a crash', async ({ page }) => {
  await page.goto('/patients/someone-else');
  await expect(page.getByRole('heading', { level: 1, name: 'Patient not found' })).toBeVisible();
});

test('when the browser refuses storage, every screen says so and still works', async ({
  page,
  expectAccessible,
}) => {
  await page.addInitScript(() => {
    Object.defineProperty(window, 'indexedDB', {
      configurable: true,
      get() {
        return {
          open() {
            throw new DOMException('The operation is insecure.', 'SecurityError');
          },
        };
      },
    });
  });
  await page.goto('/patients');
  const banner = page
    .getByRole('alert')
    .filter({ hasText: 'Patient records cannot be saved on this device' });
  await expect(banner).toBeVisible();
  await expect(banner).toContainText('private or incognito');
  await expect(page.getByRole('heading', { level: 1, name: 'Patients' })).toBeVisible();
  await expect(
    page.getByRole('alert').filter({ hasText: 'Patient records could not be loaded' }),
  ).toBeVisible();
  await expectAccessible('patients with storage refused');

  await page.goto('/patients/new');
  await expect(banner).toBeVisible();
  await fillPatientForm(page, {
    given: 'Olga',
    family: 'Sokolova',
    dateOfBirth: '1971-07-07',
    sex: 'Female',
  });
  await page.getByRole('button', { name: 'Save patient' }).click();
  await expect(
    page.getByRole('alert').filter({ hasText: 'The patient was not saved.' }),
  ).toContainText('refused access to on-device storage');
  await expect(page.getByRole('heading', { level: 1, name: 'New patient' })).toBeVisible();
});

test('a stored record that fails its schema is reported and left alone', async ({
  page,
  expectAccessible,
}) => {
  await page.goto('/patients');
  await expect(page.getByRole('heading', { name: 'No patients on this device yet' })).toBeVisible();
  const good = {
    schemaVersion: 1,
    id: 'p-good',
    givenName: 'Vera',
    familyName: 'Novak',
    dateOfBirth: '1966-03-14',
    sex: 'female',
    notes: '',
    createdAt: '2025-01-01T00:00:00.000Z',
    updatedAt: '2025-01-01T00:00:00.000Z',
  };
  await putStoredRows(page, 'patients', [
    good,
    { ...good, id: 'p-broken', dateOfBirth: '14/03/1966' },
  ]);
  await page.reload();

  const warning = page
    .getByRole('alert')
    .filter({ hasText: '1 stored patient record could not be read' });
  await expect(warning).toBeVisible();
  await expect(warning).toContainText('p-broken');
  await expect(page.getByRole('link', { name: 'Novak, Vera' })).toBeVisible();
  await expectAccessible('patients with an unreadable record');

  await page.goto('/patients/p-broken');
  await expect(
    page.getByRole('alert').filter({ hasText: 'This patient’s record cannot be read' }),
  ).toBeVisible();
  await expect(page.getByRole('alert')).toContainText('dateOfBirth');
});
