import { queryOptions } from '@tanstack/react-query';

const root = ['storage'] as const;

/**
 * Whether on-device storage opened, and whether start-up migrations left anything behind. The
 * app shell asks on every screen, so this module stays tiny: it loads the database code (idb,
 * zod, the schemas) on demand instead of putting it in the first bundle.
 */
export const storageQueries = {
  all: () => root,
  status: () =>
    queryOptions({
      queryKey: [...root, 'status'] as const,
      queryFn: async () => (await import('./storage-status')).getStorageStatus(),
    }),
};
