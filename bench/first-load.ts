import { chromium } from '@playwright/test';
import { chromiumLaunchOptions } from '../e2e/chromium.ts';
import { appBuild } from './app-build.ts';
import { msUntil, NO_PATIENTS_YET, PATIENTS_LISTED } from './browser-timing.ts';
import { BENCH_PORTS, servePreviewOn } from './preview.ts';
import { median, verdict } from './report.ts';

/**
 * First load to an interactive patients list, in Chromium here (desktop, no throttling; the
 * Lighthouse bench covers a throttled phone): from navigation start to the list, or the empty
 * device's first screen, on screen with its handlers attached.
 *
 * - cold: a fresh browser profile (no cache, no service worker, empty storage);
 * - warm: the same profile opened again with 40 patients stored (service worker serving the shell).
 */
const RUNS = 5;
const TARGET_COLD_MS = 1000;

export async function run(): Promise<void> {
  const app = await appBuild();
  const server = await servePreviewOn(app.outDir, BENCH_PORTS.browser);
  const browser = await chromium.launch(chromiumLaunchOptions);
  const url = new URL('patients', server.url).href;
  try {
    const cold: number[] = [];
    const warm: number[] = [];
    for (let i = 0; i < RUNS; i += 1) {
      const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
      const page = await context.newPage();
      await page.goto(url, { waitUntil: 'commit' });
      cold.push(await msUntil(page, NO_PATIENTS_YET));
      await page.getByRole('button', { name: 'Load demo patients' }).click();
      await page
        .getByRole('status')
        .filter({ hasText: /^40 patients$/ })
        .waitFor();
      await page.waitForFunction(() => navigator.serviceWorker.controller !== null);
      await page.close();
      const again = await context.newPage();
      await again.goto(url, { waitUntil: 'commit' });
      warm.push(await msUntil(again, PATIENTS_LISTED('40 patients')));
      await context.close();
    }
    console.log(`median of ${String(RUNS)} runs, navigation start to the list on screen`);
    verdict(
      'first load, empty device (cold)',
      `${median(cold).toFixed(0)} ms`,
      `≤ ${String(TARGET_COLD_MS)} ms`,
      median(cold) <= TARGET_COLD_MS,
    );
    verdict(
      'reopen with 40 patients (warm)',
      `${median(warm).toFixed(0)} ms`,
      `≤ ${String(TARGET_COLD_MS)} ms`,
      median(warm) <= TARGET_COLD_MS,
    );
  } finally {
    await browser.close();
    await server.close();
  }
}
