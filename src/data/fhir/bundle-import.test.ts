import type { Bundle, Resource } from '@medplum/fhirtypes';
import { describe, expect, it } from 'vitest';
import { describeIssue } from './bundle-entries';
import { MAX_IMPORT_BYTES, readFhirBundle, type BundleReading } from './bundle-import';
import { toFhirBundle } from './fhir-mapping';
import { sampleDraftVisit, samplePatient, sampleSignedVisit } from './test-support/sample-records';

const exported = (): Bundle =>
  toFhirBundle(
    { patients: [samplePatient], visits: [sampleDraftVisit, sampleSignedVisit] },
    { now: new Date('2025-03-10T12:00:00.000Z') },
  );

function messages(reading: BundleReading): string[] {
  if (reading.ok) throw new Error('expected the import to be refused');
  return reading.issues.map(describeIssue);
}

/** The exported Bundle with one resource changed. */
function tampered(change: (resource: Resource, index: number) => unknown): string {
  const bundle = exported();
  return JSON.stringify({
    ...bundle,
    entry: bundle.entry?.map((entry, index) => ({
      ...entry,
      resource: entry.resource === undefined ? undefined : change(entry.resource, index),
    })),
  });
}

const firstIndex = (type: string) =>
  exported().entry?.findIndex((e) => e.resource?.resourceType === type) ?? -1;

describe('reading a FHIR Bundle back', () => {
  it('reads its own export back', () => {
    const reading = readFhirBundle(JSON.stringify(exported()));
    expect(reading.ok && reading.records).toStrictEqual({
      patients: [samplePatient],
      visits: [sampleDraftVisit, sampleSignedVisit],
    });
    expect(reading.ok && [...reading.ignored.keys()].sort()).toEqual([
      'Condition',
      'ServiceRequest',
    ]);
  });

  it('refuses what is not JSON, not a Bundle, or too large, saying so', () => {
    expect(messages(readFhirBundle('{"resourceType": "Bundle",'))).toEqual([
      expect.stringMatching(/^The file is not valid JSON/),
    ]);
    expect(messages(readFhirBundle('{"resourceType":"Patient"}'))).toEqual(
      expect.arrayContaining([expect.stringContaining('This is not a FHIR Bundle')]),
    );
    expect(messages(readFhirBundle('null'))).not.toEqual([]);
    expect(messages(readFhirBundle(' '.repeat(MAX_IMPORT_BYTES + 1)))).toEqual([
      'The file is too large (more than 50 MB).',
    ]);
  });

  it('names the entry and the field that is wrong', () => {
    const index = firstIndex('Observation');
    const reading = readFhirBundle(
      tampered((resource, i) =>
        i === index ? { ...resource, valueQuantity: { value: 'six' } } : resource,
      ),
    );
    expect(messages(reading)).toEqual([
      `entry[${String(index)}] (Observation), valueQuantity.value: Invalid input: expected number, received string`,
    ]);
  });

  it('reports a missing stored field and a reference to nothing', () => {
    const patient = firstIndex('Patient');
    const observation = firstIndex('Observation');
    const reading = readFhirBundle(
      tampered((resource, i) => {
        if (i === patient) return { ...resource, extension: [] };
        if (i === observation)
          return { ...resource, encounter: { reference: 'Encounter/nowhere' } };
        return resource;
      }),
    );
    expect(messages(reading)).toEqual(
      expect.arrayContaining([
        expect.stringMatching(
          new RegExp(`^entry\\[${String(patient)}\\] \\(Patient\\), createdAt: is missing`),
        ),
        `entry[${String(observation)}] (Observation), encounter: refers to Encounter/nowhere, which is not a Encounter in this Bundle`,
      ]),
    );
  });

  it("checks every record with the app's schemas (a sex that is not one of the four)", () => {
    const reading = readFhirBundle(
      tampered((resource) =>
        resource.resourceType === 'Patient' ? { ...resource, gender: 'x' } : resource,
      ),
    );
    expect(messages(reading)).toEqual([expect.stringMatching(/\(Patient\), sex: /)]);
  });

  it('cannot be led into prototype pollution', () => {
    const hostile = JSON.stringify(exported()).replace(
      '"resourceType":"Patient"',
      '"resourceType":"Patient","__proto__":{"polluted":true,"gender":"female"},"constructor":{"prototype":{"polluted":true}}',
    );
    const reading = readFhirBundle(hostile);
    expect(reading.ok).toBe(true);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(Object.prototype).not.toHaveProperty('polluted');

    const proto = firstIndex('Observation');
    const keyed = readFhirBundle(
      tampered((resource, i) =>
        i === proto
          ? {
              ...resource,
              code: {
                coding: [{ system: 'urn:iliopsoas-workbench:exam-item', code: '__proto__' }],
              },
            }
          : resource,
      ),
    );
    expect(messages(keyed)).toEqual([expect.stringContaining('reserved code "__proto__"')]);
  });

  it('survives deep nesting, huge arrays of nonsense and repeated ids', () => {
    const deep = `{"resourceType":"Bundle","type":"collection","entry":[{"resource":${'['.repeat(5000)}${']'.repeat(5000)}}]}`;
    expect(messages(readFhirBundle(deep))).toEqual([expect.stringContaining('entry[0]')]);
    const nested = {
      url: 'x',
      extension: [
        { url: 'y', extension: [{ url: 'z', extension: [{ url: 'w', extension: [] }] }] },
      ],
    };
    const tooDeep = readFhirBundle(
      tampered((resource) =>
        resource.resourceType === 'Patient' ? { ...resource, extension: [nested] } : resource,
      ),
    );
    expect(tooDeep.ok).toBe(false);
    const twice = exported();
    const patientEntry = twice.entry?.[0];
    const doubled = JSON.stringify({
      ...twice,
      entry: [...(twice.entry ?? []), { ...patientEntry, fullUrl: 'urn:uuid:other' }],
    });
    expect(messages(readFhirBundle(doubled))).toEqual(
      expect.arrayContaining([
        expect.stringContaining('id: repeats another patient in this Bundle'),
      ]),
    );
  });

  it('refuses an Encounter state it does not know', () => {
    const reading = readFhirBundle(
      tampered((resource) =>
        resource.resourceType === 'Encounter' ? { ...resource, status: 'planned' } : resource,
      ),
    );
    expect(messages(reading)).toEqual(
      expect.arrayContaining([expect.stringContaining('status: "planned" is not a visit state')]),
    );
  });
});
