import type {
  Bundle,
  CarePlan,
  Condition,
  Flag,
  Goal,
  Observation,
  Provenance,
  Resource,
  ServiceRequest,
} from '@medplum/fhirtypes';
import { describe, expect, it } from 'vitest';
import { CONDITION_LIST } from '../../clinical/index.ts';
import { APP_SYSTEM, EXT, LOINC, SNOMED, UCUM, VERIFIED_CONDITION_SNOMED } from './fhir-codes';
import { toFhirBundle } from './fhir-mapping';
import { samplePatient, sampleDraftVisit, sampleSignedVisit } from './test-support/sample-records';

const bundle = toFhirBundle(
  { patients: [samplePatient], visits: [sampleDraftVisit, sampleSignedVisit] },
  { now: new Date('2025-03-10T12:00:00.000Z') },
);

function ofType<T extends Resource>(type: T['resourceType'], source: Bundle = bundle): T[] {
  return (source.entry ?? []).flatMap((entry) =>
    entry.resource?.resourceType === type ? [entry.resource as T] : [],
  );
}

const draftUrl = bundle.entry?.find((e) => e.resource?.id === sampleDraftVisit.id)?.fullUrl;

/** The draft visit's Observations of one exam item, optionally of one side. */
function findings(item: string, side?: 'left' | 'right'): Observation[] {
  return ofType<Observation>('Observation').filter(
    (o) =>
      o.encounter?.reference === draftUrl &&
      o.code.coding?.some((c) => c.system === APP_SYSTEM.examItem && c.code === item) &&
      (side === undefined || o.bodySite?.text?.toLowerCase() === side),
  );
}

