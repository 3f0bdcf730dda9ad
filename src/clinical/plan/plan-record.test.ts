import { describe, expect, it } from 'vitest';
import type { Findings } from '../knowledge-base/types.ts';
import { TREATMENT_LIST } from '../knowledge-base/treatment-list.ts';
import { assess } from '../scoring/assess.ts';

import { buildPlan } from './build-plan.ts';
import { addToPlan, planFromDraft, tierOf } from './plan-record.ts';

const TREATMENT_TIER = (id: string): number => tierOf(id) ?? 0;

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
  /** A tier-2 treatment the draft left out. */
  const extra =
    TREATMENT_LIST.find((t) => t.tier === 2 && !plan.items.some((i) => i.treatmentId === t.id))
      ?.id ?? 'none';

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

  it('adds a treatment at the end of its tier with its dosage, once', () => {
    const result = addToPlan(plan, extra, { concerns: [] });
    if (!result.ok) throw new Error(result.reason);
    const tiers = result.plan.items.map((i) => i.treatmentId);
    expect(tiers).toContain(extra);
    const at = tiers.indexOf(extra);
    expect(result.plan.items[at]).toMatchObject({ origin: 'added', notes: '' });
    expect(result.plan.items.length).toBe(plan.items.length + 1);
    expect(addToPlan(result.plan, extra, { concerns: [] })).toEqual({
      ok: false,
      reason: 'already-in-plan',
    });
    expect(addToPlan(plan, 'no-such-thing', { concerns: [] })).toEqual({
      ok: false,
      reason: 'unknown-treatment',
    });
  });

  it('keeps tiers in order when adding', () => {
    const result = addToPlan(plan, extra, { concerns: [] });
    if (!result.ok) throw new Error(result.reason);
    const tiers = result.plan.items.map((i) => TREATMENT_TIER(i.treatmentId));
    expect(tiers).toEqual([...tiers].sort((a, b) => a - b));
  });

  it('adds a contraindicated treatment only with a written reason, and keeps the reason', () => {
    const concerns = [
      {
        severity: 'avoid' as const,
        reason: 'Anticoagulant: bleeding risk',
        origin: 'finding' as const,
      },
    ];
    expect(addToPlan(plan, extra, { concerns, overrideReason: '   ' })).toEqual({
      ok: false,
      reason: 'override-required',
    });
    const result = addToPlan(plan, extra, {
      concerns,
      overrideReason: 'Discussed with GP; short course',
    });
    if (!result.ok) throw new Error(result.reason);
    expect(result.plan.items.find((i) => i.treatmentId === extra)?.override).toEqual({
      reason: 'Discussed with GP; short course',
    });
  });
});
