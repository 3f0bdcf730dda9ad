import { defineConfig } from 'vitest/config';
import react from '@vitejs/plugin-react';
import { contentSecurityPolicy, SECURITY_HEADERS } from './build/content-security-policy.ts';
import { mockServiceWorkerInDevelopment } from './build/mock-service-worker.ts';
import { serviceWorker } from './build/service-worker.ts';

// One config for the app and its unit tests. The clinical core runs in Node to prove it never
// touches the DOM; so does every other test that needs no DOM; components run in jsdom.
export default defineConfig({
  plugins: [react(), contentSecurityPolicy(), serviceWorker(), mockServiceWorkerInDevelopment()],
  build: { target: 'es2022', sourcemap: false, modulePreload: false },
  preview: { host: '127.0.0.1', headers: { ...SECURITY_HEADERS } },
  server: { host: '127.0.0.1' },
  test: {
    // Machines here are shared and often busy: a test may wait, but never on wall-clock speed
    // (speed is measured by `npm run bench`, not by tests).
    testTimeout: 30_000,
    projects: [
      {
        extends: true,
        test: {
          name: 'clinical',
          environment: 'node',
          // Pure functions of their inputs: the files can share one module graph per worker.
          isolate: false,
          include: ['src/clinical/**/*.test.ts'],
        },
      },
      {
        // Data, mapping and helper tests need no DOM: node, with fake-indexeddb and MSW. A file
        // that reads a browser API (localStorage, a service worker) says so in its first line
        // with `@vitest-environment jsdom`.
        extends: true,
        test: {
          name: 'node',
          environment: 'node',
          // setup-storage.ts gives every test a fresh database and resets HTTP handlers, so the
          // files can share one module graph per worker instead of importing it ~40 times.
          isolate: false,
          include: ['src/**/*.test.ts', 'mocks/**/*.test.ts', 'build/**/*.test.ts'],
          exclude: ['src/clinical/**', '**/*.integration.test.ts'],
          setupFiles: ['src/test/setup-storage.ts'],
        },
      },
      {
        // Components, in jsdom with Testing Library.
        extends: true,
        test: {
          name: 'components',
          environment: 'jsdom',
          include: ['src/**/*.test.tsx'],
          setupFiles: ['src/test/setup.ts'],
        },
      },
      {
        // Against a real FHIR R4 server (scripts/fhir-server.ts) that globalSetup starts on a
        // free localhost port and stops afterwards; no MSW here.
        extends: true,
        test: {
          name: 'fhir-server',
          environment: 'node',
          include: ['scripts/fhir-server*.test.ts', 'src/**/*.integration.test.ts'],
          globalSetup: ['src/data/fhir/sync/test/fhir-server.global-setup.ts'],
          setupFiles: ['src/data/fhir/sync/test/integration-setup.ts'],
        },
      },
    ],
  },
});
