import type { Locator, Page } from '@playwright/test';
import { createPatient, isoYearsAgo } from './patient-form';

/**
 * Every screen of the app, and the states worth checking on each (dialogs open, errors shown, a
 * red flag present). The hardening walks iterate over this one list: no request leaves the app's
 * origin and nothing breaks the Content-Security-Policy (hardening-security.spec.ts), axe finds
 * nothing (hardening-accessibility.spec.ts), text at 200% loses nothing.
 *
 * To add a screen: append an entry. `path` gets the ids of a small clinic made through the app
 * (see `seedClinic`); `ready` is what shows once the screen has loaded; each state is entered
 * from the loaded screen and, when it leaves the page changed, undone by `leave`.
 */

/** What `seedClinic` made: one patient with a draft visit (red flag present) and a signed one. */
export interface Clinic {
  readonly patientPath: string;
  readonly patientName: string;
  readonly draftVisitPath: string;
  readonly signedVisitPath: string;
}

export interface ScreenState {
  readonly name: string;
  enter(page: Page): Promise<void>;
  leave?(page: Page): Promise<void>;
}

export interface Screen {
  readonly name: string;
  /** 'empty': opened on a device with no records; 'clinic': after `seedClinic`. */
  readonly data: 'empty' | 'clinic';
  path(clinic: Clinic): string;
  ready(page: Page): Locator;
  readonly states?: readonly ScreenState[];
}

const heading = (page: Page, name: string | RegExp) =>
  page.getByRole('heading', { level: 1, name });

export const SCREENS: readonly Screen[] = [
  {
    name: 'patients, empty',
    data: 'empty',
    path: () => '/patients',
    ready: (page) => page.getByRole('heading', { name: 'No patients on this device yet' }),
  },
  {
    name: 'page not found',
    data: 'empty',
    path: () => '/no-such-screen',
    ready: (page) => heading(page, 'Page not found'),
  },
  {
    name: 'patient not found',
    data: 'empty',
    path: () => '/patients/someone-else',
    ready: (page) => heading(page, 'Patient not found'),
  },
  {
    name: 'new patient',
    data: 'empty',
    path: () => '/patients/new',
    ready: (page) => heading(page, 'New patient'),
    states: [
      {
        name: 'errors shown',
        enter: async (page) => {
          await page.getByRole('button', { name: 'Save patient' }).click();
          await page.getByText('Enter the given name').first().waitFor();
        },
      },
    ],
  },
  {
    name: 'patients list',
    data: 'clinic',
    path: () => '/patients',
    ready: (page) => page.getByRole('status').filter({ hasText: /^1 patient$/ }),
    states: [
      {
        name: 'search with no match',
        enter: async (page) => {
          await page.getByRole('searchbox', { name: 'Search patients' }).fill('zzz-nobody');
          await page.getByText('Showing 0 of 1 patient').waitFor();
        },
      },
    ],
  },
  {
    name: 'patient record',
    data: 'clinic',
    path: (clinic) => clinic.patientPath,
    ready: (page) => page.getByRole('heading', { name: 'Visits' }),
    states: [
      {
        name: 'delete dialog open',
        enter: async (page) => {
          await page.getByRole('button', { name: 'Delete patient' }).click();
          await page.getByRole('dialog').waitFor();
        },
        leave: async (page) => {
          await page.keyboard.press('Escape');
          await page.getByRole('dialog').waitFor({ state: 'hidden' });
        },
      },
    ],
  },
  {
    name: 'edit patient',
    data: 'clinic',
    path: (clinic) => `${clinic.patientPath}/edit`,
    ready: (page) => heading(page, /^Edit /),
  },
  {
    name: 'start visit',
    data: 'clinic',
    path: (clinic) => `${clinic.patientPath}/visits/new`,
    ready: (page) => page.getByRole('button', { name: 'Start visit' }),
    states: [
      {
        name: 'errors shown',
        enter: async (page) => {
          await page.getByRole('textbox', { name: 'Clinician' }).fill('');
          await page.getByRole('button', { name: 'Start visit' }).click();
          await page.getByText("Enter the clinician's name").first().waitFor();
        },
      },
    ],
  },
  {
    name: 'visit workspace, red flag present',
    data: 'clinic',
    path: (clinic) => clinic.draftVisitPath,
    ready: (page) =>
      page.getByRole('alert').filter({ hasText: 'Possible cauda equina syndrome' }).first(),
    states: [
      {
        name: 'override without a reason',
        enter: async (page) => {
          const form = page.getByRole('form', {
            name: 'What was done: Possible cauda equina syndrome',
          });
          await form.getByRole('radio', { name: 'Overridden' }).check();
          await form.getByRole('button', { name: 'Record action' }).click();
          await form.getByRole('textbox', { name: 'Reason for overriding (required)' }).waitFor();
          await form.locator('[aria-invalid="true"]').first().waitFor();
        },
      },
      {
        name: 'out-of-range entry',
        enter: async (page) => {
          await page.getByRole('textbox', { name: 'Hip internal rotation, right (°)' }).fill('400');
          await page.getByText('Hip internal rotation: enter a value from 0° to 90°').waitFor();
        },
      },
    ],
  },
  {
    name: 'visit workspace, signed',
    data: 'clinic',
    path: (clinic) => clinic.signedVisitPath,
    ready: (page) => page.getByText('Signed visits are read-only.'),
    states: [
      {
        name: 'addendum error shown',
        enter: async (page) => {
          await page.getByRole('button', { name: 'Add addendum' }).click();
          await page
            .getByRole('textbox', { name: 'New addendum' })
            .and(page.locator('[aria-invalid="true"]'))
            .waitFor();
        },
      },
    ],
  },
];

