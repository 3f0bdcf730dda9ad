import type { Browser, Locator, Page } from '@playwright/test';
import { addGoal, updateGoal, updateItem } from '../src/clinical/index.ts';
import { TENDINOPATHY } from '../src/features/print/print-vignettes.ts';
import { expect, test } from './fixtures';
import { isoYearsAgo } from './patient-form';
import { seedPatient, seedVisit } from './print-visits';
import { expectNothingRan, payloadGroups, PAYLOADS, recordDialogs, type Payload } from './payloads';

/**
 * Every way free text gets into the app, each run with every payload: the text is entered, then
 * every screen that shows it, print previews included, is checked to show it literally, with
 * nothing run.
 *
 * A source is one route in. Typed by the clinician: the patient's names, identifier and notes;
 * the visit's clinician, the exam's free text, a red flag's override reason and an addendum; the
 * plan's dosage, item notes, goals (edited and new, and text typed into a goal's target), override
 * reason and plan notes; the clinician name in the settings. From a file made on another device
 * (FILE_SOURCES): a backup restored, and a FHIR Bundle imported, each carrying a payload in every
 * name, note, goal, dosage and reason. To add one: enter the payload through that route, then
 * check each place it is shown with `shows` or `holds`, and `expectNothingRan`.
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

/** `where` holds `text` as text: its text content contains it, character for character. */
async function holds(where: Locator, text: string, what: string): Promise<void> {
  await test.step(`shown literally: ${what}`, async () => {
    await expect(where, what).toContainText(text);
  });
}

