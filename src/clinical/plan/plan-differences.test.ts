import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { TREATMENT_LIST } from '../knowledge-base/treatment-list.ts';
import type { Findings } from '../knowledge-base/types.ts';
import { assess } from '../scoring/assess.ts';
import { buildPlan } from './build-plan.ts';
import type { PlanDraft } from './build-plan.ts';
import { addGoal, moveWithinTier, removeItem, updateGoal, updateItem } from './edit-plan.ts';
import { isUneditedItem } from './edit-plan-context.ts';
import {
  applyAllDifferences,
  applyDifference,
  differenceKey,
  dismissDifference,
  planDifferences,
} from './plan-differences.ts';
import type { PlanDifference } from './plan-differences.ts';
import { addToPlan, planFromDraft } from './plan-record.ts';
import type { PlanRecord } from './plan-record.ts';

const TODAY = '2026-03-03';
const draftOf = (findings: Findings): PlanDraft =>
  buildPlan(assess(findings, { setting: 'sports' }), findings, { today: TODAY });

const tendinopathy: Findings = {
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
const hipOa: Findings = {
  age: 68,
  'pain-groin': true,
  'pain-hip': true,
  'pain-now': 5,
  'hip-ir-rom': { right: 10 },
  'hip-flexion-rom': { right: 100 },
  'squat-posterior-pain': { right: 'positive' },
  'symptomatic-side': 'right',
};
const haematoma: Findings = { ...tendinopathy, anticoagulants: true, 'hip-held-flexed': true };

const keys = (ds: readonly PlanDifference[]) => ds.map(differenceKey);
const draftedIds = (d: PlanDraft) => d.tiers.flatMap((t) => t.items.map((i) => i.treatmentId));
const sorted = (xs: readonly string[]) => [...xs].sort();

describe('planDifferences', () => {
  const plan = planFromDraft(draftOf(tendinopathy));

  it('offers nothing while the findings draft the same plan', () => {
    expect(planDifferences(plan, draftOf(structuredClone(tendinopathy)))).toEqual([]);
  });

  it('lists treatments to add with what they now fit, treatments to remove, and goals both ways', () => {
    const next = draftOf(hipOa);
    const ds = planDifferences(plan, next);
    expect(keys(ds)).toEqual(
      expect.arrayContaining([
        'add-item:intra-articular-hip-steroid',
        'add-item:total-hip-arthroplasty',
        'remove-item:kneeling-hip-flexor-stretch',
        'add-goal:hip-ir-right',
        'remove-goal:thomas-right',
        'remove-goal:hip-flexion-strength-right',
      ]),
    );
    const steroid = ds.find((d) => differenceKey(d) === 'add-item:intra-articular-hip-steroid');
    expect(steroid).toMatchObject({ kind: 'add-item', tier: 4 });
    expect(steroid?.kind === 'add-item' ? steroid.fits : []).toContain('hip-oa');
    const stretch = ds.find((d) => differenceKey(d) === 'remove-item:kneeling-hip-flexor-stretch');
    expect(stretch).toMatchObject({
      because: 'no-longer-fits',
      name: 'Kneeling Hip Flexor Stretch',
    });
    // Adds come first, in tier order; then removals; then goals.
    const kinds = ds.map((d) => d.kind);
    expect(kinds).toEqual([...kinds].sort((a, b) => ORDER.indexOf(a) - ORDER.indexOf(b)));
  });

  it('says when a treatment must come out because it is now contraindicated, and why', () => {
    const ds = planDifferences(plan, draftOf(haematoma));
    const heat = ds.find((d) => differenceKey(d) === 'remove-item:superficial-heat');
    expect(heat).toMatchObject({ kind: 'remove-item', because: 'contraindicated' });
    expect(heat?.kind === 'remove-item' ? heat.reasons.join(' ') : '').toMatch(/Red flag/);
  });

  it("never offers to remove the clinician's own work", () => {
    const added = addToPlan(plan, 'balance-training', { concerns: [] });
    if (!added.ok) throw new Error(added.reason);
    const edited = updateGoal(
      updateItem(added.plan, 'kneeling-hip-flexor-stretch', {
        dosage: 'Hold 45 s, twice each side',
      }),
      'thomas-right',
      { text: 'Kneel without pain' },
    );
    const next = draftOf(hipOa);
    const ds = keys(planDifferences(edited, next));
    expect(ds).not.toContain('remove-item:kneeling-hip-flexor-stretch');
    expect(ds).not.toContain('remove-goal:thomas-right');
    expect(ds).toContain('remove-goal:hip-flexion-strength-right');
    // balance-training is in the new draft but the clinician already added it.
    expect(ds).not.toContain('add-item:balance-training');
  });
});

const ORDER: readonly PlanDifference['kind'][] = [
  'add-item',
  'remove-item',
  'add-goal',
  'remove-goal',
];

describe('applyDifference and dismissDifference', () => {
  const plan = planFromDraft(draftOf(tendinopathy));
  const next = draftOf(hipOa);
  const find = (p: PlanRecord, key: string) => {
    const d = planDifferences(p, next).find((x) => differenceKey(x) === key);
    if (d === undefined) throw new Error(`${key} not offered`);
    return d;
  };

  it("adds a treatment at the end of its tier with the draft's dosage, as drafted", () => {
    const after = applyDifference(plan, next, find(plan, 'add-item:intra-articular-hip-steroid'));
    const item = after.items.find((i) => i.treatmentId === 'intra-articular-hip-steroid');
    expect(item).toMatchObject({ origin: 'drafted', notes: '' });
    expect(
      isUneditedItem(item ?? { treatmentId: '', dosage: 'x', notes: '', origin: 'added' }),
    ).toBe(true);
    expect(after.basis.items).toContain('intra-articular-hip-steroid');
    expect(after.kbVersion).toBe(next.kbVersion);
    expect(keys(planDifferences(after, next))).not.toContain(
      'add-item:intra-articular-hip-steroid',
    );
  });

  it('removes a drafted treatment or goal, and adds a drafted goal', () => {
    let p = applyDifference(plan, next, find(plan, 'remove-item:kneeling-hip-flexor-stretch'));
    p = applyDifference(p, next, find(p, 'add-goal:hip-ir-right'));
    p = applyDifference(p, next, find(p, 'remove-goal:thomas-right'));
    expect(p.items.map((i) => i.treatmentId)).not.toContain('kneeling-hip-flexor-stretch');
    expect(p.goals.find((g) => g.id === 'hip-ir-right')).toMatchObject({
      origin: 'drafted',
      target: 20,
    });
    expect(p.goals.map((g) => g.id)).not.toContain('thomas-right');
    expect(p.basis.goals).toContain('hip-ir-right');
    expect(p.basis.goals).not.toContain('thomas-right');
  });

  it('dismissing leaves the plan as it is and does not offer the same difference again', () => {
    const d = find(plan, 'remove-item:kneeling-hip-flexor-stretch');
    const after = dismissDifference(plan, next, d);
    expect(after.items).toEqual(plan.items);
    expect(after.goals).toEqual(plan.goals);
    expect(keys(planDifferences(after, next))).not.toContain(differenceKey(d));
    expect(planDifferences(after, next)).toHaveLength(planDifferences(plan, next).length - 1);
  });

  it('a difference that no longer holds only moves the basis', () => {
    const d = find(plan, 'remove-item:kneeling-hip-flexor-stretch');
    const edited = updateItem(plan, 'kneeling-hip-flexor-stretch', { notes: 'Patient likes it' });
    const after = applyDifference(edited, next, d);
    expect(after.items).toEqual(edited.items);
  });
});

// ── Properties over generated findings and edits ──

const findingsArb: fc.Arbitrary<Findings> = fc.record(
  {
    age: fc.integer({ min: 18, max: 85 }),
    'pain-now': fc.integer({ min: 0, max: 10 }),
    'pain-worst': fc.integer({ min: 0, max: 10 }),
    'pain-groin': fc.boolean(),
    'pain-hip': fc.boolean(),
    'pain-lower-back': fc.boolean(),
    'worse-hip-flexion': fc.boolean(),
    'symptomatic-side': fc.constantFrom('left', 'right'),
    'iliopsoas-tendon-tender': fc.record({ right: fc.boolean() }),
    'resisted-hip-flexion': fc.record({ right: fc.constantFrom('positive', 'negative') }),
    'thomas-test': fc.record({ right: fc.constantFrom('positive', 'negative') }),
    'thomas-hip-angle': fc.record({ right: fc.integer({ min: 0, max: 30 }) }),
    'hip-ir-rom': fc.record({ right: fc.integer({ min: 0, max: 45 }) }),
    'hip-flexion-rom': fc.record({ right: fc.integer({ min: 80, max: 130 }) }),
    'hip-flexion-strength': fc.record({ right: fc.integer({ min: 2, max: 5 }) }),
    'squat-posterior-pain': fc.record({ right: fc.constantFrom('positive', 'negative') }),
    'sit-to-stand': fc.constantFrom('normal', 'painful', 'uses-arms'),
    anticoagulants: fc.boolean(),
    'hip-held-flexed': fc.boolean(),
    'kidney-disease': fc.boolean(),
    fever: fc.boolean(),
  },
  { requiredKeys: [] },
);

type Edit =
  | { readonly op: 'add'; readonly t: number }
  | { readonly op: 'dosage' | 'notes'; readonly at: number; readonly text: string }
  | { readonly op: 'remove'; readonly at: number }
  | { readonly op: 'move'; readonly at: number; readonly up: boolean }
  | { readonly op: 'add-goal'; readonly text: string }
  | { readonly op: 'edit-goal'; readonly at: number; readonly text: string };

const text = fc.string({ minLength: 1, maxLength: 12 }).map((s) => `edit ${s}`);
const editArb: fc.Arbitrary<Edit> = fc.oneof(
  fc.record({ op: fc.constant('add' as const), t: fc.nat(TREATMENT_LIST.length - 1) }),
  fc.record({ op: fc.constantFrom('dosage' as const, 'notes' as const), at: fc.nat(30), text }),
  fc.record({ op: fc.constant('remove' as const), at: fc.nat(30) }),
  fc.record({ op: fc.constant('move' as const), at: fc.nat(30), up: fc.boolean() }),
  fc.record({ op: fc.constant('add-goal' as const), text }),
  fc.record({ op: fc.constant('edit-goal' as const), at: fc.nat(10), text }),
);

function edit(plan: PlanRecord, e: Edit): PlanRecord {
  const item = 'at' in e ? plan.items[e.at % Math.max(1, plan.items.length)] : undefined;
  const id = item?.treatmentId ?? '';
  switch (e.op) {
    case 'add': {
      const added = addToPlan(plan, TREATMENT_LIST[e.t]?.id ?? '', { concerns: [] });
      return added.ok ? added.plan : plan;
    }
    case 'dosage':
      return updateItem(plan, id, { dosage: e.text });
    case 'notes':
      return updateItem(plan, id, { notes: e.text });
    case 'remove':
      return removeItem(plan, id).plan;
    case 'move':
      return moveWithinTier(plan, id, e.up ? 'up' : 'down');
    case 'add-goal':
      return addGoal(plan, { text: e.text, byDate: TODAY });
    case 'edit-goal': {
      const goal = plan.goals[e.at % Math.max(1, plan.goals.length)];
      return goal === undefined ? plan : updateGoal(plan, goal.id, { text: e.text });
    }
  }
}

const own = (p: PlanRecord) => p.items.filter((i) => !isUneditedItem(i));

describe('properties', () => {
  it("applying every difference to an unedited plan gives the new draft's treatments and goals", () => {
    fc.assert(
      fc.property(findingsArb, findingsArb, (before, after) => {
        const next = draftOf(after);
        const applied = applyAllDifferences(planFromDraft(draftOf(before)), next);
        expect(sorted(applied.items.map((i) => i.treatmentId))).toEqual(sorted(draftedIds(next)));
        const dosage = new Map<string, string>(
          next.tiers.flatMap((t) => t.items).map((i) => [i.treatmentId, i.dosage ?? '']),
        );
        expect(applied.items.filter((i) => i.dosage !== dosage.get(i.treatmentId))).toEqual([]);
        expect(sorted(applied.goals.map((g) => g.id))).toEqual(sorted(next.goals.map((g) => g.id)));
        expect(sorted(applied.basis.items)).toEqual(sorted(draftedIds(next)));
        expect(planDifferences(applied, next)).toEqual([]);
      }),
      { numRuns: 100 },
    );
  }, 60_000);

  it("the clinician's edits survive whatever is applied or dismissed", () => {
    fc.assert(
      fc.property(
        findingsArb,
        findingsArb,
        fc.array(editArb, { maxLength: 12 }),
        fc.array(fc.boolean(), { minLength: 40, maxLength: 40 }),
        (before, after, edits, choices) => {
          const edited = edits.reduce(edit, planFromDraft(draftOf(before)));
          const next = draftOf(after);
          const result = planDifferences(edited, next).reduce(
            (p, d, at) =>
              choices[at] === true ? applyDifference(p, next, d) : dismissDifference(p, next, d),
            edited,
          );
          for (const item of own(edited)) expect(result.items).toContainEqual(item);
          for (const goal of edited.goals.filter((g) => g.origin === 'added'))
            expect(result.goals).toContainEqual(goal);
          // Whatever survived keeps the clinician's order.
          const kept = new Set(result.items.map((i) => i.treatmentId));
          const order = edited.items.map((i) => i.treatmentId).filter((id) => kept.has(id));
          expect(result.items.map((i) => i.treatmentId).filter((id) => order.includes(id))).toEqual(
            order,
          );
          expect(planDifferences(result, next)).toEqual([]);
          expect(own(applyAllDifferences(edited, next))).toEqual(own(edited));
        },
      ),
      { numRuns: 100 },
    );
  }, 60_000);
});
