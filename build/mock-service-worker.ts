import { readFile } from 'node:fs/promises';
import type { Plugin } from 'vite';

const WORKER = new URL('../mocks/mockServiceWorker.js', import.meta.url);

/**
 * Serves MSW's worker script to the dev server only (`npm run dev:mocks`). It lives in mocks/, not
 * public/, so a production build can never ship it: a worker that answers HTTP has no place on a
 * clinician's device.
 */
export function mockServiceWorkerInDevelopment(): Plugin {
  return {
    name: 'iliopsoas:mock-service-worker',
    apply: 'serve',
    configureServer(server) {
      server.middlewares.use('/mockServiceWorker.js', (_request, response, next) => {
        readFile(WORKER).then(
          (script) => {
            response.setHeader('Content-Type', 'text/javascript');
            response.end(script);
          },
          (error: unknown) => {
            next(error);
          },
        );
      });
    },
  };
}
