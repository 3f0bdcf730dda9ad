import { describe, expect, it } from 'vitest';
import type { Findings } from '../knowledge-base/types.ts';
import { assess, createAssessor } from '../scoring/assess.ts';
import { dontMissKb } from '../scoring/dont-miss-fixture.ts';
import { DONT_MISS_THRESHOLD } from '../scoring/not-yet-excluded.ts';
import { expectedGain, likelihoodPair } from './information-gain.ts';
import { HARM_WEIGHT, MIN_GAIN_BITS } from './recommend-tests.ts';

describe('information gain', () => {
  it('recovers sensitivity and specificity from an LR pair', () => {
    const pair = likelihoodPair(0.16 / 0.05, 0.84 / 0.95);
    expect(pair?.sensitivity).toBeCloseTo(0.16, 5);
    expect(pair?.specificity).toBeCloseTo(0.95, 5);
  });

  it('is zero for an uninformative test and largest near 50%', () => {
    expect(likelihoodPair(1, 1)).toBeUndefined();
    const pair = likelihoodPair(9, 0.1);
    if (pair === undefined) throw new Error('pair expected');
    expect(expectedGain(0.5, pair).bits).toBeGreaterThan(expectedGain(0.02, pair).bits);
    expect(expectedGain(0.5, pair).ifPositive).toBeCloseTo(0.9, 5);
  });
});

describe('recommended tests', () => {
  const groin: Findings = {
    age: 26,
    'pain-groin': true,
    'symptomatic-side': 'right',
    'kicking-sport': true,
  };

  it('lists in-clinic tests first and suggests the next best in-clinic test', () => {
    const { tests } = assess(groin, { setting: 'sports' });
    const categories = tests.recommended.map((t) => t.category);
    expect(categories[0]).toBe('in-clinic');
    expect(categories.lastIndexOf('in-clinic')).toBeLessThan(
      categories.findIndex((c) => c !== 'in-clinic'),
    );
    expect(tests.nextInClinic?.category).toBe('in-clinic');
    expect(tests.nextInClinic?.reasons.length).toBeGreaterThan(0);
  });

  it('marks a test already done with its result and no longer recommends it', () => {
    const { tests } = assess(
      {
        ...groin,
        'adductor-origin-tender': { right: false },
        'resisted-adduction-pain': { right: 'negative' },
      },
      { setting: 'sports' },
    );
    const done = tests.done.find((t) => t.examItem === 'resisted-adduction-pain');
    expect(done?.done?.results).toEqual([{ side: 'right', result: 'negative' }]);
    expect(tests.recommended.some((t) => t.examItem === 'resisted-adduction-pain')).toBe(false);
  });

  it('marks a palpation finding recorded as yes or no as done', () => {
    const { tests } = assess(
      { ...groin, 'iliopsoas-tendon-tender': { right: true } },
      { setting: 'sports' },
    );
    expect(tests.done.find((t) => t.examItem === 'iliopsoas-tendon-tender')?.done?.results).toEqual(
      [{ side: 'right', result: 'positive' }],
    );
  });

  it('brings the tests for a red-flagged condition forward', () => {
    const { tests } = assess(
      { ...groin, fever: true, 'hip-held-flexed': true },
      { setting: 'general' },
    );
    const imaging = tests.recommended.filter((t) => t.redFlagConditions.includes('psoas-abscess'));
    expect(imaging.length).toBeGreaterThan(0);
  });

  it('drops tests that bear only on conditions already ruled out', () => {
    const { tests } = assess(groin, { setting: 'sports' });
    // Bits about a serious condition count HARM_WEIGHT times, so the floor is on the weighted gain.
    expect(
      tests.recommended.every(
        (t) =>
          t.weightedGain >= MIN_GAIN_BITS ||
          t.redFlagConditions.length > 0 ||
          t.rulesOut.length > 0,
      ),
    ).toBe(true);
  });

  it('ranks a real test that can rule out a serious condition above benign-only ones, saying why', () => {
    for (const setting of ['general', 'sports'] as const) {
      const { tests } = assess(groin, { setting });
      const inClinic = tests.recommended.filter(
        (t) => t.category === 'in-clinic' && t.redFlagConditions.length === 0,
      );
      const lastRuleOut = inClinic.findLastIndex((t) => t.rulesOut.length > 0);
      const firstBenign = inClinic.findIndex((t) => t.reasons.every((r) => !r.serious));
      if (lastRuleOut >= 0 && firstBenign >= 0) expect(lastRuleOut).toBeLessThan(firstBenign);
      for (const t of tests.recommended)
        for (const id of t.rulesOut) {
          const name = t.reasons.find((r) => r.condition === id)?.conditionName ?? id;
          expect(t.why).toContain(`${name} (serious)`);
        }
    }
  });
});

