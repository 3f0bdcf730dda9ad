import { readFile } from 'node:fs/promises';
import type { Locator, Page } from '@playwright/test';
import { seedClinic, type Clinic } from './seed-clinic';

/**
 * Every screen of the app, and the states worth checking on each (dialogs open, errors shown, a
 * red flag present). hardening-screens.spec.ts opens each screen in a test of its own and checks
 * every state once for all of these: no request leaves the app's origin, nothing breaks the
 * Content-Security-Policy, axe finds nothing, no signal is colour alone, text at 200% loses
 * nothing, and keyboard focus is always visible (see screen-checks.ts).
 *
 * To add a screen: append an entry. `path` gets the ids of a small clinic stored on the device
 * (see `seedClinic`); `ready` is what shows once the screen has loaded; each state is entered
 * from the loaded screen and, when it leaves the page changed, undone by `leave`.
 */

/** The last segment of a path: a patient's or visit's id. */
const idOf = (path: string): string => path.split('/').at(-1) ?? '';

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
  {
    name: 'patient record, progress charts',
    data: 'clinic',
    path: (clinic) => clinic.patientPath,
    // The chart itself, not only its figure: recharts arrives in its own chunk after the page.
    ready: (page) =>
      page
        .getByRole('region', { name: 'Progress' })
        .getByRole('figure', { name: 'Pain' })
        .locator('.recharts-line-dots circle')
        .first(),
    states: [
      {
        name: 'data table shown',
        enter: async (page) => {
          const pain = page
            .getByRole('region', { name: 'Progress' })
            .getByRole('figure', { name: 'Pain' });
          await pain.getByRole('button', { name: 'Show data as a table' }).click();
          await pain.getByRole('table', { name: 'Pain, by visit' }).waitFor();
        },
      },
    ],
  },
  {
    name: 'treatment plan',
    data: 'clinic',
    path: (clinic) => `${clinic.draftVisitPath}/plan`,
    ready: (page) =>
      page
        .getByRole('region', { name: 'Contraindicated for this patient' })
        .getByRole('button', { name: /^Add with override/ })
        .first(),
    states: [
      {
        name: 'override dialog open',
        enter: async (page) => {
          await page
            .getByRole('region', { name: 'Contraindicated for this patient' })
            .getByRole('button', { name: /^Add with override/ })
            .first()
            .click();
          await page.getByRole('dialog', { name: /with override$/ }).waitFor();
        },
      },
      {
        name: 'override dialog, reason missing',
        enter: async (page) => {
          const dialog = page.getByRole('dialog', { name: /with override$/ });
          await dialog.getByRole('button', { name: 'Add with override' }).click();
          await dialog.getByText('Write why this contraindicated treatment is added').waitFor();
        },
        leave: async (page) => {
          await page.keyboard.press('Escape');
          await page.getByRole('dialog').waitFor({ state: 'hidden' });
        },
      },
      {
        name: 'goal emptied (not saved)',
        enter: async (page) => {
          const goal = page.getByRole('textbox', { name: 'Goal (goal 1)' });
          await goal.fill('');
          await page.getByText('Write the goal').waitFor();
          await page
            .getByRole('status')
            .filter({ hasText: 'Not saved: fix the highlighted field' })
            .waitFor();
        },
      },
    ],
  },
  {
    name: 'print preview, clinical record',
    data: 'clinic',
    path: (clinic) => `${clinic.draftVisitPath}/print/record`,
    ready: (page) => page.getByRole('article').getByRole('heading', { level: 1 }),
  },
  {
    name: 'print preview, patient handout',
    data: 'clinic',
    path: (clinic) => `${clinic.draftVisitPath}/print/handout`,
    ready: (page) => page.getByRole('heading', { level: 1, name: /^Your care plan, Walker/ }),
  },
  {
    name: 'compare, judged for a patient with a contraindication',
    data: 'clinic',
    path: (clinic) =>
      `/compare?options=oral-nsaids,exercise-therapy&patient=${idOf(clinic.patientPath)}&visit=${idOf(clinic.draftVisitPath)}`,
    // Oral NSAIDs marked contraindicated (kidney disease), and the chart drawn (its own chunk).
    ready: (page) =>
      page
        .getByRole('main')
        .filter({
          has: page.getByRole('columnheader', { name: /Oral NSAIDs/ }).filter({
            hasText: 'Contraindicated for this patient',
          }),
        })
        .filter({ has: page.locator('.compare-chart svg.recharts-surface') }),
    states: [
      {
        name: 'chart data as a table',
        enter: async (page) => {
          await page.getByRole('button', { name: 'Show data as a table' }).click();
          await page
            .getByRole('table', { name: 'Invasiveness and certainty of evidence, by option' })
            .waitFor();
        },
      },
      {
        name: 'add-to-plan dialog, reason missing',
        enter: async (page) => {
          await page.getByRole('button', { name: 'Add Oral NSAIDs to the plan' }).click();
          const dialog = page.getByRole('dialog', {
            name: 'Add Oral NSAIDs despite the contraindication?',
          });
          await dialog.getByRole('button', { name: 'Add with this reason' }).click();
          await dialog.getByText('Write why this contraindicated treatment is added').waitFor();
        },
        leave: async (page) => {
          await page.keyboard.press('Escape');
          await page.getByRole('dialog').waitFor({ state: 'hidden' });
        },
      },
    ],
  },
  {
    name: 'compare, nothing chosen',
    data: 'empty',
    path: () => '/compare',
    ready: (page) => page.getByRole('heading', { name: 'Nothing to compare yet' }),
  },
  {
    name: 'library',
    data: 'empty',
    path: () => '/library',
    ready: (page) => page.getByRole('heading', { name: /^Conditions \(\d+\)$/ }),
    states: [
      {
        name: 'search with no match',
        enter: async (page) => {
          await page.getByRole('searchbox', { name: 'Search the library' }).fill('zzz-nothing');
          await page
            .getByRole('status')
            .filter({ hasText: /^No entries match/ })
            .waitFor();
        },
      },
    ],
  },
  {
    name: 'library entry, condition',
    data: 'empty',
    path: () => '/library/conditions/iliopsoas-tendinopathy',
    ready: (page) =>
      page.getByRole('table', { name: 'Likelihood ratios for Iliopsoas tendinopathy' }),
  },
  {
    name: 'library entry, treatment',
    data: 'empty',
    path: () => '/library/treatments/oral-nsaids',
    ready: (page) => page.getByRole('heading', { level: 1, name: 'Oral NSAIDs' }),
  },
  {
    name: 'exchange',
    data: 'clinic',
    path: () => '/exchange',
    ready: (page) => heading(page, 'Exchange records (FHIR R4)'),
    states: [
      {
        name: 'import refused, errors shown',
        enter: async (page) => {
          await page.getByLabel('FHIR R4 Bundle (JSON file)').setInputFiles({
            name: 'malformed.json',
            mimeType: 'application/json',
            buffer: Buffer.from(
              JSON.stringify({
                resourceType: 'Bundle',
                type: 'collection',
                entry: [{ resource: { resourceType: 'Patient', id: 'intruder' } }],
              }),
            ),
          });
          await page.getByRole('button', { name: 'Import' }).click();
          await page.getByRole('alert').filter({ hasText: 'Nothing was imported' }).waitFor();
        },
      },
      {
        name: 'no file chosen',
        enter: async (page) => {
          await page.goto('/exchange');
          await page.getByRole('button', { name: 'Import' }).click();
          await page.getByText('Choose a file to import').first().waitFor();
        },
      },
    ],
  },
  {
    name: 'settings',
    data: 'clinic',
    path: () => '/settings',
    ready: (page) => page.getByRole('textbox', { name: 'Clinician name' }),
    states: [
      {
        name: 'address error shown',
        enter: async (page) => {
          await page
            .getByRole('textbox', { name: 'FHIR server base address (optional)' })
            .fill('ftp://nope');
          await page.getByRole('button', { name: 'Save settings' }).click();
          await page.getByText('Enter an http or https address').first().waitFor();
        },
      },
      {
        name: 'unsaved changes dialog',
        enter: async (page) => {
          await page
            .getByRole('navigation', { name: 'Main' })
            .getByRole('link', { name: 'Patients' })
            .click();
          await page.getByRole('dialog', { name: 'Leave without saving?' }).waitFor();
        },
        leave: async (page) => {
          await page
            .getByRole('dialog', { name: 'Leave without saving?' })
            .getByRole('button', { name: 'Leave without saving' })
            .click();
          await page.getByRole('heading', { level: 1, name: 'Patients' }).waitFor();
          await page.goto('/settings');
          await page.getByRole('textbox', { name: 'Clinician name' }).waitFor();
        },
      },
      {
        name: 'restore refused, errors shown',
        enter: async (page) => {
          const backup = await exportBackup(page);
          const records = backup.records as { patients: Record<string, unknown>[] };
          records.patients = records.patients.map((p) => ({ ...p, dateOfBirth: '12/04/1980' }));
          await chooseBackup(page, backup);
          await page.getByRole('alert').filter({ hasText: 'Nothing was restored' }).waitFor();
        },
      },
      {
        name: 'restore review with a conflict',
        enter: async (page) => {
          const backup = await exportBackup(page);
          const records = backup.records as { patients: Record<string, unknown>[] };
          records.patients = records.patients.map((p) => ({
            ...p,
            notes: 'Changed in the backup.',
          }));
          await chooseBackup(page, backup);
          await page
            .getByRole('region', { name: /^1 conflict: choose which version to keep$/ })
            .waitFor();
        },
      },
      {
        name: 'restore summary',
        enter: async (page) => {
          // The conflict keeps this device's record (the default): nothing changes.
          await page.getByRole('button', { name: 'Restore', exact: true }).click();
          await page.getByRole('heading', { name: 'Restore complete' }).waitFor();
        },
      },
    ],
  },
];

