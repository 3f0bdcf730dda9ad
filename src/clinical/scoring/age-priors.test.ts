import { describe, expect, it } from 'vitest';
import { runAssessment as run } from './test-support/run-assessment.ts';

/**
 * Priors that depend on age (and sex): each band applies where it should, and the same findings
 * at an age outside it do not.
 */
describe('age bands of existing conditions', () => {
  it('keeps hip fracture under Not yet excluded at 80 after a fall, not at 62 with no fall recorded', () => {
    const older = run({ age: 80, trauma: true, 'pain-groin': true });
    expect(older.condition('hip-fracture').priorBand).toBe('age 65 or over');
    expect(older.assessment.notYetExcluded.map((c) => c.id)).toContain('hip-fracture');
    const middle = run({ age: 62, 'pain-groin': true });
    expect(middle.condition('hip-fracture').priorBand).toBe('age 50–64');
    expect(middle.assessment.notYetExcluded.map((c) => c.id)).not.toContain('hip-fracture');
  });

  it("gives adult conditions a child's prior under 16, and the share they give up to another cause", () => {
    const lateralHip = {
      'pain-lateral-thigh': true,
      'greater-trochanter-tender': { right: true },
      'trendelenburg-test': { right: 'positive' },
      'symptomatic-side': 'right',
    } as const;
    const child = run({ ...lateralHip, age: 12 });
    expect(child.condition('gluteal-tendinopathy').priorBand).toBe('age under 16');
    const adult = run({ ...lateralHip, age: 58 });
    expect(adult.condition('gluteal-tendinopathy').priorBand).toBeUndefined();
    expect(adult.assessment.differential[0]?.id).toBe('gluteal-tendinopathy');
    expect(child.condition('gluteal-tendinopathy').probability).toBeLessThan(
      adult.condition('gluteal-tendinopathy').probability / 3,
    );
    // The share taken from adult causes goes to another cause, not to the other listed ones.
    expect(run({ age: 12 }).assessment.otherCause.prior).toBeGreaterThan(
      run({ age: 58 }).assessment.otherCause.prior,
    );
  });

  it('does not rank hip osteoarthritis for a limping child, but still does at 67', () => {
    const child = run({
      age: 10,
      'antalgic-gait': true,
      'pain-hip': true,
      'hip-ir-rom': { right: 10 },
    });
    expect(child.condition('hip-oa').priorBand).toBe('age under 16');
    expect(child.condition('hip-oa').probability).toBeLessThan(0.01);
    const adult = run({
      age: 67,
      'antalgic-gait': true,
      'pain-hip': true,
      'hip-ir-rom': { right: 10 },
    });
    expect(adult.condition('hip-oa').priorBand).toBe('age 65 or over');
    expect(adult.assessment.differential[0]?.id).toBe('hip-oa');
  });
});
