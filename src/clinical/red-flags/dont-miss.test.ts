import { describe, expect, it } from 'vitest';
import type { ConditionId } from '../knowledge-base/conditions.ts';
import type { RedFlagId } from '../knowledge-base/red-flags.ts';
import { TREATMENT_LIST } from '../knowledge-base/treatment-list.ts';
import type { Findings } from '../knowledge-base/types.ts';
import { buildPlan } from '../plan/build-plan.ts';
import { assess } from '../scoring/assess.ts';
import { runAssessment as run } from '../scoring/test-support/run-assessment.ts';

/**
 * Vignettes for the conditions and rules that must not miss a dangerous cause, each beside a
 * benign look-alike that must not raise it. Findings are keyed by exam item id, as stored.
 */

const R = { right: true } as const;
const RP = { right: 'positive' } as const;

/** The flag fired, and named the condition as a suspect. */
function expectFlag(findings: Findings, flag: RedFlagId, suspect: ConditionId, urgency?: string) {
  const { flags } = run(findings);
  const fired = flags.get(flag);
  expect(fired, `${flag} should fire`).toBeDefined();
  expect(fired?.suspects).toContain(suspect);
  if (urgency !== undefined) expect(fired?.urgency).toBe(urgency);
}

function expectNoFlag(findings: Findings, ...ids: readonly RedFlagId[]) {
  const { flags } = run(findings);
  for (const id of ids) expect(flags.has(id), `${id} must not fire`).toBe(false);
}

const draftedTags = (findings: Findings): Set<string> => {
  const assessment = assess(findings, { setting: 'general' });
  const draft = buildPlan(assessment, findings, { today: '2026-12-08' });
  const tags = new Set<string>();
  for (const tier of draft.tiers)
    for (const item of tier.items)
      for (const tag of TREATMENT_LIST.find((t) => t.id === item.treatmentId)?.tags ?? [])
        tags.add(tag);
  return tags;
};

describe('psoas abscess without fever', () => {
  const diabetic = {
    age: 62,
    'diabetes-immunosuppression': true,
    'hip-held-flexed': true,
    'psoas-sign': RP,
    'flank-pain': true,
    fever: false,
    'pain-groin': true,
  } as const;

  it('flags an afebrile diabetic with a flexed hip, a psoas sign and flank pain, and drafts no heat, massage or stretching', () => {
    expectFlag(diabetic, 'psoas-abscess-afebrile', 'psoas-abscess', 'urgent');
    const tags = draftedTags(diabetic);
    for (const tag of ['heat', 'manual-therapy', 'stretch', 'loading'])
      expect(tags.has(tag), tag).toBe(false);
  });

  it('does not flag an athlete whose psoas sign comes from an irritated hip flexor', () => {
    expectNoFlag(
      {
        age: 24,
        'psoas-sign': RP,
        'resisted-hip-flexion': RP,
        'iliopsoas-stretch-pain': RP,
        'kicking-sport': true,
        'pain-groin': true,
      },
      'psoas-abscess-afebrile',
      'psoas-abscess',
    );
  });
});

describe('a retrocaecal appendix presenting as hip and groin pain', () => {
  it('stays not yet excluded when only the hip and groin hurt on a complete pain map', () => {
    const retrocaecal = {
      age: 24,
      'pain-map-complete': true,
      'pain-hip': true,
      'pain-groin': true,
      'symptomatic-side': 'right',
      'psoas-sign': RP,
      'anorexia-vomiting': true,
      fever: true,
    };
    const { assessment, condition } = run(retrocaecal);
    expect(condition('appendicitis').probability).toBeGreaterThan(0.005);
    expect(assessment.notYetExcluded.map((c) => c.id)).toContain('appendicitis');
  });

  it('is excluded for a groin strain on a complete pain map with no abdominal or systemic sign', () => {
    const strain = {
      age: 24,
      'pain-map-complete': true,
      'pain-groin': true,
      'symptomatic-side': 'right',
      'resisted-adduction-pain': RP,
      'anorexia-vomiting': false,
      fever: false,
      'rlq-tenderness': false,
    };
    const { assessment, condition } = run(strain);
    expect(condition('appendicitis').probability).toBeLessThan(0.005);
    expect(assessment.notYetExcluded.map((c) => c.id)).not.toContain('appendicitis');
  });
});

