import { z } from 'zod';
import {
  settingsSchema,
  type Settings,
  type SettingsInput,
} from '../../data/settings/settings.schema';

/**
 * The settings form: the stored record's own fields and messages, plus what only makes sense
 * while typing an address (surrounding spaces trimmed; no password, which would sit in plain
 * text on this device; no query or fragment, which a FHIR base address never has).
 */
export const settingsFormSchema = settingsSchema
  .pick({ clinicianName: true, units: true, defaultCareSetting: true })
  .extend({
    fhirBaseUrl: z
      .string()
      .trim()
      .pipe(settingsSchema.shape.fhirBaseUrl)
      .refine((url) => url === '' || !/^[a-z]+:\/\/[^/]*@/i.test(url), {
        error: 'Leave out any user name or password: they would be kept in plain text here',
      })
      .refine((url) => !/[?#]/.test(url), {
        error: 'Enter the base address only, without a ? or # part',
      }),
  });

export type SettingsFormValues = z.input<typeof settingsFormSchema>;
export type SettingsFormOutput = z.output<typeof settingsFormSchema>;

export function toFormValues(settings: Settings): SettingsFormValues {
  return {
    clinicianName: settings.clinicianName,
    units: settings.units,
    defaultCareSetting: settings.defaultCareSetting,
    fhirBaseUrl: settings.fhirBaseUrl,
  };
}

export function toSettingsInput(values: SettingsFormOutput): SettingsInput {
  return values;
}

/** Plain http to anything but this computer sends records unencrypted: worth a warning. */
export function isUnencryptedRemote(url: string): boolean {
  let parsed: URL;
  try {
    parsed = new URL(url.trim());
  } catch {
    return false;
  }
  return (
    parsed.protocol === 'http:' && !['localhost', '127.0.0.1', '[::1]'].includes(parsed.hostname)
  );
}
