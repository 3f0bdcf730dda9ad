import { describe, expect, it } from 'vitest';
import {
  formatLr,
  formatProbability,
  formatSmallProbability,
  reasonText,
  witnessLabel,
} from './assessment-format';

describe('assessment wording', () => {
  it('gives probabilities no more precisely than the evidence allows, never as certainty', () => {
    expect(formatProbability(0.42)).toBe('40%');
    expect(formatProbability(0.35)).toBe('35%');
    expect(formatProbability(0.004)).toBe('under 1%');
    expect(formatProbability(0.01)).toBe('1%');
    expect(formatProbability(0.096)).toBe('9%');
    expect(formatProbability(0.1)).toBe('10%');
    expect(formatProbability(0.9)).toBe('90%');
    expect(formatProbability(0.91)).toBe('over 90%');
    expect(formatProbability(0.997)).toBe('over 90%');
  });

  it('never shows a number at a band threshold the probability has not reached', () => {
    expect(formatProbability(0.499)).toBe('45%');
    expect(formatProbability(0.5)).toBe('50%');
    expect(formatProbability(0.0999)).toBe('9%');
  });

  it('gives the size of a small probability where the 0.5% threshold needs it', () => {
    expect(formatSmallProbability(0.006)).toBe('0.6%');
    expect(formatSmallProbability(0.0049)).toBe('0.4%');
    expect(formatSmallProbability(0.0004)).toBe('<0.1%');
    expect(formatSmallProbability(0.42)).toBe('42%');
  });

  it('gives likelihood ratios to two significant figures', () => {
    expect(formatLr(3.214)).toBe('LR 3.2');
    expect(formatLr(0.43)).toBe('LR 0.43');
    expect(formatLr(12)).toBe('LR 12');
  });

  it('names the findings behind a rule with their side', () => {
    expect(witnessLabel({ fact: 'fever' })).toBe('Fever');
    expect(witnessLabel({ fact: 'thomas-test', side: 'right' })).toBe('Thomas test (right)');
    expect(witnessLabel({ fact: 'hip-ir-below-15', side: 'left' })).toBe(
      'Hip internal rotation below 15° (left)',
    );
  });

  it('says what a test would do to a condition', () => {
    expect(
      reasonText({
        condition: 'psoas-abscess',
        conditionName: 'Psoas abscess',
        serious: true,
        current: 0.42,
        ifPositive: 0.71,
        ifNegative: 0.18,
      }),
    ).toBe('Would move Psoas abscess from 40% to 70% if positive, 15% if negative');
  });
});