describe('iliopsoas haematoma', () => {
  const femoralSigns = { 'pain-groin': true, 'knee-extension-strength': { right: 3 } } as const;

  it('fires with an antiplatelet, a bleeding disorder or after an injury, not only with an anticoagulant', () => {
    expectFlag(
      { ...femoralSigns, antiplatelets: true },
      'iliopsoas-haematoma',
      'iliopsoas-haematoma',
      'emergency',
    );
    expectFlag(
      { 'pain-anterior-thigh': true, 'hip-held-flexed': true, 'bleeding-disorder': true },
      'iliopsoas-haematoma',
      'iliopsoas-haematoma',
    );
    expectFlag(
      {
        trauma: true,
        'pain-groin': true,
        'patellar-reflex': { right: 'reduced' },
        'kicking-sport': true,
      },
      'iliopsoas-haematoma',
      'iliopsoas-haematoma',
    );
  });

  it('does not fire on an antiplatelet with normal nerve findings, or on a tackle with a groin strain', () => {
    expectNoFlag(
      {
        antiplatelets: true,
        'pain-groin': true,
        'knee-extension-strength': { right: 5 },
        'patellar-reflex': { right: 'normal' },
        'hip-held-flexed': false,
      },
      'iliopsoas-haematoma',
    );
    const { flags } = run({
      trauma: true,
      'pain-groin': true,
      'resisted-adduction-pain': RP,
      'knee-extension-strength': { right: 5 },
    });
    expect(flags.has('iliopsoas-haematoma')).toBe(false);
    expect([...flags.values()].some((f) => f.urgency === 'emergency')).toBe(false);
  });
});

describe('femoral neck stress fracture in a runner', () => {
  const runner = {
    age: 29,
    'endurance-or-military': true,
    'worse-impact': true,
    'pain-groin': true,
    'night-pain': false,
  } as const;

  it('flags impact groin pain in a runner without night pain or a hop test, and drafts no loading', () => {
    expectFlag(runner, 'femoral-neck-stress-fracture', 'femoral-neck-stress-fracture', 'urgent');
    const tags = draftedTags(runner);
    expect(tags.has('loading')).toBe(false);
    expect(tags.has('impact')).toBe(false);
  });

  it('flags impact pain with missed periods, a previous stress fracture or a training spike', () => {
    for (const risk of [
      'low-energy-athlete',
      'previous-stress-fracture',
      'training-increase',
    ] as const)
      expectFlag(
        { 'worse-impact': true, 'pain-hip': true, [risk]: true },
        'femoral-neck-stress-fracture',
        'femoral-neck-stress-fracture',
      );
  });

  it('does not flag a footballer with adductor pain that is not worse with impact', () => {
    expectNoFlag(
      {
        'kicking-sport': true,
        'pain-groin': true,
        'resisted-adduction-pain': RP,
        'worse-impact': false,
      },
      'femoral-neck-stress-fracture',
    );
    expectNoFlag(
      { 'kicking-sport': true, 'pain-groin': true, 'worse-impact': true },
      'femoral-neck-stress-fracture',
    );
  });
});

describe('a fall in an older adult who can still walk', () => {
  it('is an emergency, suspecting an impacted femoral neck fracture', () => {
    const findings = {
      age: 81,
      trauma: true,
      'pain-groin': true,
      'antalgic-gait': true,
      'cannot-bear-weight': false,
    };
    expectFlag(findings, 'fall-older-adult', 'impacted-femoral-neck-fracture', 'emergency');
    expect(run(findings).condition('impacted-femoral-neck-fracture').probability).toBeGreaterThan(
      0.05,
    );
  });

  it('is not raised for a 40-year-old after a fall, or an 80-year-old with hip pain and no fall', () => {
    expectNoFlag(
      { age: 40, trauma: true, 'pain-hip': true, 'antalgic-gait': true },
      'fall-older-adult',
    );
    expectNoFlag(
      { age: 80, trauma: false, 'pain-hip': true, 'antalgic-gait': true, 'pain-on-ir': RP },
      'fall-older-adult',
    );
  });
});