/** Runs `seed` once the app has opened its database (any loaded screen will do). */
async function onDevice<T>(page: Page, seed: (page: Page) => Promise<T>): Promise<T> {
  await page.goto('/patients');
  await page.getByRole('heading', { level: 1, name: 'Patients' }).waitFor();
  return seed(page);
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
    const reason = payload.text(2000);
    const addendum = payload.text(5000);
    const patientPayload = PAYLOADS[0] ?? payload;
    // The patient's own fields are typed by the source above; here the patient only has to exist.
    const patientPath = await onDevice(page, (p) =>
      seedPatient(p, {
        given: patientPayload.text(100),
        family: patientPayload.text(100),
        notes: patientPayload.text(4000),
      }),
    );
    const name = `${patientPayload.text(100)}, ${patientPayload.text(100)}`;
    let visitPath = '';
    await test.step('visit: clinician and the exam’s free text', async () => {
      await page.goto(`${patientPath}/visits/new`);
      await page.getByRole('textbox', { name: 'Clinician' }).fill(clinician);
      await page.getByRole('button', { name: 'Start visit' }).click();
      await page.getByRole('form', { name: 'Examination' }).waitFor();
      visitPath = new URL(page.url()).pathname;
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

    await test.step('print previews: the record and the handout', async () => {
      await page.goto(`${visitPath}/print/record`);
      const record = page.getByRole('article');
      await record.waitFor();
      await holds(record, name, 'patient name in the record');
      await holds(record, patientPayload.text(4000), 'patient notes in the record');
      await holds(record, clinician, 'clinician in the record');
      for (const [label, max] of EXAM_TEXT)
        await holds(record, payload.text(max), `${label} in the record`);
      await holds(record, reason, 'red-flag override reason in the record');
      await holds(record, addendum, 'addendum in the record');
      await expectNothingRan(page, dialogs);
      await page.goto(`${visitPath}/print/handout`);
      const handout = page.getByRole('article');
      await handout.waitFor();
      await holds(handout, clinician, 'clinician in the handout');
      await holds(handout, patientPayload.text(100), 'patient name in the handout');
      await expectNothingRan(page, dialogs);
    });
  },
};

const saved = (page: Page) => page.getByRole('status').filter({ hasText: /^Saved on this device/ });
const STRETCH = 'Kneeling Hip Flexor Stretch';

/**
 * A visit whose plan is drafted for iliopsoas tendinopathy with a possible haematoma on
 * anticoagulants (a red flag), so stretching is contraindicated and goes in only with a reason.
 * Stored, not typed: entering an exam is what the visit journeys test.
 */
async function visitWithPlan(page: Page, family: string): Promise<void> {
  const visit = await onDevice(page, (p) =>
    seedVisit(p, {
      given: 'Pia',
      family,
      vignette: {
        ...TENDINOPATHY,
        findings: { ...TENDINOPATHY.findings, anticoagulants: true, 'hip-held-flexed': true },
      },
      visitDate: isoYearsAgo(0),
      clinician: 'Sam Physio',
    }),
  );
  await page.goto(`${visit.visitPath}/plan`);
  await expect(page.getByRole('heading', { level: 1, name: /^Treatment plan — / })).toBeVisible();
  await expect(saved(page)).toBeVisible();
}

const planTypedByClinician: Source = {
  name: 'plan typed by the clinician',
  // The shortest free-text field of the plan is a goal (500): every payload in two runs.
  payloads: payloadGroups(500),
  async run(page, payload, dialogs) {
    const dosage = payload.text(1000);
    const itemNotes = payload.text(2000);
    const goal = payload.text(500);
    const newGoal = payload.text(500);
    const reason = payload.text(2000);
    const planNotes = payload.text(10000);
    await test.step('a visit with a drafted plan', () => visitWithPlan(page, 'Planfield'));

    await test.step('plan: the stretch, contraindicated here, added with a written reason', async () => {
      await page
        .getByRole('searchbox', { name: 'Find a treatment by name or alias' })
        .fill(STRETCH);
      await page
        .getByRole('list', { name: 'Treatments found' })
        .getByRole('button', { name: `Add with override… ${STRETCH}` })
        .click();
      const dialog = page.getByRole('dialog', { name: /with override$/ });
      await dialog.getByRole('textbox', { name: 'Reason for adding it anyway' }).fill(reason);
      await dialog.getByRole('button', { name: 'Add with override' }).click();
      await expect(dialog).toBeHidden();
      await expect(page.getByRole('heading', { level: 4, name: STRETCH })).toBeVisible();
      await expectNothingRan(page, dialogs);
    });

    await test.step('plan: dosage, item notes, goal, new goal, notes', async () => {
      await page.getByRole('textbox', { name: `Dosage (${STRETCH})` }).fill(dosage);
      await page.getByRole('textbox', { name: `Notes (${STRETCH})` }).fill(itemNotes);
      await page.getByRole('textbox', { name: 'Goal (goal 1)' }).fill(goal);
      await page.getByRole('textbox', { name: 'New goal' }).fill(newGoal);
      await page.getByRole('button', { name: 'Add goal' }).click();
      await expect(page.getByRole('textbox', { name: /^Goal \(goal \d+\)$/ }).last()).toHaveValue(
        newGoal,
      );
      await page
        .getByRole('textbox', { name: 'Plan notes (for the clinical record)' })
        .fill(planNotes);
      await expect(saved(page)).toBeVisible();
      await expectNothingRan(page, dialogs);
    });

    await test.step('plan: a target that is not a number is kept as typed, flagged, not saved', async () => {
      const target = page.getByRole('textbox', { name: /^Target, at most \(0–10\) \(goal 1\)/ });
      const typed = payload.text(100);
      await target.fill(typed);
      await expect(target).toHaveValue(typed);
      await expect(target).toHaveAttribute('aria-invalid', 'true');
      await expect(
        page.getByRole('status').filter({ hasText: 'Not saved: fix the highlighted field' }),
      ).toBeVisible();
      await expectNothingRan(page, dialogs);
      await target.fill('3');
      await expect(saved(page)).toBeVisible();
    });

    await test.step('plan: after a reload every field holds the text, and the text shows as text', async () => {
      await page.reload();
      await expect(page.getByRole('textbox', { name: `Dosage (${STRETCH})` })).toHaveValue(dosage);
      await expect(page.getByRole('textbox', { name: `Notes (${STRETCH})` })).toHaveValue(
        itemNotes,
      );
      await expect(page.getByRole('textbox', { name: 'Goal (goal 1)' })).toHaveValue(goal);
      await expect(page.getByRole('textbox', { name: /^Goal \(goal \d+\)$/ }).last()).toHaveValue(
        newGoal,
      );
      await expect(page.getByRole('textbox', { name: /^Override reason/ })).toHaveValue(reason);
      await expect(
        page.getByRole('textbox', { name: 'Plan notes (for the clinical record)' }),
      ).toHaveValue(planNotes);
      await holds(
        page.getByRole('region', { name: 'Home exercise programme' }),
        `${STRETCH}: ${dosage}`,
        'dosage in the home programme',
      );
      await holds(
        page.getByRole('region', { name: 'Contraindicated for this patient' }),
        `with an override: ${reason}`,
        'override reason beside the contraindication',
      );
      await expectNothingRan(page, dialogs);
    });

    await test.step('print preview: clinical record', async () => {
      await page.getByRole('link', { name: 'Print clinical record' }).click();
      const record = page.getByRole('article');
      await record.waitFor();
      await holds(record, `Dosage: ${dosage}`, 'dosage in the record');
      await holds(record, `Notes: ${itemNotes}`, 'item notes in the record');
      await holds(record, reason, 'override reason in the record');
      await shows(page, goal, 'goal 1 in the record');
      await shows(page, newGoal, 'own goal in the record');
      await shows(page, planNotes, 'plan notes in the record');
      await expectNothingRan(page, dialogs);
    });

    await test.step('print preview: patient handout', async () => {
      await page.getByRole('link', { name: 'Open the patient handout' }).click();
      const handout = page.getByRole('article');
      await page.getByRole('heading', { level: 1, name: /^Your care plan, Pia/ }).waitFor();
      await holds(handout, `How much (set for you): ${dosage}`, 'dosage in the handout');
      await holds(handout, goal, 'goal 1 in the handout');
      await holds(handout, newGoal, 'own goal in the handout');
      await expectNothingRan(page, dialogs);
    });
  },
};

const settingsTypedByClinician: Source = {
  name: 'clinician name in the settings',
  payloads: payloadGroups(190),
  async run(page, payload, dialogs) {
    const clinician = payload.text(200);
    await test.step('settings: the clinician name, saved and reloaded', async () => {
      await page.goto('/settings');
      await page.getByRole('textbox', { name: 'Clinician name' }).fill(clinician);
      await page.getByRole('button', { name: 'Save settings' }).click();
      await expect(
        page.getByRole('status').filter({ hasText: /^Saved on this device at/ }),
      ).toBeVisible();
      await page.reload();
      await expect(page.getByRole('textbox', { name: 'Clinician name' })).toHaveValue(clinician);
      await expectNothingRan(page, dialogs);
    });
    await test.step('a new visit takes it as its clinician', async () => {
      const patientPath = await onDevice(page, (p) =>
        seedPatient(p, { given: 'Sol', family: 'Settings' }),
      );
      await page.goto(patientPath);
      await page.getByRole('link', { name: 'Start visit' }).click();
      await expect(page.getByRole('textbox', { name: 'Clinician' })).toHaveValue(clinician);
      await page.getByRole('button', { name: 'Start visit' }).click();
      await page.getByRole('form', { name: 'Examination' }).waitFor();
      await expect(page.locator('.visit-meta')).toContainText(clinician);
      await expectNothingRan(page, dialogs);
      await page.getByRole('link', { name: 'Print clinical record' }).click();
      await holds(page.getByRole('article'), clinician, 'clinician in the printed record');
      await expectNothingRan(page, dialogs);
      await page.goto(patientPath);
      await shows(page, clinician, 'clinician in the visits table');
      await expectNothingRan(page, dialogs);
    });
  },
};

/** The free text a record brought from elsewhere carries, every field a payload. */
interface CarriedText {
  readonly given: string;
  readonly family: string;
  readonly identifier: string;
  readonly patientNotes: string;
  readonly clinician: string;
  readonly dosage: string;
  readonly itemNotes: string;
  readonly reason: string;
  readonly goal: string;
  readonly newGoal: string;
  readonly planNotes: string;
}

const carried = (payload: Payload): CarriedText => ({
  given: payload.text(100),
  family: payload.text(100),
  identifier: payload.text(64),
  patientNotes: payload.text(4000),
  clinician: payload.text(200),
  dosage: payload.text(1000),
  itemNotes: payload.text(2000),
  reason: payload.text(2000),
  goal: payload.text(500),
  newGoal: payload.text(500),
  planNotes: payload.text(10000),
});

/**
 * Another device (its own browser context and database) holding, for each of `texts`, a patient
 * and a visit with a plan whose every free-text field is that text, written straight into its
 * storage: what another installation, or another system, could hand over in a file.
 */
async function otherDeviceWith(
  browser: Browser,
  texts: readonly CarriedText[],
): Promise<{ page: Page; close: () => Promise<void> }> {
  const { baseURL } = test.info().project.use;
  const context = await browser.newContext(baseURL === undefined ? {} : { baseURL });
  const page = await context.newPage();
  await page.goto('/patients');
  await page.getByRole('heading', { level: 1 }).waitFor();
  const visitDate = isoYearsAgo(0);
  for (const text of texts) {
    await seedVisit(page, {
      given: text.given,
      family: text.family,
      identifier: text.identifier,
      notes: text.patientNotes,
      vignette: TENDINOPATHY,
      visitDate,
      clinician: text.clinician,
      editPlan: (plan) => {
        const [first] = plan.goals;
        const edited = updateItem(plan, 'kneeling-hip-flexor-stretch', {
          dosage: text.dosage,
          notes: text.itemNotes,
          overrideReason: text.reason,
        });
        const withGoal =
          first === undefined ? edited : updateGoal(edited, first.id, { text: text.goal });
        return {
          ...addGoal(withGoal, { text: text.newGoal, byDate: visitDate }),
          notes: text.planNotes,
        };
      },
    });
  }
  return { page, close: () => context.close() };
}

/** Everywhere the brought-in text shows: patients list, record, visit, plan, both printouts. */
async function expectCarriedShownAsText(
  page: Page,
  text: CarriedText,
  dialogs: readonly string[],
): Promise<void> {
  const name = `${text.family}, ${text.given}`;
  await test.step('patients list and patient record', async () => {
    await page.goto('/patients');
    await page.getByRole('link', { name, exact: true }).click();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(name);
    await shows(page, text.identifier, 'identifier on the patient record');
    await shows(page, text.patientNotes, 'notes on the patient record');
    await shows(page, text.clinician, 'clinician in the visits table');
    await expectNothingRan(page, dialogs);
  });
  await test.step('visit and plan', async () => {
    await page.getByRole('table').getByRole('link').first().click();
    await expect(page.locator('.visit-meta')).toContainText(text.clinician);
    await page.getByRole('link', { name: 'Treatment plan', exact: true }).click();
    await expect(page.getByRole('heading', { level: 1, name: /^Treatment plan — / })).toBeVisible();
    await expect(page.getByRole('textbox', { name: `Dosage (${STRETCH})` })).toHaveValue(
      text.dosage,
    );
    await expect(page.getByRole('textbox', { name: `Notes (${STRETCH})` })).toHaveValue(
      text.itemNotes,
    );
    await expect(page.getByRole('textbox', { name: 'Goal (goal 1)' })).toHaveValue(text.goal);
    // The clinician's own goal comes after the drafted ones.
    await expect(page.getByRole('textbox', { name: /^Goal \(goal \d+\)$/ }).last()).toHaveValue(
      text.newGoal,
    );
    await expect(
      page.getByRole('textbox', { name: 'Plan notes (for the clinical record)' }),
    ).toHaveValue(text.planNotes);
    await holds(
      page.getByRole('listitem').filter({ has: page.getByRole('heading', { name: STRETCH }) }),
      `Override reason: ${text.reason}`,
      'override reason at the plan item',
    );
    await expectNothingRan(page, dialogs);
  });
  await test.step('print previews', async () => {
    await page.getByRole('link', { name: 'Print clinical record' }).click();
    const record = page.getByRole('article');
    await record.waitFor();
    await holds(record, text.clinician, 'clinician in the record');
    await holds(record, `Dosage: ${text.dosage}`, 'dosage in the record');
    await holds(record, `Notes: ${text.itemNotes}`, 'item notes in the record');
    await holds(record, text.reason, 'override reason in the record');
    await shows(page, text.goal, 'goal 1 in the record');
    await shows(page, text.newGoal, 'own goal in the record');
    await shows(page, text.planNotes, 'plan notes in the record');
    await expectNothingRan(page, dialogs);
    await page.getByRole('link', { name: 'Open the patient handout' }).click();
    await page.getByRole('heading', { level: 1, name: /^Your care plan, / }).waitFor();
    const handout = page.getByRole('article');
    await holds(handout, `Your care plan, ${text.given}`, 'given name in the handout');
    await holds(handout, `How much (set for you): ${text.dosage}`, 'dosage in the handout');
    await holds(handout, text.goal, 'goal 1 in the handout');
    await holds(handout, text.newGoal, 'own goal in the handout');
    await expectNothingRan(page, dialogs);
  });
}

/**
 * Sources that come with a browser: a file made on another device. One file carries every
 * payload, each in every free-text field of a patient of its own, so one import brings them all
 * in; each patient is then checked everywhere the text shows.
 */
interface FileSource {
  readonly name: string;
  run(page: Page, browser: Browser, dialogs: readonly string[]): Promise<void>;
}

const carriedTexts = PAYLOADS.map(carried);

const restoredFromBackup: FileSource = {
  name: 'restored from a backup',
  async run(page, browser, dialogs) {
    const path = test.info().outputPath('payload-backup.json');
    await test.step('another device exports a backup', async () => {
      const other = await otherDeviceWith(browser, carriedTexts);
      await other.page.goto('/settings');
      const downloading = other.page.waitForEvent('download');
      await other.page.getByRole('button', { name: 'Export everything' }).click();
      await (await downloading).saveAs(path);
      await other.close();
    });
    await test.step('this device restores it', async () => {
      await page.goto('/settings');
      await page.getByLabel('Backup file').setInputFiles(path);
      await expect(page.getByRole('heading', { name: 'Check before restoring' })).toBeVisible();
      await expectNothingRan(page, dialogs);
      await page.getByRole('button', { name: 'Restore', exact: true }).click();
      await expect(page.getByRole('heading', { name: 'Restore complete' })).toBeVisible();
      await expectNothingRan(page, dialogs);
    });
  },
};

const importedFromFhir: FileSource = {
  name: 'imported from a FHIR Bundle',
  async run(page, browser, dialogs) {
    const path = test.info().outputPath('payload-bundle.json');
    await test.step('another device exports its patients as a FHIR Bundle', async () => {
      const other = await otherDeviceWith(browser, carriedTexts);
      await other.page.goto('/exchange');
      const downloading = other.page.waitForEvent('download');
      await other.page.getByRole('button', { name: 'Export all patients' }).click();
      await (await downloading).saveAs(path);
      await other.close();
    });
    await test.step('this device imports it', async () => {
      await page.goto('/exchange');
      await page.getByLabel('FHIR R4 Bundle (JSON file)').setInputFiles(path);
      await page.getByRole('button', { name: 'Import' }).click();
      await expect(page.getByRole('status').filter({ hasText: 'Import finished.' })).toContainText(
        `Patients: ${String(PAYLOADS.length)} added`,
      );
      await expectNothingRan(page, dialogs);
    });
  },
};

const FILE_SOURCES: readonly FileSource[] = [restoredFromBackup, importedFromFhir];

for (const source of FILE_SOURCES) {
  test(`${source.name}: every payload, in every field, is shown as text and never runs`, async ({
    page,
    browser,
  }) => {
    test.setTimeout(600_000);
    const dialogs = recordDialogs(page);
    await source.run(page, browser, dialogs);
    for (const [index, text] of carriedTexts.entries()) {
      await test.step(`"${PAYLOADS[index]?.name ?? ''}"`, () =>
        expectCarriedShownAsText(page, text, dialogs));
    }
  });
}

const SOURCES: readonly Source[] = [
  patientTypedByClinician,
  visitTypedByClinician,
  planTypedByClinician,
  settingsTypedByClinician,
];

for (const source of SOURCES) {
  for (const payload of source.payloads) {
    test(`${source.name}: "${payload.name}" is shown as text and never runs`, async ({ page }) => {
      test.setTimeout(180_000);
      const dialogs = recordDialogs(page);
      await source.run(page, payload, dialogs);
    });
  }
}
