import { useMutation, useQueryClient } from '@tanstack/react-query';
import { persistenceQueries, settingsQueries } from '../../data/settings/settings.queries';
import { settingsRepository } from '../../data/settings/settings.repository';
import type { SettingsInput } from '../../data/settings/settings.schema';
import { requestPersistence } from '../../data/settings/persistence';

export function useSaveSettings() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: SettingsInput) => settingsRepository.save(input),
    onSuccess: (saved) => {
      queryClient.setQueryData(settingsQueries.detail().queryKey, saved);
      return queryClient.invalidateQueries({ queryKey: settingsQueries.all() });
    },
  });
}

/** Asks the browser to keep this site's records; the status line then shows its answer. */
export function useRequestPersistence() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: () => requestPersistence(),
    onSettled: () => queryClient.invalidateQueries({ queryKey: persistenceQueries.all() }),
  });
}
