import { describe, expect, it } from 'vitest';
import { countSyllables, fleschKincaidGrade, textStatistics } from './readability';

/** Flesch reading ease, from the same counts: the published examples are given on this scale. */
function readingEase(texts: readonly string[]): number {
  const { sentences, words, syllables } = textStatistics(texts);
  return 206.835 - 1.015 * (words / sentences) - 84.6 * (syllables / words);
}

describe('syllable counting', () => {
  // Dictionary syllable counts (Merriam-Webster) for words that patient handouts use.
  const DICTIONARY: readonly (readonly [string, number])[] = [
    ['the', 1],
    ['cat', 1],
    ['make', 1],
    ['makes', 1],
    ['table', 2],
    ['simple', 2],
    ['boxes', 2],
    ['wanted', 2],
    ['jumped', 1],
    ['needed', 2],
    ['exercise', 3],
    ['exercises', 4],
    ['physiotherapist', 6],
    ['physiotherapy', 6],
    ['medicine', 3],
    ['medicines', 3],
    ['doctor', 2],
    ['pharmacist', 3],
    ['stretch', 1],
    ['stretches', 2],
    ['muscle', 2],
    ['muscles', 2],
    ['hip', 1],
    ['groin', 1],
    ['every', 3],
    ['day', 1],
    ['seconds', 2],
    ['minutes', 2],
    ['side', 1],
    ['sides', 1],
    ['gently', 2],
    ['pain', 1],
    ['painful', 2],
    ['weight', 1],
    ['better', 2],
    ['review', 2],
    ['appointment', 3],
    ['emergency', 4],
    ['department', 3],
    ['numbness', 2],
    ['urine', 2],
    ['tendon', 2],
    ['area', 3],
    ['usual', 3],
    ['video', 3],
    ['quiet', 2],
    ['science', 2],
    ['create', 2],
    ['idea', 3],
    ['period', 3],
    ['knees', 1],
    ['knee', 1],
    ['lying', 2],
    ['tummy', 2],
    ['easy', 2],
    ['slowly', 2],
    ['breathing', 2],
    ['anti-inflammatory', 7],
    ['paracetamol', 5],
    ['injection', 3],
    ['surgery', 3],
    ['surgeon', 2],
    ['referral', 3],
    ['likely', 2],
    ['probably', 3],
    ['possible', 3],
    ['therapy', 3],
    ['treatment', 2],
    ['changes', 2],
    ['cause', 1],
    ['caused', 1],
    ['causes', 2],
    ['strengthen', 2],
    ['position', 3],
    ['posture', 2],
    ['balance', 2],
    ['heavier', 3],
    ['ankle', 2],
    ['little', 2],
    ['people', 2],
    ['hoped', 1],
    ['used', 1],
    ['phone', 1],
    ['those', 1],
    ['worse', 1],
    ['lose', 1],
    ['move', 1],
    ['movement', 2],
    ['continue', 3],
    ['tissue', 2],
    ['special', 2],
    ['going', 2],
  ];

  it('agrees with the dictionary on at least 95% of common handout words', () => {
    const misses = DICTIONARY.filter(([word, n]) => countSyllables(word) !== n);
    // Known misses of the rule of thumb: "science" and "create" (a vowel pair said as two).
    expect(misses.map(([word]) => word)).toEqual(['science', 'create']);
    expect(1 - misses.length / DICTIONARY.length).toBeGreaterThanOrEqual(0.95);
  });

  it('counts a number as one syllable per digit, at most four', () => {
    expect(countSyllables('3')).toBe(1);
    expect(countSyllables('30')).toBe(2);
    expect(countSyllables('2026')).toBe(4);
    expect(countSyllables('123456')).toBe(4);
  });
});

describe('Flesch–Kincaid grade', () => {
  it('reproduces the published counts for "The cat sat on the mat." (reading ease 116)', () => {
    const text = ['The cat sat on the mat.'];
    expect(textStatistics(text)).toEqual({ sentences: 1, words: 6, syllables: 6 });
    expect(readingEase(text)).toBeCloseTo(116.1, 1);
    // 0.39 × 6 + 11.8 × 1 − 15.59
    expect(fleschKincaidGrade(text)).toBeCloseTo(-1.45, 2);
  });

  it('reproduces the published counts for the platypus sentence (13 words, 26 syllables, ease 24.4)', () => {
    const text = [
      'The Australian platypus is seemingly a hybrid of a mammal and reptilian creature.',
    ];
    expect(textStatistics(text)).toEqual({ sentences: 1, words: 13, syllables: 26 });
    expect(readingEase(text)).toBeCloseTo(24.4, 1);
    // 0.39 × 13 + 11.8 × 2 − 15.59
    expect(fleschKincaidGrade(text)).toBeCloseTo(13.08, 2);
  });

  it('ends a sentence at each full stop and at the end of each separate text', () => {
    expect(textStatistics(['Hold 30 seconds. Do it 3 times!', 'Each side']).sentences).toBe(3);
    expect(textStatistics(['A decimal like 2.5 does not end a sentence.']).sentences).toBe(1);
  });

  it('scores clinical prose far above plain advice', () => {
    const clinical = [
      'Compression of an L2–L4 nerve root, usually by a disc, causing front-of-thigh or inner-shin pain, weak knee extension or hip flexion, and a reduced knee jerk.',
    ];
    const plain = ['Move every day. Stop if the pain gets sharp. Rest when you need to.'];
    expect(fleschKincaidGrade(clinical)).toBeGreaterThan(12);
    expect(fleschKincaidGrade(plain)).toBeLessThan(4);
  });

  it('gives NaN for text without words', () => {
    expect(fleschKincaidGrade([])).toBeNaN();
    expect(fleschKincaidGrade(['— …'])).toBeNaN();
  });
});