describe('harm-weighted ranking', () => {
  const fixture = (danger: number) => createAssessor(dontMissKb({ danger }));

  it('ranks a test that rules out a serious condition above one that separates two benign ones', () => {
    const { differential, tests } = fixture(0.01)({}, { setting: 'general' });
    // Both benign conditions are possible (40% each); the serious one is at 1%, ranked below them.
    expect(differential.map((c) => c.id).slice(0, 3)).toEqual(['benign-a', 'benign-b', 'danger']);
    const names = tests.recommended.filter((t) => t.category === 'in-clinic').map((t) => t.id);
    expect(names).toEqual(['hop', 'separate']);
    const [hop, separate] = tests.recommended;
    if (hop === undefined || separate === undefined) throw new Error('two tests expected');
    // On information alone the separating test would win: the harm weighting puts the hop test first.
    expect(separate.expectedGain).toBeGreaterThan(hop.expectedGain);
    expect(hop.rulesOut).toEqual(['danger']);
    expect(hop.weightedGain).toBeCloseTo(hop.expectedGain * HARM_WEIGHT, 10);
    expect(tests.nextInClinic?.id).toBe('hop');
    expect(hop.why).toBe(
      "Ranked first because it can rule out Danger (serious): a negative result would take it below the 0.5% don't-miss threshold.",
    );
    expect(separate.why).toMatch(
      /^Ranked by how well it separates Benign [AB] and Benign [AB] \(none serious\)\.$/,
    );
  });

  it('also ranks the imaging test that rules it out first among imaging, saying why', () => {
    const { tests } = fixture(0.02)({ 'hop-test': 'positive' }, { setting: 'general' });
    const scan = tests.recommended.find((t) => t.id === 'scan');
    expect(scan?.rulesOut).toEqual(['danger']);
    expect(scan?.why).toMatch(/^Ranked first because it can rule out Danger \(serious\)/);
    expect(tests.done.map((t) => t.id)).toEqual(['hop']);
  });

  it('stops counting a serious condition once it falls below the threshold', () => {
    const { tests } = fixture(DONT_MISS_THRESHOLD * 0.9)({}, { setting: 'general' });
    expect(tests.recommended.map((t) => t.id)).toEqual(['separate']);
    expect(tests.nextInClinic?.why).toMatch(
      /^Ranked first by how well it separates Benign [AB] and Benign [AB] \(none serious\)\.$/,
    );
  });

  it('weighs a serious condition it cannot rule out by its information, ten times', () => {
    // At 30% a negative hop test leaves about 1.7%: still possible, so no rule-out claim.
    const { tests } = fixture(0.3)({}, { setting: 'general' });
    const hop = tests.recommended.find((t) => t.id === 'hop');
    expect(hop?.rulesOut).toEqual([]);
    expect(hop?.why).toBe(
      `Ranked first for what it tells about Danger (serious): information about a serious condition counts ${HARM_WEIGHT} times that about a benign one.`,
    );
  });
});
