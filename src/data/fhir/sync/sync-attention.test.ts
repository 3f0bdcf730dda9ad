import { QueryObserver } from '@tanstack/react-query';
import { describe, expect, it } from 'vitest';
import { getDatabase } from '../../db';
import { createQueryClient } from '../../query-client';
import { settingsRepository } from '../../settings/settings.repository';
import { DEFAULT_SETTINGS_INPUT } from '../../settings/settings.schema';
import { syncAttentionQuery } from './sync-attention';
import { syncStateRecord, syncStateSchema } from './sync-state.schema';

const SERVER = 'https://fhir.example.test/r4';

async function putSyncState(id: string, attention?: 'conflict' | 'failed') {
  const row = syncStateSchema.parse({
    schemaVersion: syncStateRecord.version,
    id,
    serverUrl: SERVER,
    units: [],
    ...(attention ? { attention } : {}),
  });
  await (await getDatabase()).transact(['fhirSync'], 'readwrite', (tx) => tx.put('fhirSync', row));
}

/** The query as the patients list holds it: observed, so `select` and sharing apply. */
async function observeAttention() {
  const observer = new QueryObserver(createQueryClient(), syncAttentionQuery());
  const stop = observer.subscribe(() => undefined);
  const result = await observer.refetch();
  return {
    data: result.data,
    refetch: async () => (await observer.refetch()).data,
    stop,
  };
}

describe('the patients list sync flags', () => {
  it('maps each flagged patient to its flag, for the configured server only', async () => {
    await settingsRepository.save({ ...DEFAULT_SETTINGS_INPUT, fhirBaseUrl: SERVER });
    await putSyncState('quiet');
    await putSyncState('torn', 'conflict');
    const attention = await observeAttention();
    expect(attention.data).toEqual(new Map([['torn', 'conflict']]));
    attention.stop();
  });

  it('keeps the same value when a read finds nothing new, so the list does not render again', async () => {
    await settingsRepository.save({ ...DEFAULT_SETTINGS_INPUT, fhirBaseUrl: SERVER });
    await putSyncState('torn', 'conflict');
    const attention = await observeAttention();
    expect(await attention.refetch()).toBe(attention.data);

    await putSyncState('down', 'failed');
    const changed = await attention.refetch();
    expect(changed).not.toBe(attention.data);
    expect(changed).toEqual(
      new Map([
        ['torn', 'conflict'],
        ['down', 'failed'],
      ]),
    );
    attention.stop();
  });

  it('keeps the same empty value on a device that never syncs', async () => {
    const attention = await observeAttention();
    expect(attention.data).toEqual(new Map());
    expect(await attention.refetch()).toBe(attention.data);
    attention.stop();
  });
});
