import { queryOptions } from '@tanstack/react-query';
import { settingsRepository } from './settings.repository';
import { readPersistence } from './persistence';

const root = ['settings'] as const;

export const settingsQueries = {
  all: () => root,
  detail: () =>
    queryOptions({
      queryKey: [...root, 'detail'] as const,
      queryFn: () => settingsRepository.get(),
    }),
};

/** Whether the browser may evict this site's records, and how much room they take. */
export const persistenceQueries = {
  all: () => ['storage-persistence'] as const,
  state: () =>
    queryOptions({
      queryKey: ['storage-persistence', 'state'] as const,
      queryFn: () => readPersistence(),
    }),
};
