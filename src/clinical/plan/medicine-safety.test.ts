import { describe, expect, it } from 'vitest';
import { TREATMENT_LIST } from '../knowledge-base/treatment-list.ts';
import type { Treatment, TreatmentId } from '../knowledge-base/treatment-list.ts';
import type { Findings } from '../knowledge-base/types.ts';
import { evaluate } from '../scoring/predicate.ts';
import { concernsFor, type Concern } from './contraindications.ts';

/**
 * Medicines and procedures follow the label and a named guideline (issue 15, point 4). Each rule
 * is shown firing with its severity, next to a look-alike where it must stay silent.
 */

const treatment = (id: TreatmentId): Treatment => {
  const t = TREATMENT_LIST.find((x) => x.id === id);
  if (t === undefined) throw new Error(`no treatment ${id}`);
  return t;
};

/** The concerns the findings raise (no red flags, no conditions of concern). */
const concerns = (id: TreatmentId, findings: Findings): readonly Concern[] =>
  concernsFor(treatment(id), findings, [], new Set());

const matching = (id: TreatmentId, findings: Findings, text: RegExp): readonly Concern[] =>
  concerns(id, findings).filter((c) => text.test(c.reason));

const severities = (id: TreatmentId, findings: Findings, text: RegExp) =>
  matching(id, findings, text).map((c) => c.severity);

const avoids = (id: TreatmentId, findings: Findings): readonly Concern[] =>
  concerns(id, findings).filter((c) => c.severity === 'avoid');

describe('oral NSAIDs', () => {
  it.each<[string, Findings, Findings, RegExp]>([
    ['an anticoagulant', { anticoagulants: true }, { anticoagulants: false }, /anticoagulant/],
    ['an antiplatelet', { antiplatelets: true }, { antiplatelets: false }, /antiplatelet/],
    [
      'a bleeding disorder',
      { 'bleeding-disorder': true },
      { 'bleeding-disorder': false },
      /platelet function/,
    ],
    [
      'a previous ulcer or gut bleed',
      { 'gi-bleed-history': true },
      { 'gi-bleed-history': false },
      /BNF contraindicates NSAIDs with an active ulcer/,
    ],
    [
      'severe heart failure',
      { 'heart-failure-severe': true },
      { 'heart-failure-severe': false, 'cardiovascular-disease': true },
      /severe heart failure/,
    ],
    [
      'severe kidney disease',
      { 'kidney-disease-severe': true },
      { 'kidney-disease-severe': false },
      /eGFR below 30/,
    ],
    [
      'pregnancy from 20 weeks',
      { pregnancy: true, 'weeks-pregnant': 24 },
      { pregnancy: true, 'weeks-pregnant': 12 },
      /FDA \(2020\) advises avoiding/,
    ],
    ['aspirin under 16', { age: 12 }, { age: 72 }, /aspirin under 16/],
  ])('sets them apart with %s, and not for the look-alike', (_, fires, lookAlike, text) => {
    expect(severities('oral-nsaids', fires, text)).toEqual(['avoid']);
    expect(avoids('oral-nsaids', lookAlike)).toEqual([]);
  });

  it('keeps a cardiovascular-disease caution that is not an avoid', () => {
    expect(
      concerns('oral-nsaids', { 'cardiovascular-disease': true }).map((c) => c.severity),
    ).toEqual(['caution']);
  });

  it('names the BNF and NICE CKS, and leaves the antiplatelet choice to the prescriber', () => {
    const [antiplatelet] = matching('oral-nsaids', { antiplatelets: true }, /antiplatelet/);
    expect(antiplatelet?.reason).toMatch(/BNF; NICE CKS/);
    expect(antiplatelet?.reason).toMatch(
      /prescriber may still choose an NSAID with gastroprotection/,
    );
    const rule = treatment('oral-nsaids').contraindications.find(
      (c) => 'fact' in c.when && c.when.fact === 'antiplatelets',
    );
    expect(rule?.sources).toEqual(['bnfNsaids', 'niceCksNsaids']);
  });

  it('counts 20 weeks as 20 weeks or more', () => {
    expect(severities('oral-nsaids', { 'weeks-pregnant': 20 }, /FDA \(2020\)/)).toEqual(['avoid']);
    expect(avoids('oral-nsaids', { 'weeks-pregnant': 19 })).toEqual([]);
  });

  it('asks for the weeks when pregnancy is recorded without them, and drops that once 20+ weeks set it apart', () => {
    expect(severities('oral-nsaids', { pregnancy: true }, /Record the weeks pregnant/)).toEqual([
      'caution',
    ]);
    expect(avoids('oral-nsaids', { pregnancy: true })).toEqual([]);
    expect(
      matching('oral-nsaids', { pregnancy: true, 'weeks-pregnant': 24 }, /Record the weeks/),
    ).toEqual([]);
    expect(concerns('oral-nsaids', { pregnancy: false })).toEqual([]);
  });

  it('says the under-16 rule is about aspirin, not ibuprofen or naproxen', () => {
    const [aspirin] = matching('oral-nsaids', { age: 15 }, /aspirin/);
    expect(aspirin?.reason).toMatch(/Reye’s syndrome/);
    expect(aspirin?.reason).toMatch(/ibuprofen and naproxen are not contraindicated by it/);
    expect(concerns('oral-nsaids', { age: 16 })).toEqual([]);
  });

  it('keeps the cautions that remain correct (SSRI, liver, steroids, older age)', () => {
    for (const fact of ['ssri-snri', 'liver-disease', 'steroids-osteoporosis'])
      expect(
        concerns('oral-nsaids', { [fact]: true }).map((c) => c.severity),
        fact,
      ).toEqual(['caution']);
    expect(concerns('oral-nsaids', { age: 75 }).map((c) => c.severity)).toEqual(['caution']);
  });
});

