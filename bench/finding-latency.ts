import { chromium, type Page } from '@playwright/test';
import { chromiumLaunchOptions } from '../e2e/chromium.ts';
import { servePreview } from '../scripts/production-build.ts';
import { appBuild } from './app-build.ts';
import { median, verdict } from './report.ts';

/** Issue 4: a finding toggled in the form shows in the differential within 50 ms (p95). */
const TOGGLES = 60;
const WARM_UP = 6;
const TARGET_P95_MS = 50;

const quantile = (xs: readonly number[], q: number): number =>
  [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.floor(q * xs.length))] ?? Number.NaN;

/**
 * Clicks the checkbox in the page, then resolves with the milliseconds until the differential's
 * text has changed and the next frame has been painted. Timed in the browser, so no protocol round
 * trip is included.
 */
async function toggleAndTime(page: Page, checkboxLabel: string): Promise<number> {
  // Found by role and accessible name, as a clinician's assistive technology would.
  const list = await page.getByRole('list', { name: 'Differential' }).elementHandle();
  const box = await page
    .getByRole('checkbox', { name: checkboxLabel, exact: true })
    .elementHandle();
  return page.evaluate(
    async ([list, box]) => {
      // Read the list by id on every mutation: React may replace the element, and an observer on
      // a detached node would never fire.
      const listId = list.id;
      const text = () => document.getElementById(listId)?.textContent ?? '';
      const before = text();
      const changed = new Promise<void>((resolve, reject) => {
        // A finding that moves nothing would wait forever: fail loudly instead.
        setTimeout(() => {
          reject(new Error('the differential did not change within 5 s'));
        }, 5000);
        const observer = new MutationObserver(() => {
          if (text() !== before) {
            observer.disconnect();
            resolve();
          }
        });
        observer.observe(document.body, { subtree: true, childList: true, characterData: true });
      });
      const start = performance.now();
      (box as HTMLInputElement).click();
      await changed;
      await new Promise<void>((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0)));
      return performance.now() - start;
    },
    [list, box] as const,
  );
}

async function startVisit(page: Page, baseUrl: string): Promise<void> {
  await page.goto(new URL('patients/new', baseUrl).href);
  await page.getByRole('textbox', { name: 'Given name' }).fill('Bench');
  await page.getByRole('textbox', { name: 'Family name' }).fill('Latency');
  await page.getByLabel('Date of birth').fill('1990-01-01');
  await page.getByRole('radio', { name: 'Female', exact: true }).check();
  await page.getByRole('button', { name: 'Save patient' }).click();
  await page.getByRole('link', { name: 'Start visit' }).click();
  await page.getByRole('textbox', { name: 'Clinician' }).fill('Bench');
  await page.getByRole('button', { name: 'Start visit' }).click();
  await page.getByRole('form', { name: 'Examination' }).waitFor();
  // Enough findings for a ranked differential, so each toggle visibly moves it.
  for (const label of [
    'Groin',
    'Worse with hip flexion',
    'Kicking, sprinting or change-of-direction sport',
    'Night pain',
  ]) {
    await page.getByRole('checkbox', { name: label, exact: true }).check();
  }
  await page
    .getByRole('radiogroup', { name: 'Resisted hip flexion, right' })
    .getByRole('radio', { name: 'Positive' })
    .check();
  await page.getByRole('list', { name: 'Differential' }).waitFor();
}

export async function run(): Promise<void> {
  const app = await appBuild();
  const server = await servePreview(app.outDir);
  const browser = await chromium.launch(chromiumLaunchOptions);
  try {
    const page = await browser.newPage({ viewport: { width: 1440, height: 900 } });
    await startVisit(page, server.url);
    const times: number[] = [];
    for (let i = 0; i < WARM_UP + TOGGLES; i += 1) {
      // Tenderness swings iliopsoas tendinopathy between LR+ 3 (ticked) and LR− 0.2 (unticked:
      // an explicit no), so every toggle visibly moves the differential.
      const time = await toggleAndTime(page, 'Iliopsoas tendon tender (lesser trochanter), right');
      if (i >= WARM_UP) times.push(time);
    }
    const p95 = quantile(times, 0.95);
    console.log(
      `${String(TOGGLES)} toggles in Chromium, click to the differential changed and painted`,
    );
    verdict('finding → differential, median', `${median(times).toFixed(1)} ms`, 'report', true);
    verdict(
      'finding → differential, p95',
      `${p95.toFixed(1)} ms`,
      `≤ ${String(TARGET_P95_MS)} ms`,
      p95 <= TARGET_P95_MS,
    );
  } finally {
    await browser.close();
    await server.close();
  }
}
