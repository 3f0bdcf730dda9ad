import type { Page } from '@playwright/test';
import { execFileSync } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { updateItem } from '../src/clinical/index.ts';
import { TENDINOPATHY } from '../src/features/print/print-vignettes.ts';
import { expect, test } from './fixtures';
import { isoYearsAgo } from './patient-form';
import { openStoredVisit, seedVisit } from './print-visits';

/** PDFs and their page pictures land here for a person to look at (pdftoppm -r 60). */
const OUT = fileURLToPath(new URL('../test-results/print/', import.meta.url));
mkdirSync(OUT, { recursive: true });

type Paper = 'a4' | 'letter';
const PAGE_SIZE: Readonly<Record<Paper, RegExp>> = {
  a4: /Page size:\s+594\.96 x 841\.92 pts \(A4\)/,
  letter: /Page size:\s+612 x 792 pts \(letter\)/,
};

/** Words of the app around the document, and of the toolbar: none may print. */
const SCREEN_ONLY = [
  'Skip to main content',
  'Back to the visit',
  'Paper size',
  'Print clinical record',
  'Print patient handout',
  'Open the patient handout',
  'Open the clinical record',
  'Records stay in this browser',
  'This is the document as it prints',
];

interface Printed {
  readonly file: string;
  readonly pages: readonly string[];
  readonly text: string;
}

const run = (command: string, args: readonly string[]): string =>
  execFileSync(command, args, { encoding: 'utf8' });

/** Prints the open preview to PDF at the paper it shows, then reads it back page by page. */
async function printToPdf(page: Page, name: string, paper: Paper): Promise<Printed> {
  const file = `${OUT}${name}-${paper}.pdf`;
  await page.pdf({ path: file, preferCSSPageSize: true });
  const info = run('pdfinfo', [file]);
  expect(info, `${name}: paper size`).toMatch(PAGE_SIZE[paper]);
  const count = Number(/Pages:\s+(\d+)/.exec(info)?.[1]);
  const pages = Array.from({ length: count }, (_, i) =>
    run('pdftotext', ['-layout', '-f', String(i + 1), '-l', String(i + 1), file, '-']),
  );
  run('pdftoppm', ['-png', '-r', '60', file, `${OUT}${name}-${paper}`]);
  return { file, pages, text: pages.join('\n') };
}

/** Every page carries the running header and "Page i of N", N being the PDF's page count. */
function expectEveryPage(printed: Printed, header: RegExp): void {
  const n = printed.pages.length;
  printed.pages.forEach((text, i) => {
    expect(text, `page ${String(i + 1)}: header`).toMatch(header);
    expect(text, `page ${String(i + 1)}: number`).toContain(
      `Page ${String(i + 1)} of ${String(n)}`,
    );
  });
  for (const words of SCREEN_ONLY)
    expect(printed.text, 'screen-only text printed').not.toContain(words);
  // No blank or near-blank page: each carries at least two lines of the document besides the
  // running header (one line, two with a red-flag alert) and the footer with the page number.
  printed.pages.forEach((text, i) => {
    const lines = text.split('\n').filter((line) => line.trim() !== '');
    const alert = /^\s*(Important:|Red flag:)/.test(lines[0] ?? '');
    const body = lines.length - (alert ? 2 : 1) - 1;
    expect(body, `page ${String(i + 1)}: lines of the document`).toBeGreaterThanOrEqual(2);
  });
}

/** The page count: enough for the content, and no runaway layout (a page per item, say). */
function expectPages(printed: Printed, min: number, max: number): void {
  expect(printed.pages.length, `${printed.file}: pages`).toBeGreaterThanOrEqual(min);
  expect(printed.pages.length, `${printed.file}: pages`).toBeLessThanOrEqual(max);
}

/** Notes on where a figure comes from: the record keeps them, the handout never prints them. */
const PROVENANCE = /seed|team\s+suggestion|the\s+pack|extrapolated|\(FAIT\)|Hölmich\s+1999|NICE/i;

const firstLine = (printed: Printed): string =>
  (printed.pages[0] ?? '')
    .split('\n')
    .find((line) => line.trim() !== '')
    ?.trim() ?? '';

async function openPreview(page: Page, url: string, paper: Paper): Promise<void> {
  await page.goto(url);
  await page.getByRole('article').waitFor();
  if (paper === 'letter') {
    await page.getByRole('radio', { name: 'Letter' }).check();
    await expect(page).toHaveURL(/paper=letter/);
  }
}

// Printing, reading back and drawing every page takes a while on a shared two-core machine.
test.describe.configure({ timeout: 180_000 });

