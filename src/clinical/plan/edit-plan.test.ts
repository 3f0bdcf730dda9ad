import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Findings } from '../knowledge-base/types.ts';
import { assess } from '../scoring/assess.ts';
import { buildPlan } from './build-plan.ts';
import {
  addGoal,
  insertInTier,
  moveWithinTier,
  removeGoal,
  removeItem,
  restoreGoal,
  restoreItem,
  tierNeighbour,
  updateGoal,
  updateItem,
} from './edit-plan.ts';
import { addToPlan, planFromDraft, tierOf } from './plan-record.ts';
import type { PlanRecord } from './plan-record.ts';

const findings: Findings = {
  age: 29,
  'pain-now': 6,
  'pain-groin': true,
  'worse-hip-flexion': true,
  'symptomatic-side': 'right',
  'iliopsoas-tendon-tender': { right: true },
  'resisted-hip-flexion': { right: 'positive' },
  'iliopsoas-stretch-pain': { right: 'positive' },
  'thomas-test': { right: 'positive' },
  'thomas-hip-angle': { right: 10 },
  'hip-flexion-strength': { right: 4 },
};
const draft = buildPlan(assess(findings, { setting: 'sports' }), findings, { today: '2026-03-03' });
const plan = planFromDraft(draft);
const ids = (p: PlanRecord) => p.items.map((i) => i.treatmentId);
const tiers = (p: PlanRecord) => p.items.map((i) => tierOf(i.treatmentId) ?? 0);
const ofTier = (p: PlanRecord, tier: number) => ids(p).filter((id) => tierOf(id) === tier);

describe('moveWithinTier', () => {
  const tier2 = ofTier(plan, 2);
  const [first = '', second = ''] = tier2;
  const last = tier2[tier2.length - 1] ?? '';

  it('swaps a treatment with its neighbour in the same tier and leaves the rest alone', () => {
    const moved = moveWithinTier(plan, second, 'up');
    expect(ofTier(moved, 2).slice(0, 2)).toEqual([second, first]);
    expect(ofTier(moved, 1)).toEqual(ofTier(plan, 1));
    expect(moved.items.find((i) => i.treatmentId === second)).toBe(
      plan.items.find((i) => i.treatmentId === second),
    );
    expect(moveWithinTier(moved, second, 'down')).toEqual(plan);
  });

  it('never crosses into another tier: the first stays first, the last stays last', () => {
    expect(moveWithinTier(plan, first, 'up')).toBe(plan);
    expect(moveWithinTier(plan, last, 'down')).toBe(plan);
    expect(moveWithinTier(plan, 'not-in-plan', 'up')).toBe(plan);
  });

  it('keeps tiers in order and the same items whatever moves are made', () => {
    fc.assert(
      fc.property(
        fc.array(
          fc.tuple(fc.nat(plan.items.length - 1), fc.constantFrom<'up' | 'down'>('up', 'down')),
        ),
        (moves) => {
          const after = moves.reduce(
            (p, [at, dir]) => moveWithinTier(p, ids(p)[at] ?? '', dir),
            plan,
          );
          expect(tiers(after)).toEqual(tiers(plan));
          expect([...ids(after)].sort()).toEqual([...ids(plan)].sort());
        },
      ),
    );
  });

  it('skips over an item this knowledge base does not know, which itself stays put', () => {
    const stale: PlanRecord = {
      ...plan,
      items: insertInTier(plan.items, {
        treatmentId: 'retired-treatment',
        dosage: '',
        notes: '',
        origin: 'added',
      }),
    };
    const at = ids(stale).indexOf('retired-treatment');
    expect(at).toBe(stale.items.length - 1);
    expect(tierNeighbour(stale.items, at, 'up')).toBeUndefined();
    expect(moveWithinTier(stale, 'retired-treatment', 'up')).toBe(stale);
  });
});

