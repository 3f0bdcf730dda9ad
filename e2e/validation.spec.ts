import { expect, test } from './fixtures';
import { fillPatientForm, isoYearsAgo } from './patient-form';
import { seedPatient } from './print-visits';

const valid = {
  given: 'Hana',
  family: 'Takahashi',
  dateOfBirth: '1988-09-17',
  sex: 'Female',
} as const;

test.describe('bad input on the new patient form', () => {
  test('every missing field is explained, the first is focused, nothing is saved', async ({
    page,
  }) => {
    await page.goto('/patients/new');
    await page.getByRole('button', { name: 'Save patient' }).click();
    const given = page.getByRole('textbox', { name: 'Given name' });
    await expect(given).toBeFocused();
    await expect(given).toHaveAttribute('aria-invalid', 'true');
    await expect(given).toHaveAccessibleDescription('Error: Enter the given name');
    await expect(page.getByRole('radiogroup', { name: 'Sex' })).toHaveAccessibleDescription(
      'Error: Choose the sex recorded for this patient',
    );
    await page.goto('/patients');
    await expect(
      page.getByRole('heading', { name: 'No patients on this device yet' }),
    ).toBeVisible();
  });

  test('a date of birth in the future is refused', async ({ page }) => {
    await page.goto('/patients/new');
    await fillPatientForm(page, { ...valid, dateOfBirth: isoYearsAgo(0, -1) });
    await page.getByRole('button', { name: 'Save patient' }).click();
    const dob = page.getByLabel('Date of birth');
    await expect(dob).toHaveAccessibleDescription('Error: Date of birth cannot be in the future');
    await expect(page.getByRole('heading', { level: 1, name: 'New patient' })).toBeVisible();
  });

  test('an age over 120 is refused', async ({ page }) => {
    await page.goto('/patients/new');
    await fillPatientForm(page, { ...valid, dateOfBirth: isoYearsAgo(121) });
    await page.getByRole('button', { name: 'Save patient' }).click();
    await expect(page.getByLabel('Date of birth')).toHaveAccessibleDescription(/older than 120/);
    await expect(page.getByLabel('Date of birth')).toBeFocused();
  });

  test('an identifier another patient has is refused at the field', async ({ page }) => {
    // The other patient only has to exist: stored, not typed.
    await page.goto('/patients');
    await page.getByRole('heading', { level: 1, name: 'Patients' }).waitFor();
    await seedPatient(page, { given: 'Hana', family: 'Takahashi', identifier: 'CLINIC-7' });
    await page.goto('/patients/new');
    await fillPatientForm(page, {
      given: 'Liam',
      family: 'Brennan',
      dateOfBirth: '1979-02-01',
      sex: 'Male',
      identifier: 'CLINIC-7',
    });
    await page.getByRole('button', { name: 'Save patient' }).click();
    const identifier = page.getByRole('textbox', { name: 'Identifier (optional)' });
    await expect(identifier).toBeFocused();
    await expect(identifier).toHaveAccessibleDescription(
      /Another patient \(Takahashi, Hana\) already has the identifier CLINIC-7/,
    );
    await page.goto('/patients');
    await expect(page.getByRole('status').filter({ hasText: '1 patient' })).toBeVisible();
  });
});