for (const paper of ['a4', 'letter'] as const) {
  test(`a saved, edited plan prints as a clinical record and a handout on ${paper === 'a4' ? 'A4' : 'Letter'}`, async ({
    page,
  }) => {
    await page.goto('/patients');
    await page.getByRole('heading', { level: 1 }).waitFor();
    const visit = await seedVisit(page, {
      given: 'Adaeze',
      family: 'Printwell',
      vignette: TENDINOPATHY,
      visitDate: '2026-03-03',
      clinician: 'Sam Physio',
      editPlan: (plan) => ({
        ...updateItem(plan, 'kneeling-hip-flexor-stretch', {
          dosage: 'Hold 45 s, 4 times each side, twice a day',
          notes: 'Progress to standing when pain-free',
        }),
        reviewDate: '2026-03-24',
      }),
    });
    const header = /Printwell.*Born 12 Apr 1990 · Visit 3 Mar 2026 · .*Sam Physio/;
    await test.step(`clinical record on ${paper}`, async () => {
      await openPreview(page, visit.recordUrl, paper);
      const record = await printToPdf(page, 'record', paper);
      expectEveryPage(record, header);
      expectPages(record, 6, 11);
      for (const words of [
        'Clinical record',
        'Findings recorded',
        'Iliopsoas tendinopathy',
        'Tier 2: Physiotherapy-led care',
        'Hold 45 s, 4 times each side, twice a day',
        'Progress to standing when pain-free',
        'Review date: 24 Mar 2026',
        'Sources',
      ]) {
        expect(record.text).toContain(words);
      }
      expect(record.text).not.toContain('not yet reviewed by the clinician');
      // The record keeps the knowledge base's dosage with where its figures come from.
      expect(record.text).toMatch(PROVENANCE);
    });
    await test.step(`patient handout on ${paper}`, async () => {
      await openPreview(page, visit.handoutUrl, paper);
      const handout = await printToPdf(page, 'handout', paper);
      expectEveryPage(handout, header);
      expectPages(handout, 3, 7);
      for (const words of [
        'Your care plan, Adaeze',
        'Your pain most likely comes from a sore hip flexor tendon.',
        'Kneeling Hip Flexor Stretch',
        'How much (set for you): Hold 45 s, 4 times each side, twice a day',
        // An exercise the clinician left as drafted: the knowledge base's plain words.
        'How much: Hold for 30 seconds, 3 times on each side.',
        'When to get help',
        'Numbness between the legs or a bladder or bowel change.',
        'Your next visit is on Tuesday 24 March 2026.',
        'Your physiotherapist is Sam Physio.',
      ]) {
        expect(handout.text).toContain(words);
      }
      // The handout is for the patient: no likelihood ratios or clinician-only notes.
      expect(handout.text).not.toMatch(/LR \d|Progress to standing/);
      expect(handout.text).not.toMatch(PROVENANCE);
    });
  });
}

const radio = (page: Page, group: string, name: string) =>
  page.getByRole('radiogroup', { name: group }).getByRole('radio', { name, exact: true });
const saved = (page: Page) => page.getByRole('status').filter({ hasText: /^Saved on this device/ });

test('a plan built from an exam recorded in the workspace, edited and reloaded, prints what the plan says', async ({
  page,
}) => {
  await openStoredVisit(
    page,
    { given: 'Lena', family: 'Flow', dateOfBirth: '1990-04-12', sex: 'female' },
    'sports',
  );
  await test.step('record an iliopsoas picture in the exam', async () => {
    await page.getByRole('checkbox', { name: 'Groin', exact: true }).check();
    await radio(page, 'Symptomatic side', 'Right').check();
    await page
      .getByRole('checkbox', { name: 'Iliopsoas tendon tender (lesser trochanter), right' })
      .check();
    await radio(page, 'Resisted hip flexion, right', 'Positive').check();
    await radio(page, 'Pain on iliopsoas stretch, right', 'Positive').check();
    await page.getByRole('checkbox', { name: 'Worse with hip flexion' }).check();
    await page.getByRole('textbox', { name: 'Pain now (0–10)' }).fill('6');
    await expect(saved(page)).toBeVisible();
  });
  await test.step('open the drafted plan, change the stretch dosage, reload', async () => {
    await page.getByRole('link', { name: 'Treatment plan', exact: true }).click();
    await expect(page.getByRole('heading', { level: 1, name: /^Treatment plan — / })).toBeVisible();
    const dosage = page.getByRole('textbox', { name: 'Dosage (Kneeling Hip Flexor Stretch)' });
    await dosage.fill('Hold 40 s, 5 times each side, every evening');
    await expect(saved(page)).toBeVisible();
    await page.reload();
    await expect(dosage).toHaveValue('Hold 40 s, 5 times each side, every evening');
  });
  await test.step('the record prints the plan as saved', async () => {
    await page.getByRole('link', { name: 'Print clinical record' }).click();
    await page.getByRole('article').waitFor();
    const record = await printToPdf(page, 'flow-record', 'a4');
    expectEveryPage(record, /Flow, Lena · Born 12 Apr 1990 · Visit .* · Clinician: Sam Physio/);
    expect(record.text).toContain('Dosage: Hold 40 s, 5 times each side, every evening');
    expect(record.text).not.toContain('not yet reviewed by the clinician');
  });
  await test.step('the handout prints it for the patient', async () => {
    await page.getByRole('link', { name: 'Open the patient handout' }).click();
    await page.getByRole('heading', { level: 1, name: 'Your care plan, Lena' }).waitFor();
    const handout = await printToPdf(page, 'flow-handout', 'a4');
    expectEveryPage(handout, /Lena Flow · Born 12 Apr 1990/);
    expect(handout.text).toContain(
      'How much (set for you): Hold 40 s, 5 times each side, every evening',
    );
    expect(handout.text).toContain('Your pain most likely comes from a sore hip flexor tendon.');
  });
});