/** Exports everything from the settings screen and reads the file back. */
async function exportBackup(page: Page): Promise<{ records: unknown }> {
  const downloading = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Export everything' }).click();
  const download = await downloading;
  return JSON.parse(await readFile(await download.path(), 'utf8')) as { records: unknown };
}

async function chooseBackup(page: Page, backup: unknown): Promise<void> {
  await page.getByLabel('Backup file').setInputFiles({
    name: 'backup.json',
    mimeType: 'application/json',
    buffer: Buffer.from(JSON.stringify(backup)),
  });
}

/**
 * Opens one screen (after `seedClinic` if it shows a clinic's records) and each of its states,
 * calling `check` on each.
 */
export async function walkScreen(
  page: Page,
  screen: Screen,
  check: (label: string) => Promise<void>,
): Promise<void> {
  let clinic: Clinic = {
    patientPath: '/patients/none',
    patientName: '',
    draftVisitPath: '/',
    signedVisitPath: '/',
  };
  if (screen.data === 'clinic') {
    // The app creates its database on start-up; the rows go in once it has.
    await page.goto('/patients');
    await page.getByRole('heading', { level: 1, name: 'Patients' }).waitFor();
    clinic = await seedClinic(page);
  }
  await page.goto(screen.path(clinic));
  await screen.ready(page).waitFor();
  await check(screen.name);
  for (const state of screen.states ?? []) {
    await state.enter(page);
    await check(`${screen.name}: ${state.name}`);
    await state.leave?.(page);
  }
}