describe('FHIR R4 mapping of a visit', () => {
  it('codes pain now with LOINC 72514-3 and a 0–10 score in UCUM {score}', () => {
    const [pain] = findings('pain-now');
    expect(pain?.code.coding?.[0]).toEqual({
      system: LOINC,
      code: '72514-3',
      display: 'Pain severity - 0-10 verbal numeric rating [Score] - Reported',
    });
    expect(pain?.valueQuantity).toEqual({
      value: 6,
      unit: 'score 0–10',
      system: UCUM,
      code: '{score}',
    });
    // "Pain at worst" is not a current rating, so it keeps only the app's code.
    expect(findings('pain-worst')[0]?.code.coding?.map((c) => c.system)).toEqual([
      APP_SYSTEM.examItem,
    ]);
  });

  it('gives each side its own Observation with the SNOMED CT laterality qualifier', () => {
    const left = findings('hip-ir-rom', 'left')[0];
    const right = findings('hip-ir-rom', 'right')[0];
    expect(left?.bodySite?.coding).toEqual([{ system: SNOMED, code: '7771000', display: 'Left' }]);
    expect(right?.bodySite?.coding).toEqual([
      { system: SNOMED, code: '24028007', display: 'Right' },
    ]);
    expect(left?.valueQuantity).toMatchObject({ value: 20, system: UCUM, code: 'deg' });
    expect(right?.valueQuantity).toMatchObject({ value: 35, code: 'deg' });
  });

  it('codes "both sides" with SNOMED CT 51440002 beside the app option', () => {
    const side = findings('symptomatic-side')[0]?.valueCodeableConcept?.coding;
    expect(side).toContainEqual({ system: SNOMED, code: '51440002', display: 'Right and left' });
    expect(side).toContainEqual(expect.objectContaining({ code: 'both' }));
  });

  it('types test results, yes/no answers, choices and text', () => {
    expect(findings('faber', 'left')[0]?.valueCodeableConcept?.coding?.[0]).toEqual({
      system: APP_SYSTEM.testResult,
      code: 'positive',
      display: 'Positive',
    });
    expect(findings('fever')[0]?.valueBoolean).toBe(true);
    expect(findings('faber-pain-location', 'left')[0]?.valueCodeableConcept?.text).toBe('Groin');
    expect(findings('history-notes')[0]?.valueString).toBe('Pain began after a hill session.');
  });

  it('keeps a decimal comma as typed beside the number', () => {
    const length = findings('leg-length-difference')[0];
    expect(length?.valueQuantity).toMatchObject({ value: 1.5, code: 'cm' });
    expect(length?.extension).toContainEqual({ url: EXT.typedText, valueString: '1,5' });
    expect(findings('thomas-hip-angle', 'left')[0]?.extension).toBeUndefined();
  });

  it('does not turn an out-of-range angle into a measurement, and keeps it exactly', () => {
    const invalid = findings('hip-flexion-rom', 'left')[0];
    expect(invalid?.valueQuantity).toBeUndefined();
    expect(invalid?.valueString).toBe('400');
    expect(invalid?.status).toBe('preliminary');
    expect(invalid?.extension).toContainEqual({ url: EXT.storedEntry, valueString: '"400"' });
    expect(invalid?.note?.[0]?.text).toMatch(/not a valid entry/i);
    expect(findings('hip-flexion-rom', 'right')[0]?.valueQuantity?.value).toBe(115);
  });

  it('raises a Flag per red flag and carries what was done about it', () => {
    const flags = ofType<Flag>('Flag').filter((f) => f.encounter?.reference === draftUrl);
    const abscess = flags.find((f) => f.code.coding?.[0]?.code === 'psoas-abscess');
    expect(abscess?.status).toBe('active');
    expect(abscess?.extension?.[0]?.url).toBe(EXT.redFlagAction);
    expect(abscess?.extension?.[0]?.extension).toContainEqual({
      url: 'response',
      valueCode: 'referred',
    });
    expect(flags.length).toBeGreaterThan(1);
  });

  it('writes working diagnoses as Conditions: as signed, the first provisional', () => {
    const conditions = ofType<Condition>('Condition').filter(
      (c) => c.encounter?.reference !== draftUrl,
    );
    expect(conditions.map((c) => c.verificationStatus?.coding?.[0]?.code)).toEqual(
      sampleSignedVisit.signature?.leading.map((_, i) =>
        i === 0 ? 'provisional' : 'differential',
      ),
    );
    expect(conditions[0]?.code?.coding).toContainEqual(
      expect.objectContaining({
        system: APP_SYSTEM.condition,
        code: sampleSignedVisit.signature?.leading[0]?.id,
      }),
    );
  });

  it('proposes the recommended tests as ServiceRequests, never as orders', () => {
    const requests = ofType<ServiceRequest>('ServiceRequest');
    expect(requests.length).toBeGreaterThan(0);
    expect(new Set(requests.map((r) => `${r.intent}/${r.status}`))).toEqual(
      new Set(['proposal/draft']),
    );
  });

  it('writes the signature as a Provenance and the plan as a CarePlan with its Goals', () => {
    const [provenance] = ofType<Provenance>('Provenance');
    expect(provenance?.recorded).toBe(sampleSignedVisit.signature?.signedAt);
    const [plan] = ofType<CarePlan>('CarePlan');
    const goals = ofType<Goal>('Goal');
    expect(plan?.activity?.map((a) => a.detail?.code?.coding?.[0]?.code)).toEqual(
      sampleSignedVisit.plan?.items.map((i) => i.treatmentId),
    );
    expect(plan?.activity?.[0]?.detail?.code?.coding?.[0]?.system).toBe(APP_SYSTEM.treatment);
    expect(plan?.goal).toHaveLength(goals.length);
    expect(goals.length).toBe(sampleSignedVisit.plan?.goals.length);
    expect(goals.length).toBeGreaterThan(0);
  });
});

describe('condition codes', () => {
  const leftOut = new Set([
    'lumbar-stenosis',
    'inflammatory-arthritis',
    'inguinal-related-groin-pain',
    'bone-malignancy',
  ]);

  it('uses a knowledge-base SNOMED CT code only when it is on the verified list, and says which are left out', () => {
    for (const condition of CONDITION_LIST) {
      const verified = VERIFIED_CONDITION_SNOMED.get(condition.id);
      if (verified !== undefined) expect(verified.code, condition.id).toBe(condition.snomed);
      else if (condition.snomed !== undefined)
        expect(leftOut, condition.id).toContain(condition.id);
    }
  });
});
