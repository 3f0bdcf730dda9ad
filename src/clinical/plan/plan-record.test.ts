import { describe, expect, it } from 'vitest';
import type { Findings } from '../knowledge-base/types.ts';
import { assess } from '../scoring/assess.ts';
import { buildPlan } from './build-plan.ts';
import { planFromDraft } from './plan-record.ts';

const findings: Findings = {
  age: 29,
  onset: 'gradual',
  'pain-now': 6,
  'pain-groin': true,
  'worse-hip-flexion': true,
  'symptomatic-side': 'right',
  'iliopsoas-tendon-tender': { right: true },
  'resisted-hip-flexion': { right: 'positive' },
  'thomas-test': { right: 'positive' },
  'thomas-hip-angle': { right: 10 },
};

describe('planFromDraft', () => {
  const draft = buildPlan(assess(findings, { setting: 'sports' }), findings, {
    today: '2026-03-03',
  });
  const plan = planFromDraft(draft);

  it('keeps every drafted item in tier order with its knowledge-base dosage, and records the basis', () => {
    const drafted = draft.tiers.flatMap((t) => t.items);
    expect(plan.items.map((i) => i.treatmentId)).toEqual(drafted.map((i) => i.treatmentId));
    expect(plan.items.map((i) => i.dosage)).toEqual(drafted.map((i) => i.dosage ?? ''));
    expect(plan.items.every((i) => i.origin === 'drafted' && i.notes === '')).toBe(true);
    expect(plan.basis.items).toEqual(drafted.map((i) => i.treatmentId));
    expect(plan.basis.goals).toEqual(draft.goals.map((g) => g.id));
  });

  it('carries goals with measure, target and date, the review date and the KB version', () => {
    expect(plan.goals.find((g) => g.id === 'thomas-right')).toMatchObject({
      measure: 'thomas-hip-angle',
      side: 'right',
      baseline: 10,
      target: 0,
      comparator: 'at-most',
      origin: 'drafted',
    });
    expect(plan.reviewDate).toBe(draft.reviewDate);
    expect(plan.kbVersion).toBe(draft.kbVersion);
  });
});
