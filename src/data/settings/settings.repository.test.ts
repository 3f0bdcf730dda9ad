import { describe, expect, it } from 'vitest';
import { getDatabase } from '../db';
import { createSettingsRepository } from './settings.repository';
import { DEFAULT_SETTINGS_INPUT } from './settings.schema';

const settings = createSettingsRepository(getDatabase, () => new Date('2025-03-01T10:00:00.000Z'));

describe('settings repository', () => {
  it('gives the defaults on a fresh device, local only', async () => {
    expect(await settings.get()).toMatchObject({ ...DEFAULT_SETTINGS_INPUT, fhirBaseUrl: '' });
  });

  it('saves settings and reads them back', async () => {
    const saved = await settings.save({
      clinicianName: 'Sam Clinician',
      units: 'imperial',
      defaultCareSetting: 'sports',
      fhirBaseUrl: 'https://fhir.example.test/r4',
    });
    expect(await settings.get()).toEqual(saved);
  });

  it('refuses a FHIR address that is not http or https', async () => {
    await expect(
      settings.save({ ...DEFAULT_SETTINGS_INPUT, fhirBaseUrl: 'ftp://example.test' }),
    ).rejects.toThrow(/http or https/);
    expect(await settings.get()).toMatchObject({ fhirBaseUrl: '' });
  });
});
