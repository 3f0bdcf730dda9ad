import { execFileSync } from 'node:child_process';
import { mkdir } from 'node:fs/promises';
import { chromium } from '@playwright/test';
import { addGoal, addToPlan, updateItem } from '../src/clinical/index.ts';
import type { PlanRecord } from '../src/clinical/index.ts';
import { CAUDA_EQUINA, TENDINOPATHY } from '../src/features/print/print-vignettes.ts';
import { chromiumLaunchOptions } from '../e2e/chromium.ts';
import { seedVisit, type SeedOptions } from '../e2e/print-visits.ts';
import { buildApp, ROOT, servePreview } from './production-build.ts';

const APP_DIR = 'bench/.out/print-samples-app';
const OUT_DIR = 'bench/.out/print-samples';

/** A typical visit whose plan the clinician has worked on: every part of the plan is filled. */
function fullPlan(plan: PlanRecord): PlanRecord {
  const added = addToPlan(plan, 'balance-training', { concerns: [] });
  const withBalance = added.ok ? added.plan : plan;
  const edited = updateItem(withBalance, 'kneeling-hip-flexor-stretch', {
    dosage: 'Hold 45 s, 4 times each side, twice a day',
    notes: 'Progress to standing when pain-free',
  });
  return {
    ...addGoal(edited, {
      text: 'Run 5 km without groin pain by the end of April',
      byDate: '2026-04-30',
    }),
    reviewDate: '2026-03-24',
    notes: 'Discussed load management for the half-marathon; review footwear next time.',
  };
}

const VISITS: readonly (readonly [name: string, options: SeedOptions])[] = [
  [
    'typical',
    {
      given: 'Adaeze',
      family: 'Printwell',
      vignette: TENDINOPATHY,
      visitDate: '2026-03-03',
      clinician: 'Sam Physio',
      editPlan: fullPlan,
    },
  ],
  [
    'red-flag',
    {
      given: 'Rosa',
      family: 'Urgent',
      vignette: CAUDA_EQUINA,
      visitDate: '2026-03-03',
      clinician: 'Sam Physio',
      redFlagActions: [
        {
          redFlagId: 'cauda-equina',
          response: 'referred',
          urgency: 'emergency',
          note: 'Sent to the emergency department with a letter',
          recordedAt: '2026-03-03T10:00:00.000Z',
          recordedBy: 'Sam Physio',
        },
      ],
    },
  ],
];

/**
 * `node scripts/run-ts.mjs scripts/print-samples.ts`: prints both documents of a typical visit
 * with a full plan and of a red-flag visit, on A4 and Letter, from the production build in
 * headless Chromium, and draws every page (pdftoppm -r 60) into bench/.out/print-samples/ so a
 * person can look at each one. Prints each PDF's page count.
 */
export async function main(): Promise<void> {
  await buildApp(APP_DIR);
  const server = await servePreview(`${ROOT}${APP_DIR}`);
  const browser = await chromium.launch(chromiumLaunchOptions);
  const out = `${ROOT}${OUT_DIR}/`;
  try {
    await mkdir(out, { recursive: true });
    const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
    await page.goto(new URL('patients', server.url).href);
    await page.getByRole('heading', { level: 1 }).waitFor();
    for (const [name, options] of VISITS) {
      const visit = await seedVisit(page, options);
      for (const [doc, path] of [
        ['record', visit.recordUrl],
        ['handout', visit.handoutUrl],
      ] as const) {
        for (const paper of ['a4', 'letter'] as const) {
          await page.goto(new URL(`${path.slice(1)}?paper=${paper}`, server.url).href);
          await page.getByRole('article').waitFor();
          const file = `${out}${name}-${doc}-${paper}`;
          await page.pdf({ path: `${file}.pdf`, preferCSSPageSize: true });
          const info = execFileSync('pdfinfo', [`${file}.pdf`], { encoding: 'utf8' });
          const pages = /Pages:\s+(\d+)/.exec(info)?.[1] ?? '?';
          const size = /Page size:\s+(.*)/.exec(info)?.[1] ?? '?';
          execFileSync('pdftoppm', ['-png', '-r', '60', `${file}.pdf`, file]);
          execFileSync('pdftotext', ['-layout', `${file}.pdf`, `${file}.txt`]);
          console.log(`${OUT_DIR}/${name}-${doc}-${paper}.pdf: ${pages} pages, ${size}`);
        }
      }
    }
  } finally {
    await browser.close();
    await server.close();
  }
}
