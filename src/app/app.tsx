import { QueryClientProvider, type QueryClient } from '@tanstack/react-query';
import { RouterProvider } from '@tanstack/react-router';
import { AppErrorBoundary } from './app-error-boundary';
import type { AppRouter } from './router';

/** The composition root: providers around the router. Tests pass their own router and client. */
export function App({
  router,
  queryClient,
}: {
  readonly router: AppRouter;
  readonly queryClient: QueryClient;
}) {
  return (
    <AppErrorBoundary>
      <QueryClientProvider client={queryClient}>
        <RouterProvider router={router} />
      </QueryClientProvider>
    </AppErrorBoundary>
  );
}
