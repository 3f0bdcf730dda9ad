import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import { toFhirBundle } from './fhir-mapping';
import { recordsArbitrary } from './test-support/arbitraries';
import { bundleProblems, fhirProblems } from './test-support/fhir-validator';
import { sampleRecords } from './test-support/sample-records';

const NOW = new Date('2026-01-15T09:30:00.000Z');

describe('exported resources against the FHIR R4 structure definitions', () => {
  beforeAll(() => {
    // Indexing the R4 definitions takes seconds on a busy machine: once, up front.
    fhirProblems({ resourceType: 'Basic', code: { text: 'warm-up' } });
  }, 120_000);

  it('finds the problems it is meant to find (the checker can fail)', () => {
    expect(fhirProblems({ resourceType: 'Observation', status: 'final' } as never)).not.toEqual([]);
    expect(
      fhirProblems({ resourceType: 'Observation', status: 'done', code: { text: 'x' } } as never),
    ).toEqual([expect.stringContaining('observation-status')]);
    expect(fhirProblems({ resourceType: 'Patient', name: [{ given: ['\u0001'] }] })).not.toEqual(
      [],
    );
    expect(
      fhirProblems({
        resourceType: 'Flag',
        status: 'active',
        code: { text: 'x' },
        subject: { display: 'x' },
        category: [
          {
            coding: [
              { system: 'http://terminology.hl7.org/CodeSystem/flag-category', code: 'urgent' },
            ],
          },
        ],
      }),
    ).toEqual([expect.stringContaining('urgent is not a code')]);
  });

  it('passes for demo patients and clinician-like visits (draft, signed, plan, red flags)', () => {
    const bundle = toFhirBundle(sampleRecords(), { now: NOW });
    expect(bundle.entry?.length).toBeGreaterThan(60);
    expect(bundleProblems(bundle)).toEqual([]);
  });

  it('passes for generated records, odd values included (fast-check, 150 runs)', () => {
    let resources = 0;
    fc.assert(
      fc.property(recordsArbitrary, (records) => {
        const bundle = toFhirBundle(records, { now: NOW });
        resources += bundle.entry?.length ?? 0;
        expect(bundleProblems(bundle)).toEqual([]);
      }),
      { numRuns: 150 },
    );
    expect(resources).toBeGreaterThan(1000);
  }, 180_000);
});
