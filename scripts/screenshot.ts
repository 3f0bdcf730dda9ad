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
    console.log('wrote docs/screenshot-patients.png and docs/screenshot-patient.png');
  } finally {
    await browser.close();
    await server.close();
  }
}
