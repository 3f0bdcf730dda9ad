import type { Page } from '@playwright/test';

/**
 * Reads and writes the app's IndexedDB straight from the page, bypassing the app: for seeding
 * thousands of patients quickly, a row the app would never write, or checking what was stored.
 * The app must have opened (and so created) its database first: visit a screen before calling
 * these.
 */
type Store = 'patients' | 'visits' | 'settings' | 'fhirSync';

export async function putStoredRows(
  page: Page,
  store: Store,
  rows: readonly unknown[],
): Promise<void> {
  await page.evaluate(
    async ({ store, rows }) => {
      const db = await new Promise<IDBDatabase>((resolve, reject) => {
        const request = indexedDB.open('iliopsoas-workbench');
        request.onsuccess = () => {
          resolve(request.result);
        };
        request.onerror = () => {
          reject(request.error ?? new Error('open failed'));
        };
      });
      await new Promise<void>((resolve, reject) => {
        const tx = db.transaction(store, 'readwrite');
        for (const row of rows) tx.objectStore(store).put(row);
        tx.oncomplete = () => {
          resolve();
        };
        tx.onerror = () => {
          reject(tx.error ?? new Error('write failed'));
        };
      });
      db.close();
    },
    { store, rows },
  );
}

export async function readStoredRows(page: Page, store: Store): Promise<Record<string, unknown>[]> {
  return page.evaluate(async (name) => {
    const db = await new Promise<IDBDatabase>((resolve, reject) => {
      const request = indexedDB.open('iliopsoas-workbench');
      request.onsuccess = () => {
        resolve(request.result);
      };
      request.onerror = () => {
        reject(request.error ?? new Error('open failed'));
      };
    });
    const rows = await new Promise<Record<string, unknown>[]>((resolve, reject) => {
      const request = db.transaction(name).objectStore(name).getAll();
      request.onsuccess = () => {
        resolve(request.result as Record<string, unknown>[]);
      };
      request.onerror = () => {
        reject(request.error ?? new Error('read failed'));
      };
    });
    db.close();
    return rows;
  }, store);
}

/**
 * Points the app at a FHIR server by writing the settings record the Settings screen saves. The
 * app reads it at start-up: reload (or navigate) afterwards.
 */
export async function storeFhirServer(
  page: Page,
  fhirBaseUrl: string,
  clinicianName = '',
): Promise<void> {
  await putStoredRows(page, 'settings', [
    {
      schemaVersion: 1,
      id: 'settings',
      clinicianName,
      units: 'metric',
      defaultCareSetting: 'general',
      fhirBaseUrl,
      updatedAt: new Date().toISOString(),
    },
  ]);
}

/** What a draft visit row needs beyond its defaults (Sam Physio, general outpatient, revision 1). */
export interface DraftVisitFields {
  readonly id: string;
  readonly patientId: string;
  /** ISO date. */
  readonly date: string;
  /** The exam exactly as typed (numbers as text). */
  readonly findings: Readonly<Record<string, unknown>>;
  readonly clinician?: string;
  readonly careSetting?: 'general' | 'sports';
  readonly redFlagActions?: readonly unknown[];
  readonly plan?: unknown;
  /** ISO date-time of creation and last change; now unless given. */
  readonly at?: string;
}

/** A draft visit as the app stores it (visit schema version 3). */
export function draftVisitRow(fields: DraftVisitFields): Record<string, unknown> {
  const at = fields.at ?? new Date().toISOString();
  return {
    schemaVersion: 3,
    id: fields.id,
    patientId: fields.patientId,
    date: fields.date,
    clinician: fields.clinician ?? 'Sam Physio',
    careSetting: fields.careSetting ?? 'general',
    status: 'draft',
    findings: fields.findings,
    redFlagActions: fields.redFlagActions ?? [],
    addenda: [],
    ...(fields.plan === undefined ? {} : { plan: fields.plan }),
    revision: 1,
    createdAt: at,
    updatedAt: at,
  };
}
