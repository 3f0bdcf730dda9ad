import { mkdir } from 'node:fs/promises';
import { chromium } from '@playwright/test';
import { chromiumLaunchOptions } from '../e2e/chromium.ts';
import { buildApp, ROOT, servePreview } from './production-build.ts';

const OUT_DIR = 'bench/.out/screenshot-app';

/**
 * `npm run screenshot`: the README's pictures, taken from the real production build in headless
 * Chromium with the demo patients loaded (fictional people, marked Demo).
 */
export async function main(): Promise<void> {
  await buildApp(OUT_DIR);
  const server = await servePreview(`${ROOT}${OUT_DIR}`);
  const browser = await chromium.launch(chromiumLaunchOptions);
  try {
    await mkdir(`${ROOT}docs`, { recursive: true });
    const page = await browser.newPage({
      viewport: { width: 1280, height: 800 },
      deviceScaleFactor: 1,
    });
    await page.goto(new URL('patients', server.url).href);
    await page.getByRole('button', { name: 'Load demo patients' }).click();
    await page.getByRole('status').filter({ hasText: '40 patients' }).waitFor();
    await page.getByRole('button', { name: 'Last visit' }).click();
    await page.screenshot({ path: `${ROOT}docs/screenshot-patients.png` });

    await page.locator('tbody tr:not([aria-hidden="true"])').first().getByRole('link').click();
    await page.getByRole('heading', { name: 'Visits' }).waitFor();
    await page.screenshot({ path: `${ROOT}docs/screenshot-patient.png` });

    // A new visit with an iliopsoas picture (the demo visits are signed and hold few findings).
    await page.getByRole('link', { name: 'Start visit' }).click();
    await page.getByRole('textbox', { name: 'Clinician' }).fill('Sam Physio');
    await page.getByRole('button', { name: 'Start visit' }).click();
    await page.getByRole('form', { name: 'Examination' }).waitFor();
    for (const label of [
      'Groin',
      'Worse with hip flexion',
      'Kicking, sprinting or change-of-direction sport',
      'Iliopsoas tendon tender (lesser trochanter), right',
    ])
      await page.getByRole('checkbox', { name: label, exact: true }).check();
    for (const group of ['Resisted hip flexion, right', 'Pain on iliopsoas stretch, right'])
      await page
        .getByRole('radiogroup', { name: group })
        .getByRole('radio', { name: 'Positive' })
        .check();
    await page.getByRole('list', { name: 'Differential' }).waitFor();
    await page
      .getByRole('status')
      .filter({ hasText: /Saved on this device/ })
      .waitFor();
    await page.screenshot({ path: `${ROOT}docs/screenshot-visit.png` });

    await page.getByRole('link', { name: 'Open the treatment plan' }).click();
    await page.getByRole('heading', { level: 1, name: /^Treatment plan/ }).waitFor();
    await page.screenshot({ path: `${ROOT}docs/screenshot-plan.png` });
    console.log('wrote docs/screenshot-{patients,patient,visit,plan}.png');
  } finally {
    await browser.close();
    await server.close();
  }
}
