import { readFileSync } from 'node:fs';
import { defineConfig } from 'vitest/config';
import type { Plugin } from 'vite';
import react from '@vitejs/plugin-react';

/**
 * MSW's service worker (`npm run dev:mocks`), served by the dev server only. It lives in mocks/,
 * not public/, so a production build never contains it.
 */
function mswWorkerInDevelopment(): Plugin {
  const worker = new URL('./mocks/worker/mockServiceWorker.js', import.meta.url);
  return {
    name: 'msw-worker-in-development',
    apply: 'serve',
    configureServer(server) {
      server.middlewares.use('/mockServiceWorker.js', (_request, response) => {
        response.setHeader('Content-Type', 'text/javascript');
        response.end(readFileSync(worker));
      });
    },
  };
}

// One config for the app and its unit tests. The clinical core runs in Node to prove it never
// touches the DOM; everything else runs in jsdom.
export default defineConfig({
  plugins: [react(), mswWorkerInDevelopment()],
  build: { target: 'es2022', sourcemap: false },
  preview: { host: '127.0.0.1' },
  server: { host: '127.0.0.1' },
  test: {
    projects: [
      {
        extends: true,
        test: {
          name: 'clinical',
          environment: 'node',
          include: ['src/clinical/**/*.test.ts'],
        },
      },
      {
        extends: true,
        test: {
          name: 'app',
          environment: 'jsdom',
          include: ['src/**/*.test.{ts,tsx}', 'mocks/**/*.test.ts'],
          exclude: ['src/clinical/**', '**/*.integration.test.ts'],
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
