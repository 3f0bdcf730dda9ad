import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { describeIssue } from './bundle-entries';
import { readFhirBundle } from './bundle-import';
import { toFhirBundle } from './fhir-mapping';
import { recordsArbitrary } from './test-support/arbitraries';

const NOW = new Date('2026-01-15T09:30:00.000Z');

describe('FHIR export then import', () => {
  it('gives back every generated record exactly (fast-check, 1,000 runs)', () => {
    let records = 0;
    let visits = 0;
    fc.assert(
      fc.property(recordsArbitrary, (generated) => {
        const text = JSON.stringify(toFhirBundle(generated, { now: NOW }));
        const reading = readFhirBundle(text);
        if (!reading.ok) throw new Error(reading.issues.map(describeIssue).join('\n'));
        expect(reading.records.patients).toStrictEqual(generated.patients);
        expect(reading.records.visits).toStrictEqual(generated.visits);
        records += generated.patients.length + generated.visits.length;
        visits += generated.visits.length;
      }),
      { numRuns: 1000 },
    );
    expect(records).toBeGreaterThanOrEqual(1000);
    console.info(`round trip: ${String(records)} records (${String(visits)} visits) in 1,000 runs`);
  }, 120_000);
});
