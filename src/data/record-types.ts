import { syncStateRecord } from './fhir/sync/sync-state.schema';
import { patientRecord } from './patients/patient.schema';
import type { RecordType } from './records';
import { settingsRecord } from './settings/settings.schema';
import { visitRecord } from './visits/visit.schema';

/** Every stored record kind; db.ts upgrades old rows of each at start-up. */
export const RECORD_TYPES: readonly RecordType<unknown>[] = [
  patientRecord,
  visitRecord,
  settingsRecord,
  syncStateRecord,
];