test('a red-flag visit recorded in the workspace: both printouts start with the red flag', async ({
  page,
}) => {
  await openStoredVisit(page, {
    given: 'Rosa',
    family: 'Urgent',
    dateOfBirth: isoYearsAgo(45),
    sex: 'female',
  });
  await page.getByRole('checkbox', { name: 'Saddle anaesthesia' }).check();
  const form = page.getByRole('form', { name: 'What was done: Possible cauda equina syndrome' });
  await form.getByRole('radio', { name: 'Referred' }).check();
  await form.getByRole('radio', { name: 'Emergency (today)' }).check();
  await form.getByRole('button', { name: 'Record action' }).click();
  await expect(page.getByText(/Recorded: Referred \(emergency\)/)).toBeVisible();
  await page.getByRole('link', { name: 'Print clinical record' }).click();
  await page.getByRole('article').waitFor();
  const record = await printToPdf(page, 'red-flag-record', 'a4');
  expect(firstLine(record)).toBe('Red flag: Possible cauda equina syndrome (Emergency today)');
  expectEveryPage(record, /Red flag: Possible cauda equina syndrome[\s\S]*Urgent, Rosa/);
  expectPages(record, 3, 10);
  expect(record.text).not.toMatch(/\.;/);
  expect(record.text).toMatch(/What was done: Referred \(Emergency today\)/);
  expect(record.text).toContain(
    'Plan drafted from the findings; not yet reviewed by the clinician',
  );

  await page.getByRole('link', { name: 'Open the patient handout' }).click();
  await page.getByRole('heading', { level: 1, name: 'Your care plan, Rosa' }).waitFor();
  const handout = await printToPdf(page, 'red-flag-handout', 'a4');
  expectPages(handout, 2, 6);
  expect(firstLine(handout)).toBe('Important: please see a doctor today. See the top of page 1.');
  expectEveryPage(handout, /Important: please see a doctor today[\s\S]*Rosa Urgent/);
  expect(handout.text).toMatch(/Please see a doctor today\s+Numbness around your bottom/);
  expect(handout.text).toContain('We have referred you to be seen today.');
  expect(handout.text).toContain('This plan is a first draft');
  expect(handout.text).not.toMatch(PROVENANCE);

  await test.step('on Letter too, both start with the red flag', async () => {
    await page.getByRole('radio', { name: 'Letter' }).check();
    await expect(page).toHaveURL(/paper=letter/);
    const letterHandout = await printToPdf(page, 'red-flag-handout', 'letter');
    expect(firstLine(letterHandout)).toBe(
      'Important: please see a doctor today. See the top of page 1.',
    );
    expectEveryPage(letterHandout, /Important: please see a doctor today[\s\S]*Rosa Urgent/);
    await page.getByRole('link', { name: 'Open the clinical record' }).click();
    await page.getByRole('heading', { level: 1, name: 'Clinical record' }).waitFor();
    await expect(page).toHaveURL(/paper=letter/);
    const letterRecord = await printToPdf(page, 'red-flag-record', 'letter');
    expect(firstLine(letterRecord)).toBe(
      'Red flag: Possible cauda equina syndrome (Emergency today)',
    );
    expectEveryPage(letterRecord, /Red flag: Possible cauda equina syndrome[\s\S]*Urgent, Rosa/);
    expect(letterRecord.text).not.toMatch(/\.;/);
  });
});