describe('removeItem and restoreItem', () => {
  const target = ofTier(plan, 2)[2] ?? '';

  it('removes a treatment and puts it back where it stood, with its edits', () => {
    const edited = updateItem(plan, target, { dosage: 'Hold 45 s', notes: 'Left side first' });
    const { plan: without, removed } = removeItem(edited, target);
    expect(ids(without)).not.toContain(target);
    expect(removed?.index).toBe(ids(plan).indexOf(target));
    if (removed === undefined) throw new Error('nothing removed');
    expect(restoreItem(without, removed)).toEqual(edited);
  });

  it('puts it at the end of its tier when other edits make its old place wrong, and never twice', () => {
    const { plan: without, removed } = removeItem(plan, target);
    if (removed === undefined) throw new Error('nothing removed');
    const shrunk = ofTier(without, 1).reduce((p, id) => removeItem(p, id).plan, without);
    const back = restoreItem(shrunk, removed);
    expect(tiers(back)).toEqual([...tiers(back)].sort((a, b) => a - b));
    expect(ids(back).filter((id) => id === target)).toHaveLength(1);
    expect(restoreItem(back, removed)).toBe(back);
    expect(removeItem(plan, 'not-in-plan')).toEqual({ plan, removed: undefined });
  });
});

describe('updateItem', () => {
  const id = plan.items[0]?.treatmentId ?? '';

  it('changes dosage and notes of one item only', () => {
    const next = updateItem(plan, id, { dosage: 'Twice a day', notes: 'Check at review' });
    expect(next.items[0]).toMatchObject({
      dosage: 'Twice a day',
      notes: 'Check at review',
      origin: 'drafted',
    });
    expect(next.items.slice(1)).toEqual(plan.items.slice(1));
  });

  it('sets and clears an override reason', () => {
    const kept = updateItem(plan, id, { overrideReason: 'Discussed with the GP' });
    expect(kept.items[0]?.override).toEqual({ reason: 'Discussed with the GP' });
    const cleared = updateItem(kept, id, { overrideReason: '' });
    expect(cleared.items[0]).not.toHaveProperty('override');
  });
});

describe('goals', () => {
  const thomas = plan.goals.find((g) => g.id === 'thomas-right');

  it("editing a drafted goal makes it the clinician's own and keeps the date in its text in step", () => {
    expect(thomas?.text).toContain(thomas?.byDate ?? 'x');
    const next = updateGoal(plan, 'thomas-right', { byDate: '2026-05-01', target: 5 });
    const goal = next.goals.find((g) => g.id === 'thomas-right');
    expect(goal).toMatchObject({
      byDate: '2026-05-01',
      target: 5,
      origin: 'added',
      measure: 'thomas-hip-angle',
    });
    expect(goal?.text).toContain('2026-05-01');
    expect(goal?.text).not.toContain(thomas?.byDate ?? 'x');
  });

  it('keeps the text the clinician wrote when they write it, and can clear a target', () => {
    const next = updateGoal(plan, 'thomas-right', {
      text: 'Kneel and stretch without pain',
      target: undefined,
    });
    const goal = next.goals.find((g) => g.id === 'thomas-right');
    expect(goal?.text).toBe('Kneel and stretch without pain');
    expect(goal).not.toHaveProperty('target');
    expect(next.goals.filter((g) => g.id !== 'thomas-right')).toEqual(
      plan.goals.filter((g) => g.id !== 'thomas-right'),
    );
  });

  it('adds goals with ids no other goal has, removes and restores them in place', () => {
    const one = addGoal(plan, { text: 'Run 5 km without groin pain', byDate: '2026-06-01' });
    const two = addGoal(one, { text: 'Back to football training', byDate: '2026-07-01' });
    const added = two.goals.filter((g) => g.origin === 'added');
    expect(added.map((g) => g.text)).toEqual([
      'Run 5 km without groin pain',
      'Back to football training',
    ]);
    expect(new Set(two.goals.map((g) => g.id)).size).toBe(two.goals.length);
    const { plan: without, removed } = removeGoal(two, plan.goals[0]?.id ?? '');
    if (removed === undefined) throw new Error('nothing removed');
    expect(restoreGoal(without, removed)).toEqual(two);
    expect(restoreGoal(two, removed)).toBe(two);
  });
});

describe('adding with addToPlan and insertInTier', () => {
  it('an added treatment can be moved within its tier like any other', () => {
    const added = addToPlan(plan, 'balance-training', { concerns: [] });
    if (!added.ok) throw new Error(added.reason);
    const up = moveWithinTier(added.plan, 'balance-training', 'up');
    const tier2 = ofTier(up, 2);
    expect(tier2.indexOf('balance-training')).toBe(tier2.length - 2);
  });
});
