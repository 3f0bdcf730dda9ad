import { QueryClientProvider } from '@tanstack/react-query';
import {
  createMemoryHistory,
  createRootRoute,
  createRouter,
  RouterProvider,
} from '@tanstack/react-router';
import { render } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { ReactElement } from 'react';
import { createQueryClient } from '../data/query-client';

/**
 * Renders one component with only what it needs around it: a fresh QueryClient, and a router of
 * one route that shows the component (so its links resolve), not the app's routes and screens.
 * Tests of routing itself (addresses, search parameters, navigation) use renderApp instead.
 */
export async function renderWithProviders(ui: ReactElement) {
  const queryClient = createQueryClient();
  const router = createRouter({
    routeTree: createRootRoute({ component: () => ui }),
    history: createMemoryHistory({ initialEntries: ['/'] }),
  });
  // Resolved before mounting, so the component is there on the first render.
  await router.load();
  const user = userEvent.setup();
  const view = render(
    <QueryClientProvider client={queryClient}>
      <RouterProvider router={router} />
    </QueryClientProvider>,
  );
  return { ...view, user, queryClient };
}
