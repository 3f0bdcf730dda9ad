import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { isoYearsAgo } from './patient-form';
import { expectNothingRan, payloadGroups, PAYLOADS, recordDialogs, type Payload } from './payloads';

/**
 * Every way free text gets into the app, each run with every payload: the text is entered, then
 * every screen that shows it is checked to show it literally, with nothing run.
 *
 * A source is one route in: typed by the clinician (below). Restore from a backup, FHIR import and
 * the plan and print screens add their own source (or steps) here: enter the payload through that
 * route, then check each place it is shown with `shows` and `expectNothingRan`.
 */
interface Source {
  readonly name: string;
  /** Each run gets one of these: single payloads, or groups for fields that hold 190 or more. */
  readonly payloads: readonly Payload[];
  run(page: Page, payload: Payload, dialogs: readonly string[]): Promise<void>;
}

/** The element whose whole text is `text`, visible: shown literally, not parsed. */
async function shows(page: Page, text: string, where: string): Promise<void> {
  await test.step(`shown literally: ${where}`, async () => {
    await expect(page.getByText(text, { exact: true }).first(), where).toBeVisible();
  });
}

/** The exam's free-text items with their lengths (the knowledge base's `text` items). */
const EXAM_TEXT = [
  ['Mechanism of injury', 300],
  ['Sport and activity', 300],
  ['History notes', 2000],
  ['Gait and posture notes', 1000],
  ['Palpation notes', 1000],
] as const;

async function createPatient(
  page: Page,
  payload: Payload,
): Promise<{ path: string; name: string }> {
  const given = payload.text(100);
  const family = payload.text(100);
  await page.goto('/patients/new');
  await page.getByRole('textbox', { name: 'Given name' }).fill(given);
  await page.getByRole('textbox', { name: 'Family name' }).fill(family);
  await page.getByLabel('Date of birth').fill(isoYearsAgo(40));
  await page.getByRole('radio', { name: 'Unknown', exact: true }).check();
  await page.getByRole('textbox', { name: 'Identifier (optional)' }).fill(payload.text(64));
  await page.getByRole('textbox', { name: 'Notes (optional)' }).fill(payload.text(4000));
  await page.getByRole('button', { name: 'Save patient' }).click();
  const name = `${family}, ${given}`;
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(name);
  return { path: new URL(page.url()).pathname, name };
}

const patientTypedByClinician: Source = {
  name: 'patient typed by the clinician',
  payloads: PAYLOADS,
  async run(page, payload, dialogs) {
    const identifier = payload.text(64);
    const notes = payload.text(4000);
    const given = payload.text(100);
    const { path, name } = await test.step('names, identifier, notes', () =>
      createPatient(page, payload));
    await test.step('patient record', async () => {
      await shows(page, identifier, 'identifier on the patient record');
      await shows(page, notes, 'notes on the patient record');
      await expectNothingRan(page, dialogs);
    });
    await test.step('patients list, delete dialog and edit form', async () => {
      await page.goto('/patients');
      await expect(page.getByRole('link', { name, exact: true })).toBeVisible();
      await shows(page, identifier, 'identifier in the patients table');
      await expectNothingRan(page, dialogs);
      await page.goto(path);
      await page.getByRole('button', { name: 'Delete patient' }).click();
      await expect(page.getByRole('dialog').getByRole('heading')).toHaveText(`Delete ${name}?`);
      await page.keyboard.press('Escape');
      await page.goto(`${path}/edit`);
      await expect(page.getByRole('textbox', { name: 'Given name' })).toHaveValue(given);
      await expect(page.getByRole('textbox', { name: 'Notes (optional)' })).toHaveValue(notes);
      await expectNothingRan(page, dialogs);
    });
  },
};

const visitTypedByClinician: Source = {
  name: 'visit typed by the clinician',
  payloads: payloadGroups(190),
  async run(page, payload, dialogs) {
    const clinician = payload.text(200);
    const { path: patientPath } = await createPatient(page, PAYLOADS[0] ?? payload);
    await test.step('visit: clinician and the exam’s free text', async () => {
      await page.goto(`${patientPath}/visits/new`);
      await page.getByRole('textbox', { name: 'Clinician' }).fill(clinician);
      await page.getByRole('button', { name: 'Start visit' }).click();
      await page.getByRole('form', { name: 'Examination' }).waitFor();
      for (const [label, max] of EXAM_TEXT)
        await page.getByRole('textbox', { name: label }).fill(payload.text(max));
      await expect(
        page.getByRole('status').filter({ hasText: /Saved on this device/ }),
      ).toBeVisible();
      await page.reload();
      for (const [label, max] of EXAM_TEXT)
        await expect(page.getByRole('textbox', { name: label })).toHaveValue(payload.text(max));
      await expect(page.locator('.visit-meta')).toContainText(clinician);
      await expectNothingRan(page, dialogs);
    });

    await test.step('visit: a red flag overridden with a written reason', async () => {
      const reason = payload.text(2000);
      await page.getByRole('checkbox', { name: 'Saddle anaesthesia' }).check();
      const form = page.getByRole('form', {
        name: 'What was done: Possible cauda equina syndrome',
      });
      await form.getByRole('radio', { name: 'Overridden' }).check();
      await form.getByRole('textbox', { name: 'Reason for overriding (required)' }).fill(reason);
      await form.getByRole('button', { name: 'Record action' }).click();
      const recorded = page.getByText(/^Recorded: Overridden/);
      await expect(recorded).toContainText(reason);
      await expect(recorded).toContainText(`by ${clinician}`);
      await expectNothingRan(page, dialogs);
    });

    await test.step('visit: signed, then an addendum', async () => {
      const addendum = payload.text(5000);
      await page.getByRole('button', { name: 'Sign visit' }).click();
      await expect(page.getByText('Signed visits are read-only.')).toBeVisible();
      await page.getByRole('textbox', { name: 'New addendum' }).fill(addendum);
      await page.getByRole('button', { name: 'Add addendum' }).click();
      await shows(page, addendum, 'addendum');
      await expect(page.getByText(`${clinician}, `, { exact: false }).last()).toBeVisible();
      await expectNothingRan(page, dialogs);
    });

    await test.step('patient record: the visit’s clinician', async () => {
      await page.goto(patientPath);
      await shows(page, clinician, 'clinician in the visits table');
      await expectNothingRan(page, dialogs);
    });
  },
};

const SOURCES: readonly Source[] = [patientTypedByClinician, visitTypedByClinician];

for (const source of SOURCES) {
  for (const payload of source.payloads) {
    test(`${source.name}: "${payload.name}" is shown as text and never runs`, async ({ page }) => {
      test.setTimeout(120_000);
      const dialogs = recordDialogs(page);
      await source.run(page, payload, dialogs);
    });
  }
}
