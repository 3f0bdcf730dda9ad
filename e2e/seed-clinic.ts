import type { Page } from '@playwright/test';
import { createPatient, isoYearsAgo } from './patient-form';

/**
 * What `seedClinic` made: one patient with a signed visit two weeks ago and a draft visit today
 * (red flags present, a contraindication recorded, pain measured at both, so Progress draws).
 */
export interface Clinic {
  readonly patientPath: string;
  readonly patientName: string;
  readonly draftVisitPath: string;
  readonly signedVisitPath: string;
}

async function startVisit(
  page: Page,
  patientPath: string,
  clinician: string,
  date?: string,
): Promise<string> {
  await page.goto(`${patientPath}/visits/new`);
  if (date !== undefined) await page.getByLabel('Visit date').fill(date);
  await page.getByRole('textbox', { name: 'Clinician' }).fill(clinician);
  await page.getByRole('button', { name: 'Start visit' }).click();
  await page.getByRole('form', { name: 'Examination' }).waitFor();
  return new URL(page.url()).pathname;
}

const savedOnDevice = (page: Page) =>
  page.getByRole('status').filter({ hasText: /Saved on this device/ });

/** Makes, through the app, the records the 'clinic' screens show. */
export async function seedClinic(page: Page): Promise<Clinic> {
  await createPatient(page, {
    given: 'Walker',
    family: 'Screen',
    dateOfBirth: isoYearsAgo(44),
    sex: 'Other',
    identifier: 'WALK-1',
    notes: 'Seeded for the screen walk.',
  });
  const patientPath = new URL(page.url()).pathname;

  const signedVisitPath = await startVisit(page, patientPath, 'Sam Physio', isoYearsAgo(0, 14));
  await page.getByRole('textbox', { name: 'Pain now (0–10)' }).fill('7');
  await savedOnDevice(page).waitFor();
  await page.getByRole('button', { name: 'Sign visit' }).click();
  await page.getByText('Signed visits are read-only.').waitFor();

  // Iliopsoas tendinopathy on the right, pain 4/10; saddle anaesthesia and a haematoma on
  // anticoagulants (red flags); kidney disease (oral NSAIDs contraindicated).
  const draftVisitPath = await startVisit(page, patientPath, 'Sam Physio');
  const radio = (group: string, name: string) =>
    page.getByRole('radiogroup', { name: group }).getByRole('radio', { name, exact: true });
  await page.getByRole('checkbox', { name: 'Groin', exact: true }).check();
  await radio('Symptomatic side', 'Right').check();
  await page
    .getByRole('checkbox', { name: 'Iliopsoas tendon tender (lesser trochanter), right' })
    .check();
  await radio('Resisted hip flexion, right', 'Positive').check();
  await page.getByRole('checkbox', { name: 'Worse with hip flexion' }).check();
  await page.getByRole('textbox', { name: 'Pain now (0–10)' }).fill('4');
  for (const name of [
    'Saddle anaesthesia',
    'Anticoagulant use',
    'Hip held in flexion',
    'Kidney disease',
  ])
    await page.getByRole('checkbox', { name, exact: true }).check();
  await savedOnDevice(page).waitFor();

  return { patientPath, patientName: 'Screen, Walker', draftVisitPath, signedVisitPath };
}
