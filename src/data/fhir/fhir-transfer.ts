import { getDatabase, type Database } from '../db';
import type { PatientId } from '../ids';
import { patientRecord } from '../patients/patient.schema';
import { parseStoredRecords } from '../records';
import { visitRecord } from '../visits/visit.schema';
import type { ImportIssue } from './bundle-entries';
import { readFhirBundle } from './bundle-import';
import { toFhirBundle, type ExportRecords } from './fhir-mapping';
import { writeImportedRecords, type ImportSummary } from './import-writer';

/** A Bundle ready to save, and what it holds. */
export interface BundleFile {
  readonly fileName: string;
  readonly text: string;
  readonly patients: number;
  readonly visits: number;
  readonly resources: number;
  /** Stored rows that could not be read (left out of the file, untouched on the device). */
  readonly unreadable: number;
}

export type ImportOutcome =
  | { readonly ok: false; readonly issues: readonly ImportIssue[]; readonly total: number }
  | {
      readonly ok: true;
      readonly summary: ImportSummary;
      readonly ignored: ReadonlyMap<string, number>;
    };

const today = (now: Date) => now.toISOString().slice(0, 10);

function bundleFile(
  records: ExportRecords,
  name: string,
  unreadable: number,
  now: Date,
): BundleFile {
  const bundle = toFhirBundle(records, { now });
  return {
    fileName: `iliopsoas-workbench-fhir-${name}-${today(now)}.json`,
    text: JSON.stringify(bundle, null, 1),
    patients: records.patients.length,
    visits: records.visits.length,
    resources: bundle.entry?.length ?? 0,
    unreadable,
  };
}

/**
 * Export and import of FHIR R4 Bundles against the device's records. Reading the records and
 * building the Bundle happen here; saving the file is the screen's job (see save-file.ts).
 */
export function createFhirTransfer(
  database: () => Promise<Database>,
  now: () => Date = () => new Date(),
) {
  async function readStores(patientId?: PatientId) {
    return (await database()).transact(['patients', 'visits'], 'readonly', async (tx) => {
      const patientRows =
        patientId === undefined
          ? await tx.getAll('patients')
          : [await tx.get('patients', patientId)];
      const visitRows =
        patientId === undefined
          ? await tx.getAll('visits')
          : await tx.getVisitsOfPatient(patientId);
      return { patientRows: patientRows.filter((row) => row !== undefined), visitRows };
    });
  }

  return {
    /** One patient with all their visits. */
    async exportPatient(patientId: PatientId): Promise<BundleFile> {
      const { patientRows, visitRows } = await readStores(patientId);
      const patients = parseStoredRecords(patientRecord, patientRows);
      const patient = patients.records[0];
      if (patient === undefined)
        throw new Error(patients.unreadable[0]?.reason ?? 'This patient is not on this device.');
      const visits = parseStoredRecords(visitRecord, visitRows);
      return bundleFile(
        { patients: [patient], visits: visits.records },
        `patient-${patient.id}`,
        visits.unreadable.length,
        now(),
      );
    },

    /** Every patient and visit on the device that can be read. */
    async exportAll(): Promise<BundleFile> {
      const { patientRows, visitRows } = await readStores();
      const patients = parseStoredRecords(patientRecord, patientRows);
      const ids = new Set<string>(patients.records.map((p) => p.id));
      const visits = parseStoredRecords(visitRecord, visitRows);
      // A visit whose patient cannot be read has no Patient to point to; it stays on the device.
      const exported = visits.records.filter((visit) => ids.has(visit.patientId));
      const unreadable =
        patients.unreadable.length +
        visits.unreadable.length +
        visits.records.length -
        exported.length;
      return bundleFile({ patients: patients.records, visits: exported }, 'all', unreadable, now());
    },

    /** Reads the whole file first; only a file that is valid throughout is written, in one transaction. */
    async importText(text: string): Promise<ImportOutcome> {
      const reading = readFhirBundle(text);
      if (!reading.ok) return reading;
      const summary = await writeImportedRecords(database, reading.records);
      return { ok: true, summary, ignored: reading.ignored };
    },
  };
}

export type FhirTransfer = ReturnType<typeof createFhirTransfer>;

export const fhirTransfer = createFhirTransfer(getDatabase);
