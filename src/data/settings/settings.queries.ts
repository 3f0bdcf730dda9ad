import { queryOptions } from '@tanstack/react-query';
import { settingsRepository } from './settings.repository';

const root = ['settings'] as const;

export const settingsQueries = {
  all: () => root,
  detail: () =>
    queryOptions({
      queryKey: [...root, 'detail'] as const,
      queryFn: () => settingsRepository.get(),
    }),
};
