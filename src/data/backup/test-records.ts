import { patientRecord, patientSchema, type Patient } from '../patients/patient.schema';
import { settingsRecord, settingsSchema, type Settings } from '../settings/settings.schema';
import { visitRecord, visitSchema, type Visit } from '../visits/visit.schema';
import { BACKUP_FORMAT, BACKUP_FORMAT_VERSION } from './backup-format';

/**
 * Valid records at this build's schema versions, for the backup tests (test code only). Each is
 * parsed by its schema, so a fixture that drifts from the schema fails loudly.
 */

export function testPatient(n: number, overrides: Partial<Patient> = {}): Patient {
  return patientSchema.parse({
    schemaVersion: patientRecord.version,
    id: `patient-${String(n)}`,
    givenName: `Given${String(n)}`,
    familyName: `Family${String(n)}`,
    dateOfBirth: '1980-04-12',
    sex: 'female',
    identifier: `MRN-${String(n)}`,
    notes: '',
    createdAt: '2026-01-01T09:00:00.000Z',
    updatedAt: '2026-01-01T09:00:00.000Z',
    ...overrides,
  });
}

export function testVisit(n: number, patientId: string, overrides: Partial<Visit> = {}): Visit {
  return visitSchema.parse({
    schemaVersion: visitRecord.version,
    id: `visit-${String(n)}`,
    patientId,
    date: '2026-02-01',
    clinician: 'Sam Clinician',
    careSetting: 'general',
    status: 'draft',
    findings: { 'pain-now': '4' },
    redFlagActions: [],
    addenda: [],
    revision: 1,
    createdAt: '2026-02-01T09:00:00.000Z',
    updatedAt: '2026-02-01T09:30:00.000Z',
    ...overrides,
  });
}

export function testSettings(overrides: Partial<Settings> = {}): Settings {
  return settingsSchema.parse({
    schemaVersion: settingsRecord.version,
    id: 'settings',
    clinicianName: 'Sam Clinician',
    units: 'metric',
    defaultCareSetting: 'sports',
    fhirBaseUrl: '',
    updatedAt: '2026-01-01T09:00:00.000Z',
    ...overrides,
  });
}

/** A backup envelope around the given rows, as `JSON.parse` would give it. */
export function testBackup(
  records: Record<string, unknown[]>,
  extra: Record<string, unknown> = {},
) {
  return {
    format: BACKUP_FORMAT,
    formatVersion: BACKUP_FORMAT_VERSION,
    exportedAt: '2026-03-01T10:00:00.000Z',
    kbVersion: '2026.11.0',
    appVersion: '0.1.0',
    records: { patients: [], visits: [], settings: [], ...records },
    ...extra,
  };
}