describe('topical NSAIDs', () => {
  it('are avoided from 28 weeks (diclofenac gel label), not at 24 or 12 weeks', () => {
    expect(severities('topical-nsaids', { 'weeks-pregnant': 30 }, /last 3 months/)).toEqual([
      'avoid',
    ]);
    expect(severities('topical-nsaids', { 'weeks-pregnant': 28 }, /last 3 months/)).toEqual([
      'avoid',
    ]);
    expect(avoids('topical-nsaids', { pregnancy: true, 'weeks-pregnant': 24 })).toEqual([]);
    expect(avoids('topical-nsaids', { pregnancy: true, 'weeks-pregnant': 12 })).toEqual([]);
  });

  it('call for caution from 20 weeks, once (not beside the avoid from 28 weeks)', () => {
    const at24 = concerns('topical-nsaids', { pregnancy: true, 'weeks-pregnant': 24 });
    expect(at24.map((c) => c.severity)).toEqual(['caution']);
    expect(at24[0]?.reason).toMatch(/FDA \(2020\)/);
    expect(
      concerns('topical-nsaids', { pregnancy: true, 'weeks-pregnant': 30 }).map((c) => c.severity),
    ).toEqual(['avoid']);
    expect(matching('topical-nsaids', { 'weeks-pregnant': 12 }, /FDA/)).toEqual([]);
  });

  it('ask for the weeks when pregnancy is recorded without them', () => {
    expect(severities('topical-nsaids', { pregnancy: true }, /Record the weeks pregnant/)).toEqual([
      'caution',
    ]);
  });

  it('check severe kidney disease with a caution', () => {
    expect(
      severities('topical-nsaids', { 'kidney-disease-severe': true }, /eGFR below 30/),
    ).toEqual(['caution']);
    expect(concerns('topical-nsaids', { 'kidney-disease-severe': false })).toEqual([]);
  });
});

const SPINAL_OR_DEEP: readonly TreatmentId[] = [
  'epidural-steroid-injection',
  'implantable-neurostimulator',
  'nerve-block',
  'iliopsoas-bursa-injection',
  'botulinum-toxin-injection',
  'percutaneous-needle-tenotomy',
];

describe('spinal and deep procedures with an anticoagulant or antiplatelet', () => {
  it('cannot be written with three-valued `not`: an unrecorded plan leaves that rule unknown', () => {
    const withNot = {
      all: [
        { any: [{ fact: 'anticoagulants' }, { fact: 'antiplatelets' }] },
        { not: { fact: 'antithrombotic-plan' } },
      ],
    };
    expect(evaluate(withNot, { anticoagulants: true }).value).toBeUndefined();
  });

  it.each(SPINAL_OR_DEEP)('%s: avoided while no plan to pause the drug is recorded', (id) => {
    // Not recorded counts as no plan.
    expect(
      avoids(id, { anticoagulants: true })
        .map((c) => c.reason)
        .join(' '),
    ).toMatch(/ASRA/);
    expect(avoids(id, { antiplatelets: true })).toHaveLength(1);
    expect(avoids(id, { antiplatelets: true, 'antithrombotic-plan': false })).toHaveLength(1);
  });

  it.each(SPINAL_OR_DEEP)('%s: a recorded plan turns the avoid into an ASRA caution', (id) => {
    const planned = concerns(id, { anticoagulants: true, 'antithrombotic-plan': true });
    expect(planned.filter((c) => c.severity === 'avoid')).toEqual([]);
    expect(planned.map((c) => c.severity)).toEqual(['caution']);
    expect(planned[0]?.reason).toMatch(/ASRA timings/);
  });

  it.each(SPINAL_OR_DEEP)('%s: nothing when neither drug is taken, plan or not', (id) => {
    expect(concerns(id, { anticoagulants: false, antiplatelets: false })).toEqual([]);
    expect(concerns(id, { 'antithrombotic-plan': true })).toEqual([]);
  });

  it.each(SPINAL_OR_DEEP)('%s: avoided with a bleeding disorder, whatever the plan', (id) => {
    expect(avoids(id, { 'bleeding-disorder': true })).toHaveLength(1);
    expect(
      avoids(id, { 'bleeding-disorder': true, 'antithrombotic-plan': true }).map((c) => c.reason),
    ).toEqual([expect.stringMatching(/Bleeding disorder or low platelets/)]);
    expect(concerns(id, { 'bleeding-disorder': false })).toEqual([]);
  });

  it('cites ASRA: the pain guideline for spinal procedures, Horlocker for deep blocks', () => {
    const sourcesOf = (id: TreatmentId) =>
      treatment(id).contraindications.filter((c) => c.unless !== undefined && 'any' in c.when);
    expect(sourcesOf('epidural-steroid-injection').map((c) => c.sources)).toEqual([
      ['asra2018pain'],
    ]);
    expect(sourcesOf('nerve-block').map((c) => c.sources)).toEqual([['asra2018', 'asra2018pain']]);
    expect(sourcesOf('iliopsoas-bursa-injection').map((c) => c.sources)).toEqual([
      ['asra2018pain', 'team-rule'],
    ]);
  });
});

