import { KB_VERSION, assess, buildPlan, planFromDraft } from '../../../clinical/index.ts';
import { createDemoData } from '../../demo/demo-data';
import { isPatientId, isVisitId } from '../../ids';
import { patientSchema, type Patient } from '../../patients/patient.schema';
import { toFindings } from '../../visits/findings-form';
import { checkSigning } from '../../visits/visit-signing';
import { visitSchema, type Visit } from '../../visits/visit.schema';

/**
 * Records like the ones clinicians make: an anterior hip-pain exam with a red flag answered, an
 * out-of-range angle still in the draft, a signed visit with its plan, and the demo patients.
 */
const patientId = 'sample-patient-1';
if (!isPatientId(patientId) || !isVisitId('sample-visit-1') || !isVisitId('sample-visit-2'))
  throw new Error('bad sample ids');

export const samplePatient: Patient = patientSchema.parse({
  schemaVersion: 1,
  id: patientId,
  givenName: 'Adaeze',
  familyName: 'Okafor',
  dateOfBirth: '1984-06-02',
  sex: 'female',
  identifier: 'MRN-004211',
  notes: 'Runs 40 km a week.',
  createdAt: '2025-03-01T09:00:00.000Z',
  updatedAt: '2025-03-02T10:15:00.000Z',
});

export const sampleFindings = {
  'pain-now': '6',
  'pain-worst': '8',
  'pain-groin': true,
  'symptomatic-side': 'both',
  'hip-ir-rom': { left: '20', right: '35' },
  'hip-flexion-rom': { left: '400', right: '115' },
  'thomas-test': { left: 'positive', right: 'negative' },
  'thomas-hip-angle': { left: '12' },
  'leg-length-difference': '1,5',
  faber: { left: 'positive' },
  'faber-pain-location': { left: 'groin' },
  'resisted-hip-flexion': { left: 'positive' },
  'iliopsoas-stretch-pain': { left: 'positive' },
  'hip-flexion-strength': { left: '4', right: '5' },
  fever: true,
  'psoas-sign': { right: 'positive' },
  'history-notes': 'Pain began after a hill session.',
};

export const sampleDraftVisit: Visit = visitSchema.parse({
  schemaVersion: 3,
  id: 'sample-visit-1',
  patientId,
  date: '2025-03-02',
  clinician: 'Sam Clinician',
  careSetting: 'sports',
  status: 'draft',
  findings: sampleFindings,
  redFlagActions: [
    {
      redFlagId: 'psoas-abscess',
      response: 'referred',
      urgency: 'emergency',
      note: 'Sent to the emergency department.',
      recordedAt: '2025-03-02T10:10:00.000Z',
      recordedBy: 'Sam Clinician',
    },
  ],
  addenda: [],
  revision: 7,
  createdAt: '2025-03-02T09:30:00.000Z',
  updatedAt: '2025-03-02T10:15:00.000Z',
});

/** A visit signed the way the repository signs one, with a plan drafted by buildPlan. */
function signedVisit(): Visit {
  const findings = { ...sampleFindings, 'hip-flexion-rom': { right: '115' }, fever: false };
  const base = {
    findings,
    careSetting: 'sports' as const,
    redFlagActions: [],
    status: 'draft' as const,
  };
  const check = checkSigning(base);
  const valid = toFindings(findings).findings;
  const draft = buildPlan(assess(valid, { setting: 'sports' }), valid, { today: '2025-03-09' });
  return visitSchema.parse({
    ...sampleDraftVisit,
    id: 'sample-visit-2',
    date: '2025-03-09',
    findings,
    redFlagActions: [],
    status: 'signed',
    signature: {
      signedAt: '2025-03-09T11:00:00.000Z',
      signedBy: 'Sam Clinician',
      kbVersion: KB_VERSION,
      leading: check.assessment.differential
        .slice(0, 3)
        .map((c) => ({ id: c.id, name: c.name, probability: c.probability })),
      redFlags: check.assessment.redFlags.map((f) => ({
        id: f.id,
        name: f.name,
        urgency: f.urgency,
      })),
    },
    addenda: [
      {
        id: 'sample-visit-2-a1',
        text: 'Patient phoned: better.',
        author: 'Sam Clinician',
        createdAt: '2025-03-10T08:00:00.000Z',
      },
    ],
    plan: { ...planFromDraft(draft), notes: 'Review load in two weeks.' },
    revision: 12,
  });
}

export const sampleSignedVisit: Visit = signedVisit();

export function sampleRecords(): { patients: Patient[]; visits: Visit[] } {
  const demo = createDemoData({ patientCount: 12, now: new Date('2025-01-01T00:00:00.000Z') });
  return {
    patients: [samplePatient, ...demo.patients],
    visits: [sampleDraftVisit, sampleSignedVisit, ...demo.visits],
  };
}
