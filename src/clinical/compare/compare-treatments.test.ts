import { describe, expect, it } from 'vitest';
import type { Findings } from '../knowledge-base/types.ts';
import { assess } from '../scoring/assess.ts';
import { compareTreatments } from './compare-treatments.ts';

const oa: Findings = {
  age: 70,
  'pain-groin': true,
  'pain-hip': true,
  'hip-ir-rom': { left: 8 },
  'hip-flexion-rom': { left: 95 },
  'groin-pain-abd-add': { left: 'positive' },
  'symptomatic-side': 'left',
};
const rows = (findings: Findings) =>
  compareTreatments(
    ['exercise-therapy', 'oral-nsaids', 'intra-articular-hip-steroid', 'total-hip-arthroplasty'],
    assess(findings, { setting: 'general' }),
    findings,
  );

describe('compareTreatments', () => {
  it('gives one row per chosen treatment, in order, with what differs between them', () => {
    const result = rows(oa);
    expect(result.map((r) => r.treatmentId)).toEqual([
      'exercise-therapy',
      'oral-nsaids',
      'intra-articular-hip-steroid',
      'total-hip-arthroplasty',
    ]);
    expect(result.map((r) => r.tier)).toEqual([2, 3, 4, 5]);
    for (const r of result) {
      expect(r.evidence.sources.length).toBeGreaterThan(0);
      expect(r.invasiveness).toBeGreaterThanOrEqual(1);
    }
    expect(result[0]?.fitsLeading).toContain('hip-oa');
  });

  it('marks a contraindicated option for a patient who has the contraindication, and not for one who has not', () => {
    const withKidney = rows({ ...oa, 'kidney-disease': true }).find(
      (r) => r.treatmentId === 'oral-nsaids',
    );
    expect(withKidney?.contraindicated).toBe(true);
    expect(withKidney?.concerns.map((c) => c.reason).join(' ')).toMatch(/Kidney disease/);
    const without = rows(oa).find((r) => r.treatmentId === 'oral-nsaids');
    expect(without?.contraindicated).toBe(false);
  });

  it('marks the injection as contraindicated while a fever red flag is present', () => {
    const febrile = rows({ ...oa, fever: true }).find(
      (r) => r.treatmentId === 'intra-articular-hip-steroid',
    );
    expect(febrile?.contraindicated).toBe(true);
  });

  it('says what holds once when the reason already starts with it', () => {
    const baclofen = compareTreatments(
      ['baclofen'],
      assess({ ...oa, 'kidney-disease': true }, { setting: 'general' }),
      { ...oa, 'kidney-disease': true },
    )[0];
    const reasons = baclofen?.concerns.map((c) => c.reason) ?? [];
    expect(reasons.some((r) => r.startsWith('Kidney disease: '))).toBe(true);
    expect(reasons.join(' ')).not.toMatch(/Kidney disease: Kidney disease/);
  });

  it('skips unknown ids', () => {
    expect(
      compareTreatments(['no-such-treatment'], assess({}, { setting: 'general' }), {}),
    ).toEqual([]);
  });
});
