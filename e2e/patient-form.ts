import type { Page } from '@playwright/test';

export interface TestPatient {
  readonly given: string;
  readonly family: string;
  /** ISO date, as Playwright fills <input type="date">. */
  readonly dateOfBirth: string;
  readonly sex: 'Female' | 'Male' | 'Other' | 'Unknown';
  readonly identifier?: string;
  readonly notes?: string;
}

/** Fills the new/edit patient form by its labels, as a clinician would read it. */
export async function fillPatientForm(page: Page, patient: TestPatient): Promise<void> {
  await page.getByRole('textbox', { name: 'Given name' }).fill(patient.given);
  await page.getByRole('textbox', { name: 'Family name' }).fill(patient.family);
  await page.getByLabel('Date of birth').fill(patient.dateOfBirth);
  await page.getByRole('radio', { name: patient.sex, exact: true }).check();
  await page.getByRole('textbox', { name: 'Identifier (optional)' }).fill(patient.identifier ?? '');
  await page.getByRole('textbox', { name: 'Notes (optional)' }).fill(patient.notes ?? '');
}

export async function createPatient(page: Page, patient: TestPatient): Promise<void> {
  await page.goto('/patients/new');
  await fillPatientForm(page, patient);
  await page.getByRole('button', { name: 'Save patient' }).click();
  await page
    .getByRole('heading', { level: 1, name: `${patient.family}, ${patient.given}` })
    .waitFor();
}

/**
 * From a patient's record: Start visit, fill in the clinician (and the care setting when asked),
 * start, and wait for the examination. The form's defaults are left as they are otherwise.
 */
export async function startVisitFromRecord(
  page: Page,
  options: { readonly clinician?: string; readonly sportsMedicine?: boolean } = {},
): Promise<void> {
  await page.getByRole('link', { name: 'Start visit' }).click();
  await page.getByRole('textbox', { name: 'Clinician' }).fill(options.clinician ?? 'Sam Physio');
  if (options.sportsMedicine === true) {
    await page.getByRole('radio', { name: 'Sports medicine' }).check();
  }
  await page.getByRole('button', { name: 'Start visit' }).click();
  await page.getByRole('form', { name: 'Examination' }).waitFor();
}

/** ISO date `years` before today (negative: in the future), in the browser's local calendar. */
export function isoYearsAgo(years: number, extraDays = 0): string {
  const date = new Date();
  date.setFullYear(date.getFullYear() - years);
  date.setDate(date.getDate() - extraDays);
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${String(date.getFullYear())}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
}