describe('superficial and joint injections', () => {
  it.each<TreatmentId>(['trigger-point-injection', 'intra-articular-hip-steroid'])(
    '%s: a caution (not an avoid) with an antiplatelet, anticoagulant or bleeding disorder',
    (id) => {
      for (const fact of ['antiplatelets', 'anticoagulants', 'bleeding-disorder']) {
        const found = concerns(id, { [fact]: true });
        expect(
          found.map((c) => c.severity),
          fact,
        ).toEqual(['caution']);
        expect(found[0]?.reason, fact).toMatch(
          /Anticoagulant, antiplatelet or a bleeding disorder/,
        );
      }
      expect(concerns(id, { antiplatelets: false })).toEqual([]);
    },
  );
});

describe('after a hip replacement', () => {
  const endRange: readonly TreatmentId[] = [
    'manual-therapy',
    'low-lunge-spinal-twist',
    'pnf-stretching',
    'yoga',
  ];
  const checkFirst: readonly TreatmentId[] = [
    'hip-flexor-stretching',
    'kneeling-hip-flexor-stretch',
    'standing-quad-stretch',
    'pilates',
    'dynamic-warm-up',
  ];

  it.each(endRange)('%s is set apart, saying why and that precautions vary', (id) => {
    const found = avoids(id, { 'hip-prosthesis': true });
    expect(found).toHaveLength(1);
    expect(found[0]?.reason).toMatch(/dislocation/);
    expect(found[0]?.reason).toMatch(/surgical approach and the surgeon’s instructions/);
    expect(avoids(id, { 'hip-prosthesis': false })).toEqual([]);
    expect(avoids(id, {})).toEqual([]);
  });

  it.each(checkFirst)('%s keeps a caution to check the surgeon’s precautions', (id) => {
    const found = concerns(id, { 'hip-prosthesis': true });
    expect(found.map((c) => c.severity)).toEqual(['caution']);
    expect(found[0]?.reason).toMatch(/check the surgeon’s precautions/);
    expect(concerns(id, { 'hip-prosthesis': false })).toEqual([]);
  });

  it('cites Peak 2005 only beside the words that precautions vary by approach and surgeon', () => {
    for (const t of TREATMENT_LIST)
      for (const c of t.contraindications)
        if (c.sources.some((s) => s === 'peak2005'))
          expect(c.reason, t.id).toMatch(/differ between approaches and surgeons \(Peak 2005\)/);
  });

  it('leaves exercise therapy alone', () => {
    expect(concerns('exercise-therapy', { 'hip-prosthesis': true })).toEqual([]);
  });
});

describe('sedating medicines in older adults', () => {
  it.each<TreatmentId>(['muscle-relaxants', 'benzodiazepines'])(
    '%s are avoided from 65 (AGS Beers 2023), not at 60 or 64',
    (id) => {
      expect(severities(id, { age: 65 }, /AGS Beers Criteria \(2023\)/)).toEqual(['avoid']);
      expect(severities(id, { age: 80 }, /AGS Beers Criteria \(2023\)/)).toEqual(['avoid']);
      expect(avoids(id, { age: 60 })).toEqual([]);
      expect(avoids(id, { age: 64 })).toEqual([]);
    },
  );

  it.each<TreatmentId>(['tizanidine', 'baclofen'])(
    '%s: a falls caution from 65 by team judgement, not a Beers avoid',
    (id) => {
      const found = concerns(id, { age: 66 });
      expect(found.map((c) => c.severity)).toEqual(['caution']);
      expect(found[0]?.reason).toMatch(/team judgement/);
      expect(found[0]?.reason).toMatch(/not on the AGS Beers 2023 list/);
      expect(concerns(id, { age: 60 })).toEqual([]);
    },
  );
});

describe('wording a clinician sees', () => {
  const reasons = TREATMENT_LIST.flatMap((t) =>
    t.contraindications.map((c) => ({ id: t.id, reason: c.reason })),
  );

  it('never points to the evidence pack or other project documents', () => {
    for (const { id, reason } of reasons) expect(reason, id).not.toMatch(/evidence pack|\bpack\b/i);
  });

  it('never gives an order', () => {
    for (const { id, reason } of reasons)
      expect(reason, id).not.toMatch(/\b(must|do not give|never give)\b/i);
  });
});
