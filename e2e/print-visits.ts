import type { Page } from '@playwright/test';
import { randomUUID } from 'node:crypto';
import { assess, buildPlan, planFromDraft } from '../src/clinical/index.ts';
import type { PlanRecord } from '../src/clinical/index.ts';
import { toFindings } from '../src/data/visits/findings-form.ts';
import type { PrintVignette } from '../src/features/print/print-vignettes.ts';
import { isoYearsAgo } from './patient-form';
import { draftVisitRow, putStoredRows } from './stored-rows';

export interface SeededVisit {
  readonly patientId: string;
  readonly visitId: string;
  readonly visitPath: string;
  readonly recordUrl: string;
  readonly handoutUrl: string;
}

/** The patient's fields (see SeedPatient) and the visit's. */
export interface SeedOptions extends Omit<SeedPatient, 'id'> {
  readonly vignette: PrintVignette;
  readonly visitDate: string;
  readonly clinician: string;
  /** Store the plan drafted from the findings, edited by `editPlan`; without it no plan is stored. */
  readonly editPlan?: (plan: PlanRecord) => PlanRecord;
  readonly redFlagActions?: readonly unknown[];
}

export interface SeedPatient {
  readonly id?: string;
  readonly given: string;
  readonly family: string;
  /** ISO date; 1990-04-12 unless given. */
  readonly dateOfBirth?: string;
  readonly sex?: 'female' | 'male' | 'other' | 'unknown';
  readonly identifier?: string;
  readonly notes?: string;
}

/**
 * Writes a patient (born 1990-04-12, female, unless told otherwise) straight into IndexedDB, as the app would store it;
 * returns the patient's address. The app must have opened its database first (visit any screen).
 */
export async function seedPatient(page: Page, patient: SeedPatient): Promise<string> {
  const now = new Date().toISOString();
  const id = patient.id ?? randomUUID();
  await putStoredRows(page, 'patients', [
    {
      schemaVersion: 1,
      id,
      givenName: patient.given,
      familyName: patient.family,
      dateOfBirth: patient.dateOfBirth ?? '1990-04-12',
      sex: patient.sex ?? 'female',
      ...(patient.identifier === undefined ? {} : { identifier: patient.identifier }),
      notes: patient.notes ?? '',
      createdAt: now,
      updatedAt: now,
    },
  ]);
  return `/patients/${id}`;
}

/**
 * Writes a patient and one visit (schema v3) straight into IndexedDB, as the app would store
 * them: the findings as typed, and optionally a plan drafted by the clinical core. The app must
 * have opened its database first (visit any screen).
 */
export async function seedVisit(page: Page, options: SeedOptions): Promise<SeededVisit> {
  const now = new Date().toISOString();
  const patientId = randomUUID();
  const visitId = randomUUID();
  const { findings } = toFindings(options.vignette.findings);
  const assessment = assess(findings, { setting: options.vignette.careSetting });
  const plan =
    options.editPlan === undefined
      ? undefined
      : options.editPlan(
          planFromDraft(buildPlan(assessment, findings, { today: options.visitDate })),
        );
  await seedPatient(page, { ...options, id: patientId });
  await putStoredRows(page, 'visits', [
    draftVisitRow({
      id: visitId,
      patientId,
      date: options.visitDate,
      findings: options.vignette.findings,
      clinician: options.clinician,
      careSetting: options.vignette.careSetting,
      ...(options.redFlagActions === undefined ? {} : { redFlagActions: options.redFlagActions }),
      ...(plan === undefined ? {} : { plan }),
      at: now,
    }),
  ]);
  const base = `/patients/${patientId}/visits/${visitId}/print`;
  return {
    patientId,
    visitId,
    visitPath: `/patients/${patientId}/visits/${visitId}`,
    recordUrl: `${base}/record`,
    handoutUrl: `${base}/handout`,
  };
}

/**
 * Stores a patient with a draft visit started today by Sam Physio (no findings unless given), and
 * opens its workspace: for journeys that start at the exam, where creating the patient and
 * starting the visit through their forms is not what is tested (patients.spec.ts and the visit
 * journeys test those).
 */
export async function openStoredVisit(
  page: Page,
  patient: SeedPatient,
  careSetting: PrintVignette['careSetting'] = 'general',
  findings: PrintVignette['findings'] = {},
): Promise<SeededVisit> {
  await page.goto('/patients');
  await page.getByRole('heading', { level: 1, name: 'Patients' }).waitFor();
  const visit = await seedVisit(page, {
    ...patient,
    vignette: { name: 'a visit started today', careSetting, findings },
    visitDate: isoYearsAgo(0),
    clinician: 'Sam Physio',
  });
  await page.goto(visit.visitPath);
  await page.getByRole('form', { name: 'Examination' }).waitFor();
  return visit;
}
