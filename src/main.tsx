import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app/app';
import { parseWithoutEval, restrictConnections } from './app/content-security';
import { createAppRouter } from './app/router';
import './app/styles.css';
import { createQueryClient } from './data/query-client';
import { registerServiceWorker } from './sw/register';

// Before anything parses: the Content-Security-Policy forbids eval.
parseWithoutEval();

/**
 * In development with VITE_MOCKS=true, HTTP (the FHIR server) is answered by MSW in the browser.
 * Production builds drop this branch entirely; patient records never go through MSW.
 */
async function startMockHttp(): Promise<void> {
  if (!import.meta.env.DEV || import.meta.env.VITE_MOCKS !== 'true') return;
  const { worker } = await import('../mocks/browser');
  await worker.start({ onUnhandledRequest: 'bypass' });
}

const container = document.getElementById('root');
if (!container) throw new Error('index.html has no #root element');

void startMockHttp().then(() => {
  createRoot(container).render(
    <StrictMode>
      <App router={createAppRouter()} queryClient={createQueryClient()} />
    </StrictMode>,
  );
  void restrictConnections();
  // Development has MSW's worker (dev:mocks) and hot reload; the app shell is cached only in builds.
  if (import.meta.env.PROD) registerServiceWorker();
});
