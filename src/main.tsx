import { startTransition, StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app/app';
import { parseWithoutEval, restrictConnections } from './app/content-security';
import { createAppRouter } from './app/router';
import './app/styles.css';
import { createQueryClient } from './data/query-client';
import { inNextTask } from './lib/next-task';
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

async function start(root: HTMLElement): Promise<void> {
  await startMockHttp();
  // index.html's shell is already on screen: let the browser handle input and paint between
  // the start-up steps (on a mid-range phone, evaluating the modules, building the router,
  // loading the first screen and mounting each take tens of milliseconds).
  await inNextTask(undefined);
  const queryClient = createQueryClient();
  const router = createAppRouter({ queryClient });
  await inNextTask(undefined);
  // The first screen's route, code and data (its loader) are resolved before React mounts. The
  // router then has nothing to load from its mount effect, and the first render below draws the
  // screen with its data, in slices, rather than synchronous re-renders as code and data arrive.
  // A failed load must not stop start-up: once mounted, the router shows its error screen.
  await router.load().catch((error: unknown) => {
    console.error(error);
  });
  await inNextTask(undefined);
  const reactRoot = createRoot(root);
  // A transition renders in slices, yielding to the browser every few milliseconds; the shell
  // stays on screen (and responsive) until the first screen is ready to replace it.
  startTransition(() => {
    reactRoot.render(
      <StrictMode>
        <App router={router} queryClient={queryClient} />
      </StrictMode>,
    );
  });
  await inNextTask(undefined);
  void restrictConnections();
  // Development has MSW's worker (dev:mocks) and hot reload; the app shell is cached only in builds.
  if (import.meta.env.PROD) registerServiceWorker();
}

void start(container);
