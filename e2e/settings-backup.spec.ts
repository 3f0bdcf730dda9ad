import { readFile, writeFile } from 'node:fs/promises';
import type { Browser, Page, TestInfo } from '@playwright/test';
import { expect, test } from './fixtures';
import { isoYearsAgo, type TestPatient } from './patient-form';
import { seedPatient, seedVisit } from './print-visits';

const ada: TestPatient = {
  given: 'Adaeze',
  family: 'Okafor',
  dateOfBirth: '1980-04-12',
  sex: 'Female',
  identifier: 'MRN-2001',
  notes: 'Right groin pain on stairs.',
};
const bjorn: TestPatient = {
  given: 'Bjorn',
  family: 'Lindqvist',
  dateOfBirth: '1952-11-03',
  sex: 'Male',
  identifier: 'MRN-2002',
  notes: 'Left hip stiffness in the morning.',
};

/**
 * Stores the patients on `page`'s device, as the app would have saved them, and opens the last
 * one's record; returns its address. They only have to exist here: creating them through the
 * form is patients.spec's.
 */
async function storePatients(page: Page, ...patients: readonly TestPatient[]): Promise<string> {
  await page.goto('/patients');
  await page.getByRole('heading', { level: 1, name: 'Patients' }).waitFor();
  let path = '';
  for (const patient of patients) {
    path = await seedPatient(page, {
      given: patient.given,
      family: patient.family,
      dateOfBirth: patient.dateOfBirth,
      sex: patient.sex === 'Female' ? 'female' : patient.sex === 'Male' ? 'male' : 'other',
      ...(patient.identifier === undefined ? {} : { identifier: patient.identifier }),
      ...(patient.notes === undefined ? {} : { notes: patient.notes }),
    });
  }
  // The page read the empty list before the rows went in: load the app again, as after a restart.
  await page.goto(path);
  await page.getByRole('heading', { level: 1 }).waitFor();
  return path;
}

declare global {
  interface Window {
    /** Each label a restore <progress> showed, in order (see watchProgress). */
    progressLabels?: string[];
  }
}

/** Records every label the restore's <progress> shows, however briefly. */
async function watchProgress(page: Page): Promise<void> {
  await page.evaluate(() => {
    const seen: string[] = [];
    window.progressLabels = seen;
    new MutationObserver(() => {
      for (const progress of document.querySelectorAll('progress')) {
        const label = progress.labels[0]?.textContent ?? '(no label)';
        if (seen.at(-1) !== label) seen.push(label);
      }
    }).observe(document.body, {
      subtree: true,
      childList: true,
      characterData: true,
      attributes: true,
    });
  });
}

function nav(page: Page) {
  return page.getByRole('navigation', { name: 'Main' });
}

