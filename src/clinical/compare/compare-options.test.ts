import { describe, expect, it } from 'vitest';
import { TREATMENT_LIST } from '../knowledge-base/treatment-list.ts';
import type { Findings } from '../knowledge-base/types.ts';
import { assess } from '../scoring/assess.ts';
import { compareOptions, parseComparisonOptions } from './compare-options.ts';
import type { ComparedOption, TierOption, TreatmentOption } from './compare-options.ts';
import { describePredicate } from './general-concerns.ts';

const oa: Findings = {
  age: 70,
  'pain-groin': true,
  'pain-hip': true,
  'hip-ir-rom': { left: 8 },
  'hip-flexion-rom': { left: 95 },
  'groin-pain-abd-add': { left: 'positive' },
  'symptomatic-side': 'left',
};
const judged = (findings: Findings) => ({
  assessment: assess(findings, { setting: 'general' }),
  findings,
});

function treatment(options: readonly ComparedOption[], id: string): TreatmentOption {
  const found = options.find((o) => o.id === id);
  if (found?.kind !== 'treatment') throw new Error(`no treatment option ${id}`);
  return found;
}
function tier(options: readonly ComparedOption[], id: string): TierOption {
  const found = options.find((o) => o.id === id);
  if (found?.kind !== 'tier') throw new Error(`no tier option ${id}`);
  return found;
}

describe('parseComparisonOptions', () => {
  it('keeps known treatments and tiers in order, reports unknown ids and drops duplicates', () => {
    const parsed = parseComparisonOptions([
      'oral-nsaids',
      ' tier-2 ',
      'no-such-thing',
      'oral-nsaids',
      'tier-9',
      '',
    ]);
    expect(parsed.ids).toEqual(['oral-nsaids', 'tier-2']);
    expect(parsed.unknown).toEqual(['no-such-thing', 'tier-9']);
    expect(parsed.beyondLimit).toEqual([]);
  });

  it('keeps at most four and says which were left out', () => {
    const parsed = parseComparisonOptions(['tier-1', 'tier-2', 'tier-3', 'tier-4', 'tier-5']);
    expect(parsed.ids).toHaveLength(4);
    expect(parsed.beyondLimit).toEqual(['tier-5']);
  });
});

describe('compareOptions for treatments', () => {
  it('is not judged without a patient, and lists the knowledge base contraindications instead', () => {
    const [nsaids] = compareOptions(['oral-nsaids'], undefined);
    if (nsaids?.kind !== 'treatment') throw new Error('expected a treatment');
    expect(nsaids.judgement).toBeUndefined();
    expect(nsaids.general.some((c) => c.severity === 'avoid' && c.when === 'Kidney disease')).toBe(
      true,
    );
    // Avoid comes before caution.
    const severities = nsaids.general.map((c) => c.severity);
    expect(severities.indexOf('caution')).toBeGreaterThan(severities.lastIndexOf('avoid'));
    expect(nsaids.indications.map((c) => c.name)).toContain('Hip osteoarthritis');
  });

  it('marks a contraindication for a patient who has it, with the reason, and not for one who has not', () => {
    const withKidney = treatment(
      compareOptions(
        ['oral-nsaids', 'exercise-therapy'],
        judged({ ...oa, 'kidney-disease': true }),
      ),
      'oral-nsaids',
    );
    expect(withKidney.judgement?.contraindicated).toBe(true);
    expect(withKidney.judgement?.concerns.map((c) => c.reason).join(' ')).toMatch(
      /renal impairment/,
    );
    const without = treatment(
      compareOptions(['oral-nsaids', 'exercise-therapy'], judged(oa)),
      'oral-nsaids',
    );
    expect(without.judgement?.contraindicated).toBe(false);
    expect(without.judgement?.fitsLeading.map((c) => c.name)).toContain('Hip osteoarthritis');
  });

  it('with too few findings names no leading condition, so a prior alone contraindicates nothing', () => {
    const few = judged({ 'pain-groin': true });
    expect(few.assessment.sufficiency.enough).toBe(false);
    const arthroscopy = treatment(
      compareOptions(['hip-arthroscopy', 'exercise-therapy'], few),
      'hip-arthroscopy',
    );
    expect(arthroscopy.judgement?.fitsLeading).toEqual([]);
    expect(arthroscopy.judgement?.contraindicated).toBe(false);
  });
});

describe('compareOptions for whole tiers', () => {
  it('summarises a tier: members, ranges, evidence for and against, delivery and shared risks', () => {
    const medicines = tier(compareOptions(['tier-3', 'tier-5'], undefined), 'tier-3');
    const members = TREATMENT_LIST.filter((t) => t.tier === 3);
    expect(medicines.members.map((m) => m.id)).toEqual(members.map((t) => t.id));
    expect(medicines.label).toBe('Tier 3: Medicines (discuss with the prescriber)');
    expect(medicines.invasiveness).toEqual({ min: 1, max: 2 });
    expect(medicines.cost).toEqual({ min: 'low', max: 'moderate' });
    // Paracetamol has high-certainty evidence of no benefit: it is advice against, not the best for.
    expect(medicines.evidence.strongestFor?.level).toBe('moderate');
    expect(medicines.evidence.strongestFor?.names).toContain('Oral NSAIDs');
    expect(medicines.evidence.against.find((a) => a.id === 'paracetamol')).toMatchObject({
      level: 'high',
      stance: 'do-not-offer',
    });
    expect(medicines.evidence.stances.reduce((sum, s) => sum + s.count, 0)).toBe(members.length);
    expect(medicines.risks.common[0]).toEqual({ risk: 'Drowsiness', count: 7 });
    expect(medicines.timeToBenefit.reported.map((r) => r.name)).toContain('Oral NSAIDs');
    expect(medicines.timeToBenefit.reported.length + medicines.timeToBenefit.unreported).toBe(
      members.length,
    );
    expect(medicines.judgement).toBeUndefined();
  });

  it('lists the members contraindicated for this patient with their reasons', () => {
    const options = compareOptions(['tier-3', 'tier-2'], judged({ ...oa, 'kidney-disease': true }));
    const medicines = tier(options, 'tier-3');
    const nsaids = medicines.judgement?.contraindicated.find((m) => m.id === 'oral-nsaids');
    expect(nsaids?.reasons.join(' ')).toMatch(/renal impairment/);
    expect(
      tier(
        compareOptions(['tier-3', 'tier-2'], judged(oa)),
        'tier-3',
      ).judgement?.contraindicated.map((m) => m.id),
    ).not.toContain('oral-nsaids');
    expect(tier(options, 'tier-2').judgement?.fitting.map((m) => m.id)).toContain(
      'exercise-therapy',
    );
  });
});

describe('describePredicate', () => {
  it('puts a rule in words with nesting shown', () => {
    expect(
      describePredicate({
        all: [{ fact: 'fever' }, { any: [{ fact: 'anticoagulants' }, { fact: 'kidney-disease' }] }],
      }),
    ).toBe('Fever and (Anticoagulant use or Kidney disease)');
    expect(
      describePredicate({
        atLeast: 2,
        of: [{ fact: 'fever' }, { not: { fact: 'kidney-disease' } }],
      }),
    ).toBe('at least 2 of Fever, not Kidney disease');
  });
});
