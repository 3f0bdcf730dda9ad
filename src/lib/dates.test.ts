import { describe, expect, it } from 'vitest';
import { ageInYears, formatDate, todayIsoDate } from './dates';

describe('ageInYears', () => {
  it.each([
    ['1980-04-12', '2025-04-11', 44],
    ['1980-04-12', '2025-04-12', 45],
    ['2000-02-29', '2025-02-28', 24],
    ['2000-02-29', '2025-03-01', 25],
    ['2025-03-01', '2025-03-01', 0],
  ])('someone born %s is %s years old on %s', (born, on, age) => {
    expect(ageInYears(born, on)).toBe(age);
  });

  it('gives undefined for a malformed date', () => {
    expect(ageInYears('12/04/1980', '2025-01-01')).toBeUndefined();
  });
});

describe('formatting', () => {
  it('writes dates with the month as a word, whatever the time zone', () => {
    expect(formatDate('1980-04-12')).toBe('12 Apr 1980');
  });

  it("gives today's local date as an ISO date", () => {
    expect(todayIsoDate(new Date(2025, 0, 5, 23, 59))).toBe('2025-01-05');
  });
});
