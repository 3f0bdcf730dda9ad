import type { Bundle } from '@medplum/fhirtypes';
import type { Patient } from '../../patients/patient.schema';
import type { Visit } from '../../visits/visit.schema';
import { describeIssue } from '../bundle-entries';
import { readFhirBundle, type ImportedRecords } from '../bundle-import';
import { FORMAT_TAG } from '../fhir-codes';
import { toFhirBundle } from '../fhir-mapping';
import type { MappedEntry, SyncMapping } from './sync-units';

/**
 * The FHIR mapping (src/data/fhir: toFhirBundle and readFhirBundle, the same code as file export
 * and import) seen as the sync needs it: one unit's resources at a time.
 */

/** Only Bundle.timestamp carries the export time, and the sync sends entries, not the Bundle. */
const EXPORT_TIME = new Date(0);

function entriesOf(bundle: Bundle): MappedEntry[] {
  return (bundle.entry ?? []).flatMap((entry) =>
    entry.resource !== undefined && entry.fullUrl !== undefined
      ? [{ fullUrl: entry.fullUrl, resource: entry.resource }]
      : [],
  );
}

function read(entries: readonly MappedEntry[]): ImportedRecords {
  const bundle = {
    resourceType: 'Bundle',
    meta: { tag: [FORMAT_TAG] },
    type: 'collection',
    entry: entries,
  };
  const reading = readFhirBundle(JSON.stringify(bundle));
  if (!reading.ok) {
    const shown = reading.issues.slice(0, 3).map(describeIssue).join('; ');
    throw new Error(`The server's version cannot be read into this app: ${shown}`);
  }
  return reading.records;
}

function single<T>(records: readonly T[], what: string): T {
  const [record, ...rest] = records;
  if (record === undefined || rest.length > 0) {
    throw new Error(`The server's version holds ${String(records.length)} ${what}s, not one`);
  }
  return record;
}

export const appSyncMapping: SyncMapping = {
  dependentTypes: [
    'Encounter',
    'Observation',
    'Flag',
    'Condition',
    'ServiceRequest',
    'CarePlan',
    'Goal',
  ],
  encounterTargetTypes: ['Provenance'],
  exportPatient(patient: Patient) {
    return entriesOf(toFhirBundle({ patients: [patient], visits: [] }, { now: EXPORT_TIME }));
  },
  exportVisit(patient: Patient, visit: Visit) {
    return entriesOf(toFhirBundle({ patients: [patient], visits: [visit] }, { now: EXPORT_TIME }));
  },
  importPatient(entries) {
    return single(read(entries).patients, 'patient');
  },
  importVisit(entries) {
    return single(read(entries).visits, 'visit');
  },
};
