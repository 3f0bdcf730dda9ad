import { describe, expect, it } from 'vitest';
import type { Findings } from '../knowledge-base/types.ts';
import { assess } from '../scoring/assess.ts';
import { expectedGain, likelihoodPair } from './information-gain.ts';

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
    expect(
      tests.recommended.every((t) => t.expectedGain >= 0.01 || t.redFlagConditions.length > 0),
    ).toBe(true);
  });
});
