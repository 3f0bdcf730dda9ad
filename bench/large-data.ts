import { chromium, type CDPSession, type Page } from '@playwright/test';
import { EXAM_ITEMS } from '../src/clinical/index.ts';
import { createDemoData } from '../src/data/demo/demo-data.ts';
import { visitSchema, type Visit } from '../src/data/visits/visit.schema.ts';
import { chromiumLaunchOptions } from '../e2e/chromium.ts';
import { putStoredRows } from '../e2e/stored-rows.ts';
import { appBuild } from './app-build.ts';
import { msUntil, PATIENTS_LISTED } from './browser-timing.ts';
import { BENCH_PORTS, servePreviewOn } from './preview.ts';
import { median, verdict } from './report.ts';

/**
 * A busy clinic's device: 10,000 patients and 50,000 visits (five each, every visit with a full
 * exam of about 60 findings), stored in the browser's IndexedDB exactly as the app stores them.
 * Measures the time from navigation start until the patients list shows all 10,000, and the
 * peak JavaScript heap while opening (CDP's JSHeapUsedSize, sampled every 20 ms).
 */
const PATIENTS = 10_000;
const VISITS_PER_PATIENT = 5;
const RUNS = 3;
const TARGET_OPEN_MS = 3000;
const TARGET_HEAP_BYTES = 150 * 1000 * 1000;
const BATCH = 2500;

/** One exam as a clinician would leave it: every item of the first sections answered. */
function examFindings(): Visit['findings'] {
  const findings: Record<string, Visit['findings'][string]> = {};
  for (const item of EXAM_ITEMS.slice(0, 60)) {
    const value = item.value;
    const one =
      value.kind === 'test'
        ? 'negative'
        : value.kind === 'yes-no'
          ? false
          : value.kind === 'number'
            ? String(value.min + 1)
            : value.kind === 'choice'
              ? (value.options[0]?.value ?? '')
              : value.kind === 'multi-choice'
                ? [value.options[0]?.value ?? '']
                : 'Pain after a long run; eased with rest. No night pain.';
    findings[item.id] = item.sided ? { left: one, right: one } : one;
  }
  return findings;
}

/** A visit the app's own schema accepts; the page copies it for every visit it stores. */
function visitTemplate(now: Date): Visit {
  return visitSchema.parse({
    schemaVersion: 3,
    id: 'demo-visit-template',
    patientId: 'demo-patient-00001',
    date: '2025-01-15',
    clinician: 'Bench clinician',
    careSetting: 'general',
    status: 'draft',
    findings: examFindings(),
    redFlagActions: [],
    addenda: [],
    revision: 3,
    createdAt: now.toISOString(),
    updatedAt: now.toISOString(),
  });
}

/**
 * Stores the patients, then builds the visits in the page from one validated template (five per
 * patient, ids and dates varied), so 50,000 visits need not cross the protocol one by one.
 */
async function seed(page: Page): Promise<number> {
  const now = new Date();
  const { patients } = createDemoData({ patientCount: PATIENTS, now });
  for (let i = 0; i < patients.length; i += BATCH)
    await putStoredRows(page, 'patients', patients.slice(i, i + BATCH));
  return page.evaluate(
    async ({ ids, template, perPatient }) => {
      const db = await new Promise<IDBDatabase>((resolve, reject) => {
        const request = indexedDB.open('iliopsoas-workbench');
        request.onsuccess = () => {
          resolve(request.result);
        };
        request.onerror = () => {
          reject(request.error ?? new Error('open failed'));
        };
      });
      let count = 0;
      for (let start = 0; start < ids.length; start += 1000) {
        await new Promise<void>((resolve, reject) => {
          const tx = db.transaction('visits', 'readwrite');
          const store = tx.objectStore('visits');
          for (const patientId of ids.slice(start, start + 1000)) {
            for (let n = 1; n <= perPatient; n += 1) {
              store.put({
                ...template,
                id: `${patientId.replace('patient', 'visit')}-${String(n)}`,
                patientId,
                date: `202${String(n - 1)}-0${String(1 + (n % 9))}-15`,
              });
              count += 1;
            }
          }
          tx.oncomplete = () => {
            resolve();
          };
          tx.onerror = () => {
            reject(tx.error ?? new Error('write failed'));
          };
        });
      }
      db.close();
      return count;
    },
    {
      ids: patients.map((p) => p.id as string),
      template: visitTemplate(now),
      perPatient: VISITS_PER_PATIENT,
    },
  );
}

async function heapUsed(cdp: CDPSession): Promise<number> {
  const { metrics } = await cdp.send('Performance.getMetrics');
  return metrics.find((m) => m.name === 'JSHeapUsedSize')?.value ?? 0;
}

/** Opens the app in a new tab of the seeded profile; returns open time and peak heap. */
async function openOnce(
  page: Page,
  url: string,
): Promise<{ readonly ms: number; readonly peak: number; readonly settled: number }> {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Performance.enable');
  let peak = 0;
  const sampling = { on: true };
  const sampler = (async () => {
    while (sampling.on) {
      peak = Math.max(peak, await heapUsed(cdp).catch(() => 0));
      await new Promise((resolve) => setTimeout(resolve, 20));
    }
  })();
  await page.goto(url, { waitUntil: 'commit' });
  const ms = await msUntil(page, PATIENTS_LISTED('10,000 patients'));
  await page.waitForTimeout(1000);
  sampling.on = false;
  await sampler;
  await cdp.send('HeapProfiler.collectGarbage');
  const settled = await heapUsed(cdp);
  await cdp.detach();
  return { ms, peak, settled };
}

export async function run(): Promise<void> {
  const app = await appBuild();
  const server = await servePreviewOn(app.outDir, BENCH_PORTS.browser);
  const browser = await chromium.launch(chromiumLaunchOptions);
  const url = new URL('patients', server.url).href;
  try {
    const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
    const first = await context.newPage();
    await first.goto(url);
    await first.getByRole('heading', { name: 'No patients on this device yet' }).waitFor();
    const started = Date.now();
    const visitCount = await seed(first);
    console.log(
      `seeded ${PATIENTS.toLocaleString('en-GB')} patients and ${visitCount.toLocaleString('en-GB')} visits in ${((Date.now() - started) / 1000).toFixed(1)} s`,
    );
    await first.close();
    const runs = [];
    for (let i = 0; i < RUNS; i += 1) {
      const page = await context.newPage();
      runs.push(await openOnce(page, url));
      await page.close();
    }
    console.log(`open times: ${runs.map((r) => `${r.ms.toFixed(0)} ms`).join(', ')}`);
    const open = median(runs.map((r) => r.ms));
    const peak = Math.max(...runs.map((r) => r.peak));
    verdict(
      'open app, 10k patients + 50k visits',
      `${open.toFixed(0)} ms`,
      `≤ ${String(TARGET_OPEN_MS)} ms`,
      open <= TARGET_OPEN_MS,
    );
    verdict(
      'peak JS heap while opening',
      `${(peak / 1e6).toFixed(1)} MB`,
      `≤ ${String(TARGET_HEAP_BYTES / 1e6)} MB`,
      peak <= TARGET_HEAP_BYTES,
    );
    verdict(
      'JS heap after opening (after GC)',
      `${(median(runs.map((r) => r.settled)) / 1e6).toFixed(1)} MB`,
      'report',
      true,
    );
  } finally {
    await browser.close();
    await server.close();
  }
}
