import { z } from 'zod';
import { CARE_SETTINGS } from '../visits/care-setting';
import type { RecordType } from '../records';
import { RECORD_VERSIONS } from '../record-versions';

export const UNIT_SYSTEMS = ['metric', 'imperial'] as const;

/** The settings store holds one row under this key. */
export const SETTINGS_KEY = 'settings';

/** Clinician preferences (schema version 1). The Settings screen is a later issue. */
export const settingsSchema = z.strictObject({
  schemaVersion: z.literal(RECORD_VERSIONS.settings),
  id: z.literal(SETTINGS_KEY),
  clinicianName: z.string().trim().max(200, 'The name can be at most 200 characters'),
  units: z.enum(UNIT_SYSTEMS),
  defaultCareSetting: z.enum(CARE_SETTINGS),
  /** Empty means local only: nothing leaves the device. */
  fhirBaseUrl: z.union([
    z.literal(''),
    z.url({ protocol: /^https?$/, error: 'Enter an http or https address' }),
  ]),
  updatedAt: z.iso.datetime(),
});

export type Settings = z.infer<typeof settingsSchema>;
export type SettingsInput = Pick<
  Settings,
  'clinicianName' | 'units' | 'defaultCareSetting' | 'fhirBaseUrl'
>;

export const DEFAULT_SETTINGS_INPUT: SettingsInput = {
  clinicianName: '',
  units: 'metric',
  defaultCareSetting: 'general',
  fhirBaseUrl: '',
};

export const settingsRecord: RecordType<Settings> = {
  label: 'settings',
  store: 'settings',
  version: RECORD_VERSIONS.settings,
  // First shipped shape. Add `1: (v1) => v2` here with a test when it changes.
  migrations: {},
  schema: settingsSchema,
};
