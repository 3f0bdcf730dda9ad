import { QueryClient } from '@tanstack/react-query';

/**
 * Defaults for data that lives on this device. IndexedDB works offline (`networkMode: 'always'`),
 * changes only through our own mutations, which invalidate what they touch (`staleTime:
 * Infinity`), and a failed read will fail again the same way (`retry: false`).
 */
export function createQueryClient(): QueryClient {
  return new QueryClient({
    defaultOptions: {
      queries: { networkMode: 'always', staleTime: Infinity, retry: false },
      mutations: { networkMode: 'always', retry: false },
    },
  });
}
