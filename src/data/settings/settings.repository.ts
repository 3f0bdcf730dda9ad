import { getDatabase, type Database } from '../db';
import { parseStoredRecord } from '../records';
import {
  DEFAULT_SETTINGS_INPUT,
  SETTINGS_KEY,
  settingsRecord,
  settingsSchema,
  type Settings,
  type SettingsInput,
} from './settings.schema';

export function createSettingsRepository(
  database: () => Promise<Database>,
  now: () => Date = () => new Date(),
) {
  return {
    /** The saved settings, or the defaults (not saved) on a fresh device. */
    async get(): Promise<Settings> {
      const row = await (
        await database()
      ).transact(['settings'], 'readonly', (tx) => tx.get('settings', SETTINGS_KEY));
      if (row === undefined) {
        return settingsSchema.parse({
          schemaVersion: settingsRecord.version,
          id: SETTINGS_KEY,
          ...DEFAULT_SETTINGS_INPUT,
          updatedAt: new Date(0).toISOString(),
        });
      }
      return parseStoredRecord(settingsRecord, row);
    },

    async save(input: SettingsInput): Promise<Settings> {
      const record = settingsSchema.parse({
        schemaVersion: settingsRecord.version,
        id: SETTINGS_KEY,
        ...input,
        updatedAt: now().toISOString(),
      });
      await (
        await database()
      ).transact(['settings'], 'readwrite', (tx) => tx.put('settings', record));
      return record;
    },
  };
}

export type SettingsRepository = ReturnType<typeof createSettingsRepository>;

export const settingsRepository = createSettingsRepository(getDatabase);
