import { defineConfig } from '@playwright/test';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
/** Fixed, and away from `npm start` (4173) so both can run at once. */
const port = Number(process.env.E2E_PORT ?? '4317');
const baseURL = `http://127.0.0.1:${String(port)}`;
/** The real FHIR R4 test server (scripts/fhir-server.ts) that e2e/fhir-sync.spec.ts syncs with. */
const fhirPort = Number(process.env.E2E_FHIR_PORT ?? String(port + 1000));
process.env.E2E_FHIR_BASE_URL = `http://127.0.0.1:${String(fhirPort)}/fhir`;

/**
 * End to end in Debian's Chromium against the production build. `npm test` reads the JSON
 * report for its summary line. No `channel`: Playwright never looks for, or downloads, a browser.
 */
export default defineConfig({
  testDir: '.',
  testMatch: '*.spec.ts',
  outputDir: `${root}test-results`,
  fullyParallel: true,
  // Two cores on the CI machines; more workers only queue behind each other.
  workers: 2,
  retries: 0,
  forbidOnly: Boolean(process.env.CI),
  // Generous: two cores shared with the build server and, often, another test run.
  timeout: 60_000,
  expect: { timeout: 10_000 },
  reporter: [['list'], ['json', { outputFile: `${root}.playwright-results.json` }]],
  use: {
    baseURL,
    browserName: 'chromium',
    viewport: { width: 1280, height: 860 },
    trace: 'retain-on-failure',
    launchOptions: {
      executablePath: '/usr/bin/chromium',
      args: [
        '--headless',
        '--no-sandbox',
        '--disable-gpu',
        '--disable-quic',
        '--no-first-run',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
      ],
    },
  },
  webServer: [
    {
      // Its own output folder, so a concurrent `npm run build` or bench cannot swap files mid-run.
      command: `npx vite build --outDir dist-e2e --emptyOutDir --logLevel warn && npx vite preview --outDir dist-e2e --port ${String(port)} --strictPort`,
      cwd: root,
      url: baseURL,
      reuseExistingServer: false,
      timeout: 120_000,
    },
    {
      // In memory, on localhost only; stopped with the run.
      command: 'node scripts/run-ts.mjs scripts/fhir-server.ts',
      cwd: root,
      env: { FHIR_PORT: String(fhirPort) },
      url: `${process.env.E2E_FHIR_BASE_URL}/metadata`,
      reuseExistingServer: false,
      timeout: 120_000,
    },
  ],
});
