import { chromium, type Page } from '@playwright/test';
import { updateItem } from '../src/clinical/index.ts';
import { TENDINOPATHY } from '../src/features/print/print-vignettes.ts';
import { chromiumLaunchOptions } from '../e2e/chromium.ts';
import { seedVisit } from '../e2e/print-visits.ts';
import { servePreview } from '../scripts/production-build.ts';
import { appBuild } from './app-build.ts';
import { median, verdict } from './report.ts';

/** Issue 5: the time to produce each printout as a PDF (target < 2 s), median of 5. */
const RUNS = 5;
const TARGET_MS = 2000;

/** Milliseconds for page.pdf() on the open preview: layout for print, pagination and the PDF. */
async function timePdf(page: Page): Promise<number> {
  const start = performance.now();
  await page.pdf({ preferCSSPageSize: true });
  return performance.now() - start;
}

export async function run(): Promise<void> {
  const app = await appBuild();
  const server = await servePreview(app.outDir);
  const browser = await chromium.launch(chromiumLaunchOptions);
  try {
    const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
    // Opening the app creates its database; then a visit with an edited plan is written into it.
    await page.goto(new URL('patients', server.url).href);
    await page.getByRole('heading', { level: 1 }).waitFor();
    const visit = await seedVisit(page, {
      given: 'Bench',
      family: 'Printout',
      vignette: TENDINOPATHY,
      visitDate: '2026-03-03',
      clinician: 'Bench',
      editPlan: (plan) =>
        updateItem(plan, 'kneeling-hip-flexor-stretch', { dosage: 'Hold 45 s, 4 times each side' }),
    });
    console.log(
      `page.pdf() of each preview in Chromium (A4), median of ${String(RUNS)} after one warm-up`,
    );
    for (const [label, path] of [
      ['clinical record → PDF', visit.recordUrl],
      ['patient handout → PDF', visit.handoutUrl],
    ] as const) {
      await page.goto(new URL(path.slice(1), server.url).href);
      await page.getByRole('article').waitFor();
      await timePdf(page);
      const times: number[] = [];
      for (let i = 0; i < RUNS; i += 1) times.push(await timePdf(page));
      const typical = median(times);
      verdict(
        label,
        `${(typical / 1000).toFixed(2)} s`,
        `< ${String(TARGET_MS / 1000)} s`,
        typical < TARGET_MS,
      );
    }
  } finally {
    await browser.close();
    await server.close();
  }
}
