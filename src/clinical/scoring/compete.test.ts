import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { compete, indexCoexistence, otherCauseWeight } from './compete.ts';

const ids = ['a', 'b', 'c', 'd'] as const;
const none = indexCoexistence(ids, []);
const aWithB = indexCoexistence(ids, [{ id: 'ab', conditions: ['a', 'b'], note: '', sources: [] }]);
const flat = (priors: readonly number[], lrs: readonly number[] = []) =>
  priors.map((p, i) => ({ logPrior: Math.log(p), logLikelihood: Math.log(lrs[i] ?? 1) }));
const sum = (xs: readonly number[]): number => xs.reduce((s, x) => s + x, 0);

describe('compete', () => {
  it('with no findings, scales priors that sum above 1 to shares that sum to 1 with the other cause', () => {
    const shares = compete(
      flat([0.6, 0.5, 0.3, 0.2]),
      otherCauseWeight([0.6, 0.5, 0.3, 0.2], 0.2),
      none,
    );
    expect(sum(shares.priors) + shares.other).toBeCloseTo(1, 12);
    expect(shares.other).toBeCloseTo(0.2, 12);
    expect(shares.priors[0]).toBeCloseTo((0.6 / 1.6) * 0.8, 12);
    expect(shares.probabilities).toEqual(shares.priors);
  });

  it('gives the share an age band takes from a listed cause to another cause, not to the other listed ones', () => {
    const reference = [0.3, 0.3, 0.2, 0.2];
    const weight = otherCauseWeight(reference, 0.2);
    const adult = compete(flat(reference), weight, none);
    const child = compete(flat([0.003, 0.3, 0.2, 0.2]), weight, none);
    expect(child.otherPrior).toBeGreaterThan(adult.otherPrior);
    // weight = 0.2 / 0.8 × 1.0 = 0.25: the second cause keeps 0.3 over the same scale.
    expect(child.priors[1]).toBeCloseTo(0.3 / (0.003 + 0.3 + 0.2 + 0.2 + 0.25), 12);
    expect(adult.priors[1]).toBeCloseTo(0.3 / 1.25, 12);
    expect(sum(child.priors) + child.otherPrior).toBeCloseTo(1, 12);
  });

  it('takes probability from competitors and the other cause when one condition gains evidence', () => {
    const before = compete(
      flat([0.3, 0.3, 0.2, 0.2]),
      otherCauseWeight([0.3, 0.3, 0.2, 0.2], 0.2),
      none,
    );
    const after = compete(
      flat([0.3, 0.3, 0.2, 0.2], [8]),
      otherCauseWeight([0.3, 0.3, 0.2, 0.2], 0.2),
      none,
    );
    expect(after.probabilities[0]).toBeGreaterThan(before.probabilities[0] ?? 1);
    for (const i of [1, 2, 3])
      expect(after.probabilities[i]).toBeLessThan(before.probabilities[i] ?? 0);
    expect(after.other).toBeLessThan(before.other);
    expect(sum(after.probabilities) + after.other).toBeCloseTo(1, 12);
  });

  it('leaves a co-existing condition where it was, whatever the evidence for or against its partner', () => {
    const before = compete(
      flat([0.3, 0.3, 0.2, 0.2]),
      otherCauseWeight([0.3, 0.3, 0.2, 0.2], 0.2),
      aWithB,
    );
    for (const lr of [0.05, 20]) {
      const after = compete(
        flat([0.3, 0.3, 0.2, 0.2], [lr]),
        otherCauseWeight([0.3, 0.3, 0.2, 0.2], 0.2),
        aWithB,
      );
      expect(after.probabilities[1]).toBeCloseTo(before.probabilities[1] ?? 0, 12);
      expect(after.probabilities[2]).not.toBeCloseTo(before.probabilities[2] ?? 0, 6);
    }
  });

  it('lets co-existing conditions both be likely, and their shares sum above 1 only then', () => {
    const shares = compete(
      flat([0.3, 0.3, 0.2, 0.2], [50, 50]),
      otherCauseWeight([0.3, 0.3, 0.2, 0.2], 0.2),
      aWithB,
    );
    expect(shares.probabilities[0]).toBeGreaterThan(0.5);
    expect(shares.probabilities[1]).toBeGreaterThan(0.5);
    const rivals = compete(
      flat([0.3, 0.3, 0.2, 0.2], [50, 50]),
      otherCauseWeight([0.3, 0.3, 0.2, 0.2], 0.2),
      none,
    );
    expect(sum(rivals.probabilities) + rivals.other).toBeCloseTo(1, 12);
    expect(rivals.probabilities[0]).toBeLessThan(0.5);
  });

  it('stays finite and in [0, 1] for extreme chains of likelihood ratios', () => {
    fc.assert(
      fc.property(
        fc.array(fc.double({ min: 1e-9, max: 1, noNaN: true }), { minLength: 1, maxLength: 8 }),
        fc.array(fc.double({ min: -2000, max: 2000, noNaN: true }), { minLength: 8, maxLength: 8 }),
        fc.double({ min: 0.01, max: 0.99, noNaN: true }),
        (priors, logLikelihoods, other) => {
          const shares = compete(
            priors.map((p, i) => ({
              logPrior: Math.log(p),
              logLikelihood: logLikelihoods[i] ?? 0,
            })),
            otherCauseWeight(priors, other),
            none,
          );
          for (const p of [...shares.probabilities, ...shares.priors, shares.other]) {
            expect(Number.isFinite(p)).toBe(true);
            expect(p).toBeGreaterThanOrEqual(0);
            expect(p).toBeLessThanOrEqual(1);
          }
        },
      ),
      { numRuns: 300 },
    );
  });

  it('links every declared pair both ways, and every-other to all the rest', () => {
    const index = indexCoexistence(ids, [
      { id: 'x', conditions: ['a'], with: 'every-other', note: '', sources: [] },
      { id: 'y', conditions: ['c'], with: ['d'], note: '', sources: [] },
    ]);
    expect([...(index.get(0) ?? [])].sort()).toEqual([1, 2, 3]);
    expect([...(index.get(3) ?? [])].sort()).toEqual([0, 2]);
    expect([...(index.get(1) ?? [])]).toEqual([0]);
  });
});