describe('children and adolescents', () => {
  it('recognises a slipped capital femoral epiphysis in an overweight 13-year-old with knee pain', () => {
    const findings = {
      age: 13,
      overweight: true,
      'pain-knee': true,
      'antalgic-gait': true,
      'drehmann-sign': RP,
      'hip-ir-rom': { right: 5 },
    };
    expectFlag(findings, 'child-limp', 'slipped-capital-femoral-epiphysis', 'urgent');
    const scfe = run(findings).condition('slipped-capital-femoral-epiphysis');
    expect(scfe.priorBand).toBe('age 9–16');
    expect(scfe.probability).toBeGreaterThan(0.3);
    expect(draftedTags(findings).has('stretch')).toBe(false);
  });

  it('does not raise SCFE or the child flag for an adult with the same knee pain and limp', () => {
    const findings = {
      age: 30,
      overweight: true,
      'pain-knee': true,
      'antalgic-gait': true,
      'drehmann-sign': RP,
    };
    expectNoFlag(findings, 'child-limp');
    expect(run(findings).condition('slipped-capital-femoral-epiphysis').probability).toBeLessThan(
      0.001,
    );
  });

  it('recognises Perthes disease in a limping 6-year-old boy, and not at 15', () => {
    const boy = {
      age: 6,
      sex: 'male',
      'antalgic-gait': true,
      'hip-ir-rom': { right: 10 },
      'pain-knee': true,
    };
    expectFlag(boy, 'child-limp', 'perthes-disease');
    expect(run(boy).condition('perthes-disease').probability).toBeGreaterThan(0.1);
    expect(run({ ...boy, age: 15 }).condition('perthes-disease').probability).toBeLessThan(0.001);
  });

  it('makes septic arthritis an emergency in a feverish child who will not bear weight, not in a limping afebrile one', () => {
    const septic = { age: 4, fever: true, 'non-weight-bearing': true, 'pain-hip': true };
    expectFlag(septic, 'septic-arthritis', 'septic-arthritis-hip', 'emergency');
    expect(run(septic).condition('septic-arthritis-hip').probability).toBeGreaterThan(0.05);
    const synovitis = {
      age: 4,
      fever: false,
      'non-weight-bearing': false,
      'antalgic-gait': true,
      'pain-hip': true,
    };
    expectNoFlag(synovitis, 'septic-arthritis');
    expectFlag(synovitis, 'child-limp', 'septic-arthritis-hip', 'urgent');
  });

  it('makes a red, hot prosthetic hip that will not bear weight an emergency in an adult', () => {
    expectFlag(
      {
        age: 74,
        'hip-prosthesis': true,
        'redness-warmth': true,
        'non-weight-bearing': true,
        'pain-hip': true,
      },
      'septic-arthritis',
      'septic-arthritis-hip',
      'emergency',
    );
  });

  it('flags an apophyseal avulsion after a sprint at 15, not at 35', () => {
    const teen = {
      age: 15,
      onset: 'sudden',
      'kicking-sport': true,
      'apophysis-tender': R,
      'pain-hip': true,
    };
    expectFlag(teen, 'apophyseal-avulsion', 'apophyseal-avulsion');
    const top = run(teen)
      .assessment.differential.slice(0, 3)
      .map((c) => c.id);
    expect(top).toContain('apophyseal-avulsion');
    expectNoFlag({ ...teen, age: 35 }, 'apophyseal-avulsion');
    expect(run({ ...teen, age: 35 }).condition('apophyseal-avulsion').probability).toBeLessThan(
      0.001,
    );
  });
});

describe('bone', () => {
  it('flags avascular necrosis risk with steroids and painful internal rotation, not without a risk factor', () => {
    const findings = {
      age: 40,
      'steroids-osteoporosis': true,
      'pain-groin': true,
      'pain-on-ir': RP,
    };
    expectFlag(findings, 'avascular-necrosis-risk', 'avascular-necrosis-hip', 'soon');
    expect(run(findings).condition('avascular-necrosis-hip').probability).toBeGreaterThan(0.005);
    expectNoFlag(
      {
        age: 40,
        'pain-groin': true,
        'pain-on-ir': RP,
        'steroids-osteoporosis': false,
        'alcohol-excess': false,
        'sickle-cell': false,
      },
      'avascular-necrosis-risk',
    );
  });

  it('suspects a pelvic insufficiency fracture in an 82-year-old on steroids with groin pain on walking', () => {
    const findings = {
      age: 82,
      'steroids-osteoporosis': true,
      'pain-groin': true,
      'worse-walking': true,
    };
    expectFlag(findings, 'fragility-fracture', 'pelvic-insufficiency-fracture', 'urgent');
    expect(run(findings).condition('pelvic-insufficiency-fracture').probability).toBeGreaterThan(
      0.05,
    );
    expect(
      run({ age: 45, 'pain-groin': true, 'worse-walking': true }).condition(
        'pelvic-insufficiency-fracture',
      ).probability,
    ).toBeLessThan(0.01);
  });
});

