import { randomUUID } from 'node:crypto';
import type { Page } from '@playwright/test';
import { patientSchema } from '../src/data/patients/patient.schema.ts';
import { signedVisit } from '../src/data/visits/visit-signing.ts';
import { visitSchema, type Visit } from '../src/data/visits/visit.schema.ts';
import { isoYearsAgo } from './patient-form';
import { draftVisitRow, putStoredRows } from './stored-rows';

/**
 * What `seedClinic` stored: one patient with a signed visit two weeks ago and a draft visit today
 * (red flags present, a contraindication recorded, pain measured at both, so Progress draws).
 */
export interface Clinic {
  readonly patientPath: string;
  readonly patientName: string;
  readonly draftVisitPath: string;
  readonly signedVisitPath: string;
}

/**
 * Iliopsoas tendinopathy on the right, pain 4/10; saddle anaesthesia and a haematoma on
 * anticoagulants (red flags); kidney disease (oral NSAIDs contraindicated).
 */
const DRAFT_FINDINGS: Visit['findings'] = {
  'pain-groin': true,
  'symptomatic-side': 'right',
  'iliopsoas-tendon-tender': { right: true },
  'resisted-hip-flexion': { right: 'positive' },
  'worse-hip-flexion': true,
  'pain-now': '4',
  'saddle-anaesthesia': true,
  anticoagulants: true,
  'hip-held-flexed': true,
  'kidney-disease': true,
};

/**
 * Stores the records the 'clinic' screens show, as the app would have saved them (each row
 * parsed by the app's own schema first; the signed visit signed by the app's own rule). The app
 * must have opened its database: call it on a loaded screen. Making these records through the
 * forms is what the patients, visit and plan journeys test; here they only need to exist.
 */
export async function seedClinic(page: Page): Promise<Clinic> {
  const now = new Date();
  const at = now.toISOString();
  const patient = patientSchema.parse({
    schemaVersion: 1,
    id: randomUUID(),
    givenName: 'Walker',
    familyName: 'Screen',
    dateOfBirth: isoYearsAgo(44),
    sex: 'other',
    identifier: 'WALK-1',
    notes: 'Seeded for the screen walk.',
    createdAt: at,
    updatedAt: at,
  });
  const visit = (date: string, findings: Visit['findings']): Visit =>
    visitSchema.parse(
      draftVisitRow({ id: randomUUID(), patientId: patient.id, date, findings, at }),
    );
  const signed = signedVisit(visit(isoYearsAgo(0, 14), { 'pain-now': '7' }), 'Sam Physio', now);
  const draft = visit(isoYearsAgo(0), DRAFT_FINDINGS);
  await putStoredRows(page, 'patients', [patient]);
  await putStoredRows(page, 'visits', [signed, draft]);

  const patientPath = `/patients/${patient.id}`;
  return {
    patientPath,
    patientName: 'Screen, Walker',
    draftVisitPath: `${patientPath}/visits/${draft.id}`,
    signedVisitPath: `${patientPath}/visits/${signed.id}`,
  };
}
