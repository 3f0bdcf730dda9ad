import { describe, expect, it } from 'vitest';
import type { Findings } from '../knowledge-base/types.ts';
import { assess } from '../scoring/assess.ts';
import { buildPlan } from './build-plan.ts';
import { moveWithinTier, removeItem, updateGoal, updateItem } from './edit-plan.ts';
import {
  editSummary,
  homeProgramme,
  isUneditedItem,
  planContext,
  treatmentFacts,
} from './edit-plan-context.ts';
import { searchTreatments } from './edit-plan-search.ts';
import { addToPlan, planFromDraft } from './plan-record.ts';

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
};

function setUp(findings: Findings) {
  const assessment = assess(findings, { setting: 'sports' });
  const draft = buildPlan(assessment, findings, { today: '2026-03-03' });
  return { draft, context: planContext(assessment, findings, draft) };
}

describe('treatmentFacts', () => {
  it("agrees with buildPlan's exclusions and cautions for every treatment", () => {
    const { draft, context } = setUp({
      ...tendinopathy,
      anticoagulants: true,
      'hip-held-flexed': true,
    });
    expect(draft.excluded.length).toBeGreaterThan(0);
    for (const excluded of draft.excluded) {
      expect(treatmentFacts(context, excluded.treatmentId)?.avoid).toEqual(excluded.reasons);
    }
    for (const item of draft.tiers.flatMap((t) => t.items)) {
      const facts = treatmentFacts(context, item.treatmentId);
      expect(facts?.avoid).toEqual([]);
      expect(facts?.cautions).toEqual(item.cautions);
      expect(facts?.fits).toEqual(item.fits);
    }
  });

  it('judges a treatment the draft left out, and knows nothing of an unknown id', () => {
    const { context } = setUp({ ...tendinopathy, fever: true });
    const injection = treatmentFacts(context, 'iliopsoas-bursa-injection');
    expect(injection?.treatment.tier).toBe(4);
    expect(injection?.avoid.join(' ')).toMatch(/Fever/);
    expect(treatmentFacts(context, 'retired-treatment')).toBeUndefined();
  });
});

describe('homeProgramme', () => {
  const { draft } = setUp(tendinopathy);
  const plan = planFromDraft(draft);

  it("lists the plan's exercises and stretches with the dosage as edited", () => {
    const edited = updateItem(plan, 'kneeling-hip-flexor-stretch', {
      dosage: 'Hold 30 s, each side, twice a day',
    });
    const stretch = homeProgramme(edited).find(
      (e) => e.treatmentId === 'kneeling-hip-flexor-stretch',
    );
    expect(stretch).toMatchObject({
      name: 'Kneeling Hip Flexor Stretch',
      dosage: 'Hold 30 s, each side, twice a day',
    });
    expect(stretch?.handout).toMatch(/30 seconds/);
    expect(homeProgramme(plan).map((e) => e.treatmentId)).toEqual(
      draft.homeProgramme.map((i) => i.treatmentId),
    );
  });

  it('leaves out programmes of care: the physiotherapist delivers them in the clinic', () => {
    expect(plan.items.map((i) => i.treatmentId)).toContain('physiotherapy-programme');
    const added = addToPlan(plan, 'personalised-hip-therapy', { concerns: [] });
    if (!added.ok) throw new Error(added.reason);
    const ids = homeProgramme(added.plan).map((e) => e.treatmentId);
    expect(ids).toContain('kneeling-hip-flexor-stretch');
    expect(ids).not.toContain('physiotherapy-programme');
    expect(ids).not.toContain('personalised-hip-therapy');
    expect(draft.homeProgramme.map((i) => i.treatmentId)).not.toContain('physiotherapy-programme');
  });

  it('follows removals and the order within a tier, and leaves out an exercise with no dosage', () => {
    const removed = removeItem(plan, 'kneeling-hip-flexor-stretch').plan;
    expect(homeProgramme(removed).map((e) => e.treatmentId)).not.toContain(
      'kneeling-hip-flexor-stretch',
    );
    const moved = moveWithinTier(plan, 'kneeling-hip-flexor-stretch', 'up');
    const order = homeProgramme(moved).map((e) => e.treatmentId);
    expect(order.indexOf('kneeling-hip-flexor-stretch')).toBeLessThan(
      order.indexOf('hip-flexor-stretching'),
    );
    const blank = updateItem(plan, 'kneeling-hip-flexor-stretch', { dosage: '  ' });
    expect(homeProgramme(blank).map((e) => e.treatmentId)).not.toContain(
      'kneeling-hip-flexor-stretch',
    );
  });
});

describe('editSummary', () => {
  const plan = planFromDraft(setUp(tendinopathy).draft);

  it('says a fresh draft is unedited', () => {
    expect(editSummary(plan)).toEqual({
      added: 0,
      removed: 0,
      changed: 0,
      ownGoals: 0,
      edited: false,
    });
    expect(plan.items.every(isUneditedItem)).toBe(true);
  });

  it('counts what the clinician changed', () => {
    const added = addToPlan(plan, 'balance-training', { concerns: [] });
    if (!added.ok) throw new Error(added.reason);
    const p = updateGoal(
      updateItem(removeItem(added.plan, 'cryotherapy').plan, 'kneeling-hip-flexor-stretch', {
        notes: 'Mat',
      }),
      'pain-now',
      { target: 3 },
    );
    expect(editSummary(p)).toEqual({ added: 1, removed: 1, changed: 1, ownGoals: 1, edited: true });
  });

  it('notices a reorder on its own', () => {
    const moved = moveWithinTier(plan, 'kneeling-hip-flexor-stretch', 'up');
    expect(editSummary(moved).edited).toBe(true);
  });
});

describe('searchTreatments', () => {
  const names = (q: string) => searchTreatments(q).map((m) => m.treatment.name);

  it('finds by any words of the name, in any case, best match first', () => {
    expect(names('kneeling hip')[0]).toBe('Kneeling Hip Flexor Stretch');
    expect(names('FLEXOR STRETCH')).toContain('Kneeling Hip Flexor Stretch');
    expect(names('hip-flexor')).toContain('Kneeling Hip Flexor Stretch');
  });

  it('finds by alias and says which alias matched', () => {
    const match = searchTreatments('half-kneeling').find(
      (m) => m.treatment.id === 'kneeling-hip-flexor-stretch',
    );
    expect(match?.alias).toBe('Half-kneeling hip flexor stretch');
  });

  it('finds nothing for an empty or unknown query, and at most the limit', () => {
    expect(searchTreatments('   ')).toEqual([]);
    expect(searchTreatments('zzzz not a treatment')).toEqual([]);
    expect(searchTreatments('e', 5)).toHaveLength(5);
  });
});