describe('vascular, urological, gynaecological and surgical mimics', () => {
  it('makes back pain with a pulsatile mass in an older smoker an emergency; not mechanical back pain without one', () => {
    const aaa = {
      age: 72,
      sex: 'male',
      smoking: true,
      'pain-lower-back': true,
      'pulsatile-abdominal-mass': true,
    };
    expectFlag(aaa, 'abdominal-aortic-aneurysm', 'abdominal-aortic-aneurysm', 'emergency');
    expect(run(aaa).condition('abdominal-aortic-aneurysm').probability).toBeGreaterThan(0.1);
    expectNoFlag(
      {
        age: 72,
        sex: 'male',
        smoking: true,
        'pain-lower-back': true,
        'pulsatile-abdominal-mass': false,
        'lumbar-spine-tender': true,
      },
      'abdominal-aortic-aneurysm',
      'pulsatile-mass',
    );
  });

  it('flags colicky flank pain with blood in the urine; not flank pain from a tender spine', () => {
    expectFlag(
      { age: 40, 'flank-pain': true, 'colicky-pain': true, haematuria: true, 'pain-groin': true },
      'renal-colic',
      'renal-colic',
      'urgent',
    );
    expectNoFlag(
      {
        age: 40,
        'flank-pain': true,
        'lumbar-spine-tender': true,
        'colicky-pain': false,
        haematuria: false,
      },
      'renal-colic',
    );
  });

  it('makes sudden testicular pain in a boy an emergency; not sudden groin pain without it', () => {
    const torsion = {
      age: 15,
      sex: 'male',
      'scrotal-pain': true,
      onset: 'sudden',
      'pain-groin': true,
    };
    expectFlag(torsion, 'testicular-torsion', 'testicular-torsion', 'emergency');
    expect(run(torsion).condition('testicular-torsion').probability).toBeGreaterThan(0.1);
    const strain = {
      age: 15,
      sex: 'male',
      'scrotal-pain': false,
      onset: 'sudden',
      'pain-groin': true,
      'resisted-adduction-pain': RP,
    };
    expectNoFlag(strain, 'testicular-torsion', 'acute-abdomen');
    expect(
      run({ ...torsion, sex: 'female' }).condition('testicular-torsion').probability,
    ).toBeLessThan(0.0001);
  });

  it('makes sudden lower abdominal pain with vomiting an emergency that suspects ovarian torsion', () => {
    const findings = {
      age: 28,
      sex: 'female',
      onset: 'sudden',
      'pain-lower-abdomen': true,
      'anorexia-vomiting': true,
      'could-be-pregnant': false,
    };
    expectFlag(findings, 'acute-abdomen', 'ovarian-torsion', 'emergency');
    expect(run(findings).condition('ovarian-torsion').probability).toBeGreaterThan(0.05);
    expect(run({ ...findings, sex: 'male' }).condition('ovarian-torsion').probability).toBeLessThan(
      0.0001,
    );
    // Still possible in her, so not yet excluded; it cannot apply to him, whatever the flag suspects.
    expect(run(findings).assessment.notYetExcluded.map((c) => c.id)).toContain('ovarian-torsion');
    const male = run({ ...findings, sex: 'male' });
    expect(male.flags.get('acute-abdomen')?.suspects).toContain('ovarian-torsion');
    expect(male.assessment.notYetExcluded.map((c) => c.id)).not.toContain('ovarian-torsion');
  });

  it('asks for a pregnancy test when someone who could be pregnant has lower abdominal pain; not when they cannot be', () => {
    const findings = {
      age: 27,
      sex: 'female',
      'could-be-pregnant': true,
      'pain-groin': true,
      'pain-lower-abdomen': true,
    };
    expectFlag(findings, 'pregnancy-pain', 'ectopic-pregnancy', 'emergency');
    expect(run(findings).condition('ectopic-pregnancy').probability).toBeGreaterThan(0.02);
    expectNoFlag(
      { ...findings, 'could-be-pregnant': false, 'pain-lower-abdomen': false },
      'pregnancy-pain',
    );
    expect(
      run({ ...findings, 'could-be-pregnant': false }).condition('ectopic-pregnancy').probability,
    ).toBeLessThan(0.005);
  });

  it('makes a groin lump that will not go back an emergency; not a reducible hernia', () => {
    expectFlag(
      { 'irreducible-groin-lump': R, 'pain-groin': true },
      'incarcerated-hernia',
      'incarcerated-groin-hernia',
      'emergency',
    );
    const { flags } = run({
      'palpable-hernia': R,
      'irreducible-groin-lump': { right: false },
      'pain-groin': true,
    });
    expect(flags.has('incarcerated-hernia')).toBe(false);
    expect([...flags.values()].some((f) => f.urgency === 'emergency')).toBe(false);
  });
});

