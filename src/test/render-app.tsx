import { createMemoryHistory } from '@tanstack/react-router';
import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { App } from '../app/app';
import { createAppRouter } from '../app/router';
import { createQueryClient } from '../data/query-client';

/**
 * Renders the real app (router, providers, lazy screens) at `path`, with a fresh QueryClient.
 * IndexedDB is fake-indexeddb, fresh per test (see setup.ts). Waits for the screen's <h1>.
 */
export async function renderApp(path: string) {
  const queryClient = createQueryClient();
  const router = createAppRouter({
    queryClient,
    history: createMemoryHistory({ initialEntries: [path] }),
  });
  const user = userEvent.setup();
  const view = render(<App router={router} queryClient={queryClient} />);
  // Lazy screens load on first use; on a shared, busy machine that can take seconds.
  await screen.findByRole('heading', { level: 1 }, { timeout: 10_000 });
  return { ...view, user, router, queryClient };
}