async function openSettings(page: Page): Promise<void> {
  await nav(page).getByRole('link', { name: 'Settings' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Settings' })).toBeVisible();
  await expect(page.getByRole('textbox', { name: 'Clinician name' })).toBeVisible();
}

/** A second browser context is a second device: its own, empty IndexedDB. */
async function otherDevice(browser: Browser): Promise<Page> {
  const { baseURL } = test.info().project.use;
  const context = await browser.newContext(baseURL ? { baseURL } : {});
  const page = await context.newPage();
  await page.route(
    (url) => url.hostname !== '127.0.0.1' && url.hostname !== 'localhost',
    (route) => {
      throw new Error(`A request left the machine: ${route.request().url()}`);
    },
  );
  return page;
}

async function exportBackup(page: Page, testInfo: TestInfo, name: string): Promise<string> {
  const downloading = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Export everything' }).click();
  const download = await downloading;
  expect(download.suggestedFilename()).toMatch(
    /^iliopsoas-workbench-backup-\d{4}-\d{2}-\d{2}-\d{4}\.json$/,
  );
  const path = testInfo.outputPath(name);
  await download.saveAs(path);
  await expect(
    page.getByRole('status').filter({ hasText: /^Saved iliopsoas-workbench-backup/ }),
  ).toBeVisible();
  return path;
}

async function chooseBackup(page: Page, path: string): Promise<void> {
  await page.getByLabel('Backup file').setInputFiles(path);
}

function rows(page: Page, caption: string) {
  return page.getByRole('table', { name: caption }).getByRole('row');
}

test('settings are saved only on Save, survive a reload, and unsaved changes are never lost silently', async ({
  page,
}, testInfo) => {
  await page.goto('/patients');
  await openSettings(page);
  await expect(page).toHaveTitle('Settings – Iliopsoas Workbench');
  await expect(page.getByText('None is set, so nothing is sent anywhere')).toBeVisible();
  await page.screenshot({ path: testInfo.outputPath('settings.png'), fullPage: true });

  await test.step('change every preference and save', async () => {
    await page.getByRole('textbox', { name: 'Clinician name' }).fill('Sam Okoro');
    await page.getByRole('radio', { name: 'Sports medicine' }).check();
    await page.getByRole('radio', { name: 'Imperial (in, lb)' }).check();
    await page
      .getByRole('textbox', { name: 'FHIR server base address (optional)' })
      .fill('ftp://nope');
    await page.getByRole('button', { name: 'Save settings' }).click();
    await expect(page.getByText('Error: Enter an http or https address')).toBeVisible();
    await page
      .getByRole('textbox', { name: 'FHIR server base address (optional)' })
      .fill('https://fhir.example.org/r4');
    await page.getByRole('button', { name: 'Save settings' }).click();
    await expect(
      page.getByRole('status').filter({ hasText: /^Saved on this device at/ }),
    ).toBeVisible();
  });

  await test.step('a reload keeps them', async () => {
    await page.reload();
    await expect(page.getByRole('textbox', { name: 'Clinician name' })).toHaveValue('Sam Okoro');
    await expect(page.getByRole('radio', { name: 'Sports medicine' })).toBeChecked();
    await expect(page.getByRole('radio', { name: 'Imperial (in, lb)' })).toBeChecked();
    await expect(
      page.getByRole('textbox', { name: 'FHIR server base address (optional)' }),
    ).toHaveValue('https://fhir.example.org/r4');
    await expect(page.getByText('Records you synchronise are sent to that server')).toBeVisible();
  });

  await test.step('an empty server address means this device only again', async () => {
    // (With a server set, opening a patient would ask it for their records: fhir-sync.spec.ts.)
    await page.getByRole('textbox', { name: 'FHIR server base address (optional)' }).fill('');
    await page.getByRole('button', { name: 'Save settings' }).click();
    await expect(
      page.getByRole('status').filter({ hasText: /^Saved on this device at/ }),
    ).toBeVisible();
    await expect(page.getByText('None is set, so nothing is sent anywhere')).toBeVisible();
  });

  await test.step('leaving with unsaved changes asks first; staying keeps them', async () => {
    await page.getByRole('textbox', { name: 'Clinician name' }).fill('Not saved yet');
    await nav(page).getByRole('link', { name: 'Patients' }).click();
    const dialog = page.getByRole('dialog', { name: 'Leave without saving?' });
    await expect(dialog).toBeVisible();
    await expect(dialog.getByRole('button', { name: 'Stay and keep editing' })).toBeFocused();
    await page.screenshot({ path: testInfo.outputPath('unsaved-changes.png') });
    await page.keyboard.press('Escape');
    await expect(dialog).toBeHidden();
    await expect(page).toHaveURL(/\/settings$/);
    await expect(page.getByRole('textbox', { name: 'Clinician name' })).toHaveValue(
      'Not saved yet',
    );
    await nav(page).getByRole('link', { name: 'Patients' }).click();
    await dialog.getByRole('button', { name: 'Leave without saving' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Patients' })).toBeVisible();
  });

  await test.step('the saved name is the clinician of a new visit', async () => {
    await storePatients(page, ada);
    await page.getByRole('link', { name: 'Start visit' }).click();
    await expect(page.getByRole('textbox', { name: 'Clinician' })).toHaveValue('Sam Okoro');
    await expect(page.getByRole('radio', { name: 'Sports medicine' })).toBeChecked();
  });

  await test.step('persistent storage: the status is shown and can be asked for', async () => {
    await openSettings(page);
    const status = page.getByText(/^(Protected|Not protected|This browser does not say)/);
    await expect(status).toBeVisible();
    const ask = page.getByRole('button', { name: 'Ask the browser to keep these records' });
    if (await ask.isVisible()) {
      await ask.click();
      await expect(page.getByText(/^(Protected|The browser declined for now)/)).toBeVisible();
    }
  });
});

test('a backup exported on one device restores on another, with progress and a summary', async ({
  page,
  browser,
  expectAccessible,
}, testInfo) => {
  test.setTimeout(120_000);
  const source = await otherDevice(browser);
  let backupPath = '';

  await test.step('on the first device: two patients, a visit and settings, then export', async () => {
    await storePatients(source, bjorn);
    const visit = await seedVisit(source, {
      given: ada.given,
      family: ada.family,
      dateOfBirth: ada.dateOfBirth,
      sex: 'female',
      ...(ada.identifier === undefined ? {} : { identifier: ada.identifier }),
      ...(ada.notes === undefined ? {} : { notes: ada.notes }),
      vignette: { name: 'a visit started', careSetting: 'general', findings: {} },
      visitDate: isoYearsAgo(0),
      clinician: 'Sam Physio',
    });
    expect(visit.visitPath).toContain('/visits/');
    await source.goto('/settings');
    await source.getByRole('textbox', { name: 'Clinician name' }).fill('Sam Physio');
    await source.getByRole('button', { name: 'Save settings' }).click();
    await expect(
      source.getByRole('status').filter({ hasText: /^Saved on this device/ }),
    ).toBeVisible();
    backupPath = await exportBackup(source, testInfo, 'backup.json');
    await source.context().close();
  });

  await test.step('the file holds every record as stored, in a versioned envelope', async () => {
    const file = JSON.parse(await readFile(backupPath, 'utf8')) as {
      format: string;
      formatVersion: number;
      records: Record<string, { schemaVersion: number }[]>;
    };
    expect(file.format).toBe('iliopsoas-workbench-backup');
    expect(file.formatVersion).toBe(1);
    expect(file.records.patients).toHaveLength(2);
    expect(file.records.visits).toHaveLength(1);
    expect(file.records.settings).toHaveLength(1);
    for (const record of Object.values(file.records).flat())
      expect(record.schemaVersion).toBeGreaterThan(0);
  });

  await test.step('the second device starts empty and restores the file', async () => {
    await page.goto('/patients');
    await expect(
      page.getByRole('heading', { name: 'No patients on this device yet' }),
    ).toBeVisible();
    await openSettings(page);
    await watchProgress(page);
    await chooseBackup(page, backupPath);
    await expect(page.getByRole('heading', { name: 'Check before restoring' })).toBeVisible();
    await expect(rows(page, 'The file compared with this device').nth(1)).toHaveText(
      /Patients\s*2\s*0\s*0/,
    );
    await expect(rows(page, 'The file compared with this device').nth(2)).toHaveText(
      /Visits\s*1\s*0\s*0/,
    );
    await expectAccessible('restore review');
    await page.getByRole('heading', { name: 'Check before restoring' }).scrollIntoViewIfNeeded();
    await page.screenshot({ path: testInfo.outputPath('restore-review.png') });
    await page.getByRole('button', { name: 'Restore', exact: true }).click();
    await expect(page.getByRole('heading', { name: 'Restore complete' })).toBeFocused();
    const stages = await page.evaluate(() => window.progressLabels ?? []);
    expect(
      stages.some((label) => label.startsWith('Step 1 of 3: checking every record in the file')),
    ).toBe(true);
    expect(
      stages.some((label) =>
        label.startsWith('Step 2 of 3: comparing with the records on this device'),
      ),
    ).toBe(true);
    expect(stages.some((label) => label.startsWith('Step 3 of 3: writing to this device'))).toBe(
      true,
    );
    await expect(rows(page, 'What the restore did').nth(1)).toHaveText(/Patients\s*2\s*0\s*0\s*0/);
    await expect(rows(page, 'What the restore did').nth(4)).toHaveText(/Settings\s*1\s*0\s*0\s*0/);
    await page.getByRole('heading', { name: 'Restore complete' }).scrollIntoViewIfNeeded();
    await page.screenshot({ path: testInfo.outputPath('restore-summary.png'), fullPage: true });
    await expect(page.getByRole('textbox', { name: 'Clinician name' })).toHaveValue('Sam Physio');
  });

  await test.step('the restored records are there', async () => {
    await page.getByRole('link', { name: 'Go to the patients' }).click();
    await expect(page.getByRole('status').filter({ hasText: '2 patients' })).toBeVisible();
    await page.getByRole('link', { name: 'Okafor, Adaeze' }).click();
    await expect(page.getByText('Right groin pain on stairs.')).toBeVisible();
    await expect(page.getByRole('cell', { name: 'Sam Physio' })).toBeVisible();
  });
});

test('a malformed, truncated or hostile file changes nothing and says what is wrong and where', async ({
  page,
}, testInfo) => {
  await storePatients(page, ada);
  await openSettings(page);
  const good = JSON.parse(
    await readFile(await exportBackup(page, testInfo, 'good.json'), 'utf8'),
  ) as {
    records: { patients: Record<string, unknown>[] };
  };

  await test.step('a bad field is named with its record, id and path', async () => {
    const [patient] = good.records.patients;
    const bad = {
      ...good,
      records: { ...good.records, patients: [{ ...patient, dateOfBirth: '12/04/1980' }] },
    };
    const path = testInfo.outputPath('bad-field.json');
    await writeFile(path, JSON.stringify(bad));
    await chooseBackup(page, path);
    const alert = page.getByRole('alert').filter({ hasText: 'Nothing was restored' });
    await expect(alert).toContainText('records.patients[0].dateOfBirth');
    await expect(alert).toContainText(
      /Patient 1 in the file \(id [\w-]+\), field dateOfBirth: Enter the date of birth as a full date/,
    );
    await expect(alert).toContainText('Every record on this device is as it was before.');
    await page.screenshot({ path: testInfo.outputPath('restore-refused.png'), fullPage: true });
  });

  await test.step('a truncated file gives the line and column', async () => {
    const path = testInfo.outputPath('truncated.json');
    const text = JSON.stringify(good, null, 2);
    await writeFile(path, text.slice(0, Math.floor(text.length / 2)));
    await chooseBackup(page, path);
    await expect(page.getByRole('alert')).toContainText(
      /not valid JSON\..*At line \d+, column \d+/,
    );
  });

  await test.step('a prototype-pollution key is refused where it is', async () => {
    const path = testInfo.outputPath('hostile.json');
    await writeFile(
      path,
      JSON.stringify(good).replace('"givenName"', '"__proto__":{"polluted":true},"givenName"'),
    );
    await chooseBackup(page, path);
    await expect(page.getByRole('alert')).toContainText('records.patients[0].__proto__');
    expect(await page.evaluate(() => (({}) as Record<string, unknown>).polluted)).toBeUndefined();
  });

  await test.step('the device still has exactly its one patient', async () => {
    await nav(page).getByRole('link', { name: 'Patients' }).click();
    await expect(page.getByRole('status').filter({ hasText: '1 patient' })).toBeVisible();
  });
});

test('a conflict is shown and settled by the clinician’s choice, one record at a time', async ({
  page,
}, testInfo) => {
  test.setTimeout(120_000);
  await storePatients(page, ada, bjorn);
  await openSettings(page);
  const backupPath = await exportBackup(page, testInfo, 'before-edits.json');

  await test.step('both patients change on this device after the backup', async () => {
    for (const [patient, notes] of [
      [ada, 'Edited on this device after the backup.'],
      [bjorn, 'Bjorn edited on this device too.'],
    ] as const) {
      await nav(page).getByRole('link', { name: 'Patients' }).click();
      await page.getByRole('link', { name: `${patient.family}, ${patient.given}` }).click();
      await page.getByRole('link', { name: 'Edit details' }).click();
      await page.getByRole('textbox', { name: 'Notes (optional)' }).fill(notes);
      await page.getByRole('button', { name: 'Save changes' }).click();
      await expect(page.getByText(notes)).toBeVisible();
    }
  });

  await test.step('restoring shows both conflicts, keeping this device’s by default', async () => {
    await openSettings(page);
    await chooseBackup(page, backupPath);
    const conflicts = page.getByRole('region', {
      name: '2 conflicts: choose which version to keep',
    });
    await expect(conflicts).toBeVisible();
    const adaGroup = conflicts.getByRole('group', { name: 'Patient Okafor, Adaeze' });
    await expect(adaGroup).toContainText('Differs in: notes, last changed.');
    await expect(adaGroup.getByRole('radio', { name: /Keep this device’s/ })).toBeChecked();
    await adaGroup.getByRole('radio', { name: /Take the backup’s/ }).check();
    await conflicts.scrollIntoViewIfNeeded();
    await page.screenshot({ path: testInfo.outputPath('restore-conflicts.png'), fullPage: true });
    await page.getByRole('button', { name: 'Restore', exact: true }).click();
    await expect(page.getByRole('heading', { name: 'Restore complete' })).toBeVisible();
    await expect(rows(page, 'What the restore did').nth(1)).toHaveText(/Patients\s*0\s*0\s*1\s*1/);
  });

  await test.step('Adaeze has the backup’s notes; Bjorn keeps this device’s', async () => {
    await nav(page).getByRole('link', { name: 'Patients' }).click();
    await page.getByRole('link', { name: 'Okafor, Adaeze' }).click();
    await expect(page.getByText('Right groin pain on stairs.')).toBeVisible();
    await nav(page).getByRole('link', { name: 'Patients' }).click();
    await page.getByRole('link', { name: 'Lindqvist, Bjorn' }).click();
    await expect(page.getByText('Bjorn edited on this device too.')).toBeVisible();
  });
});