async function startVisit(page: Page, patientPath: string, clinician: string): Promise<string> {
  await page.goto(`${patientPath}/visits/new`);
  await page.getByRole('textbox', { name: 'Clinician' }).fill(clinician);
  await page.getByRole('button', { name: 'Start visit' }).click();
  await page.getByRole('form', { name: 'Examination' }).waitFor();
  return new URL(page.url()).pathname;
}

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

  const signedVisitPath = await startVisit(page, patientPath, 'Sam Physio');
  await page.getByRole('button', { name: 'Sign visit' }).click();
  await page.getByText('Signed visits are read-only.').waitFor();

  const draftVisitPath = await startVisit(page, patientPath, 'Sam Physio');
  await page.getByRole('checkbox', { name: 'Saddle anaesthesia' }).check();
  await page
    .getByRole('status')
    .filter({ hasText: /Saved on this device/ })
    .waitFor();

  return { patientPath, patientName: 'Screen, Walker', draftVisitPath, signedVisitPath };
}

/**
 * Opens every screen (empty-device screens first, then the rest after `seedClinic`) and each of
 * its states, calling `check` on each. `only` narrows the walk to screens by name.
 */
export async function walkScreens(
  page: Page,
  check: (label: string) => Promise<void>,
  screens: readonly Screen[] = SCREENS,
): Promise<void> {
  const ordered = [...screens].sort((a, b) =>
    a.data === b.data ? 0 : a.data === 'empty' ? -1 : 1,
  );
  let clinic: Clinic | undefined;
  for (const screen of ordered) {
    if (screen.data === 'clinic') clinic ??= await seedClinic(page);
    const ids = clinic ?? {
      patientPath: '/patients/none',
      patientName: '',
      draftVisitPath: '/',
      signedVisitPath: '/',
    };
    await page.goto(screen.path(ids));
    await screen.ready(page).waitFor();
    await check(screen.name);
    for (const state of screen.states ?? []) {
      await state.enter(page);
      await check(`${screen.name}: ${state.name}`);
      await state.leave?.(page);
    }
  }
}