describe('spine', () => {
  it('flags constant, tender back pain in someone who injects drugs; not mechanical back pain in a diabetic', () => {
    expectFlag(
      { 'injected-drug-use': true, 'pain-lower-back': true, 'lumbar-spine-tender': true },
      'spinal-infection',
      'spinal-infection',
      'urgent',
    );
    expectNoFlag(
      {
        'diabetes-immunosuppression': true,
        'pain-lower-back': true,
        'eased-rest': true,
        'lumbar-spine-tender': false,
        'night-pain-unrelieved': false,
        'progressive-weakness': false,
      },
      'spinal-infection',
    );
  });

  it('ranks axial spondyloarthritis for inflammatory back pain in a young adult, not for mechanical pain at 55', () => {
    const spa = {
      age: 28,
      'pain-lower-back': true,
      'pain-buttock': true,
      'duration-weeks': 30,
      'morning-stiffness': 60,
      'eased-exercise': true,
      'wakes-second-half-night': true,
      'family-history-spa': true,
    };
    expectFlag(spa, 'inflammatory-pattern', 'axial-spondyloarthritis', 'soon');
    // A share of the back pain it competes for (not serious): in the top three, and on its own
    // evidence above 10%.
    const { assessment, condition } = run(spa);
    expect(assessment.differential.slice(0, 3).map((c) => c.id)).toContain(
      'axial-spondyloarthritis',
    );
    expect(condition('axial-spondyloarthritis').alone).toBeGreaterThan(0.1);
    expect(
      run({
        age: 55,
        'pain-lower-back': true,
        'morning-stiffness': 10,
        'eased-rest': true,
      }).condition('axial-spondyloarthritis').probability,
    ).toBeLessThan(0.01);
  });
});

describe('fever with back pain', () => {
  it('suspects a spinal infection and lists it as not yet excluded, even after a lifting strain', () => {
    const abscess = {
      age: 52,
      'pain-lower-back': true,
      onset: 'sudden',
      'pain-worst': 10,
      fever: true,
      'numbness-tingling': true,
    };
    expectFlag(abscess, 'fever-infection', 'spinal-infection', 'emergency');
    expect(run(abscess).assessment.notYetExcluded.map((c) => c.id)).toContain('spinal-infection');
  });

  it('does not suspect a spinal infection in an afebrile lifting strain without risk factors', () => {
    const { assessment } = run({
      age: 52,
      'pain-lower-back': true,
      onset: 'sudden',
      'pain-worst': 8,
      fever: false,
      'diabetes-immunosuppression': false,
      'injected-drug-use': false,
    });
    expect(assessment.redFlags.flatMap((f) => f.suspects)).not.toContain('spinal-infection');
    expect(assessment.notYetExcluded.map((c) => c.id)).not.toContain('spinal-infection');
  });
});

describe('nerve signs are findings, not flags', () => {
  it('raises no red flag for a typical upper-lumbar radiculopathy or meralgia paresthetica', () => {
    const radiculopathy = {
      age: 55,
      'symptomatic-side': 'left',
      'pain-anterior-thigh': true,
      'numbness-tingling': true,
      'sensation-l3': { left: true, right: false },
      'femoral-nerve-tension': { left: 'positive' },
      'patellar-reflex': { left: 'reduced', right: 'normal' },
      'knee-extension-strength': { left: 4, right: 5 },
    };
    expect(run(radiculopathy).assessment.redFlags).toEqual([]);
    const meralgia = {
      age: 45,
      'lateral-thigh-sensation': { right: true },
      'numbness-tingling': true,
      'tight-belt': true,
      'pain-lateral-thigh': true,
    };
    expect(run(meralgia).assessment.redFlags).toEqual([]);
  });

  it('still flags sensory change in both legs, and weakness that is getting worse', () => {
    expectFlag(
      { 'sensation-l4': { left: true, right: true } },
      'nerve-involvement',
      'cauda-equina',
      'urgent',
    );
    expectFlag(
      { 'numbness-tingling': true, 'progressive-weakness': true },
      'progressive-neuro-deficit',
      'upper-lumbar-radiculopathy',
      'urgent',
    );
  });
});
