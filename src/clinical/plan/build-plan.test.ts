import { describe, expect, it } from 'vitest';
import type { Findings } from '../knowledge-base/types.ts';
import { assess } from '../scoring/assess.ts';
import { buildPlan } from './build-plan.ts';
import { addDays } from './dates.ts';

const TODAY = '2026-03-03';

const tendinopathy: Findings = {
  age: 29,
  onset: 'gradual',
  'pain-now': 6,
  'pain-worst': 7,
  'pain-groin': true,
  'worse-hip-flexion': true,
  'symptomatic-side': 'right',
  'iliopsoas-tendon-tender': { right: true },
  'resisted-hip-flexion': { right: 'positive' },
  'iliopsoas-stretch-pain': { right: 'positive' },
  'thomas-test': { right: 'positive' },
  'thomas-hip-angle': { right: 10 },
  'hip-flexion-strength': { right: 4 },
  'sitting-hours': 9,
};

const draft = (findings: Findings, setting: 'general' | 'sports' = 'sports') =>
  buildPlan(assess(findings, { setting }), findings, { today: TODAY });

const ids = (plan: ReturnType<typeof draft>) =>
  plan.tiers.flatMap((t) => t.items.map((i) => i.treatmentId));

describe('buildPlan', () => {
  it('drafts tiers 1 to 5 in order, tailored to the leading condition, with the knowledge-base version', () => {
    const plan = draft(tendinopathy);
    expect(plan.tiers.map((t) => t.tier)).toEqual([1, 2, 3, 4, 5]);
    expect(plan.leading[0]).toBe('iliopsoas-tendinopathy');
    expect(plan.kbVersion).toMatch(/^\d{4}\.\d+\.\d+$/);
    expect(plan.tiers[0]?.items.length).toBeGreaterThan(0);
    expect(plan.tiers[1]?.items.some((i) => i.fits.includes('iliopsoas-tendinopathy'))).toBe(true);
  });

  it('puts the kneeling hip flexor stretch with its dosage in the home programme', () => {
    const plan = draft(tendinopathy);
    const stretch = plan.homeProgramme.find((i) => i.treatmentId === 'kneeling-hip-flexor-stretch');
    expect(stretch?.dosage).toMatch(/30 s/);
  });

  it('sets measurable goals with a baseline, a target and a date', () => {
    const plan = draft(tendinopathy);
    const pain = plan.goals.find((g) => g.measure === 'pain-now');
    expect(pain).toMatchObject({
      baseline: 6,
      target: 4,
      comparator: 'at-most',
      byDate: plan.reviewDate,
    });
    expect(plan.goals.find((g) => g.measure === 'thomas-hip-angle')).toMatchObject({
      side: 'right',
      baseline: 10,
      target: 0,
    });
    expect(plan.goals.find((g) => g.measure === 'hip-flexion-strength')).toMatchObject({
      baseline: 4,
      target: 5,
    });
    expect(plan.reviewDate).toBe(addDays(TODAY, 14));
  });

  it('gives escalation criteria between every pair of tiers and safety-netting', () => {
    const plan = draft(tendinopathy);
    expect(plan.escalation.map((e) => `${e.fromTier}→${e.toTier}`)).toEqual([
      '1→2',
      '2→3',
      '3→4',
      '4→5',
    ]);
    expect(plan.safetyNet.length).toBeGreaterThan(5);
    expect(plan.prevention.length).toBeGreaterThan(5);
  });

  it('leaves guideline "do not offer" treatments out of the draft', () => {
    const plan = draft({ ...tendinopathy, 'pain-lower-back': true });
    expect(ids(plan)).not.toContain('tens-interferential');
    expect(ids(plan)).not.toContain('therapeutic-ultrasound');
  });

  it('puts red-flag actions first and sets apart what they contraindicate, with the reason', () => {
    const haematoma: Findings = {
      ...tendinopathy,
      anticoagulants: true,
      'hip-held-flexed': true,
      'knee-extension-strength': { right: 3 },
    };
    const plan = draft(haematoma, 'general');
    expect(plan.redFlagActions[0]).toMatchObject({
      id: 'iliopsoas-haematoma',
      urgency: 'emergency',
    });
    const all = ids(plan);
    expect(all).not.toContain('superficial-heat');
    expect(all).not.toContain('hip-flexor-stretching');
    const heat = plan.excluded.find((e) => e.treatmentId === 'superficial-heat');
    expect(heat?.reasons.join(' ')).toMatch(/Red flag/);
    expect(plan.reviewInDays).toBe(7);
  });

  it('excludes oral NSAIDs for kidney disease and says why', () => {
    const oa: Findings = {
      age: 68,
      'pain-groin': true,
      'pain-hip': true,
      'pain-now': 5,
      'hip-ir-rom': { right: 10 },
      'hip-flexion-rom': { right: 100 },
      'squat-posterior-pain': { right: 'positive' },
      'symptomatic-side': 'right',
      'kidney-disease': true,
    };
    const plan = draft(oa, 'general');
    expect(plan.leading[0]).toBe('hip-oa');
    expect(ids(plan)).not.toContain('oral-nsaids');
    expect(plan.excluded.find((e) => e.treatmentId === 'oral-nsaids')?.reasons.join(' ')).toMatch(
      /Kidney disease/,
    );
    const withoutKidney = draft({ ...oa, 'kidney-disease': false }, 'general');
    expect(withoutKidney.excluded.map((e) => e.treatmentId)).not.toContain('oral-nsaids');
  });

  it('sets oral NSAIDs apart with an ACE inhibitor or ARB and a diuretic, and cautions with an SSRI', () => {
    const oa: Findings = {
      age: 68,
      'pain-groin': true,
      'pain-hip': true,
      'hip-ir-rom': { right: 10 },
      'hip-flexion-rom': { right: 100 },
      'squat-posterior-pain': { right: 'positive' },
      'symptomatic-side': 'right',
    };
    const triple = draft({ ...oa, 'acei-arb-diuretic': true }, 'general');
    expect(triple.excluded.find((e) => e.treatmentId === 'oral-nsaids')?.reasons.join(' ')).toMatch(
      /acute kidney injury/,
    );
    const ssri = draft({ ...oa, 'ssri-snri': true }, 'general');
    const nsaid = ssri.tiers.flatMap((t) => t.items).find((i) => i.treatmentId === 'oral-nsaids');
    expect(nsaid?.cautions.join(' ')).toMatch(/gut bleeding/);
  });

  it('falls back to general self-management when the findings are too few to tailor a plan', () => {
    const plan = draft({ 'pain-now': 4 });
    expect(plan.leading).toEqual([]);
    expect(plan.tiers[0]?.items.map((i) => i.treatmentId)).toContain('education-reassurance');
    expect(plan.tiers[4]?.items).toEqual([]);
  });

  it('is deterministic', () => {
    expect(draft(tendinopathy)).toEqual(draft(structuredClone(tendinopathy)));
  });
});

describe('addDays', () => {
  it('adds calendar days in UTC across month and leap-year ends', () => {
    expect(addDays('2028-02-28', 1)).toBe('2028-02-29');
    expect(addDays('2026-12-31', 1)).toBe('2027-01-01');
    expect(() => addDays('3 March', 1)).toThrow(RangeError);
  });
});
