import { describe, expect, it } from 'vitest';
import { assess, createAssessor } from './assess.ts';
import { dontMissKb } from './dont-miss-fixture.ts';
import type { FixturePriors } from './dont-miss-fixture.ts';
import {
  DEFAULT_DONT_MISS_ACTION,
  DONT_MISS_THRESHOLD,
  DONT_MISS_THRESHOLD_TEXT,
  NO_SINGLE_RULE_OUT,
} from './not-yet-excluded.ts';

const GENERAL = { setting: 'general' } as const;

function assessWith(priors: FixturePriors, findings: Readonly<Record<string, unknown>> = {}) {
  return createAssessor(dontMissKb(priors))(findings, GENERAL);
}

const ids = (a: { readonly notYetExcluded: readonly { readonly id: string }[] }): string[] =>
  a.notYetExcluded.map((c) => c.id);

describe('not yet excluded', () => {
  it('states a low threshold', () => {
    expect(DONT_MISS_THRESHOLD).toBe(0.005);
    expect(DONT_MISS_THRESHOLD_TEXT).toBe('0.5%');
  });

  it('lists a serious condition just above the threshold even when it ranks last', () => {
    const a = assessWith({ danger: DONT_MISS_THRESHOLD * 1.02, quietDanger: 0.2, noRuleOut: 0.1 });
    expect(a.differential.at(-1)?.id).toBe('danger');
    expect(ids(a)).toEqual(['quiet-danger', 'no-rule-out', 'danger']);
    expect(a.notYetExcluded.find((c) => c.id === 'danger')).toMatchObject({
      name: 'Danger',
      redFlagged: false,
      aboveThreshold: true,
      action: 'Stop running and refer for imaging.',
    });
  });

  it('does not list one just below the threshold unless a red flag suspects it', () => {
    const below = DONT_MISS_THRESHOLD * 0.98;
    expect(ids(assessWith({ danger: below, quietDanger: below }))).toEqual([]);
    const flagged = assessWith({ danger: below, quietDanger: below }, { 'flag-finding': true });
    expect(ids(flagged)).toEqual(['quiet-danger']);
    expect(flagged.notYetExcluded[0]).toMatchObject({ redFlagged: true, aboveThreshold: false });
  });

  it('lists red-flagged conditions first, then by probability', () => {
    const a = assessWith({ danger: 0.02, noRuleOut: 0.01 }, { 'flag-finding': true });
    expect(ids(a)).toEqual(['quiet-danger', 'danger', 'no-rule-out']);
  });

  it('never lists a benign condition, however likely', () => {
    const a = assessWith({ danger: 0.0001 }, { 'separating-test': 'positive' });
    expect(a.differential[0]?.id).toBe('benign-a');
    expect(a.differential[0]?.probability).toBeGreaterThan(0.5);
    expect(ids(a)).toEqual([]);
  });

  it('falls back to a generic action when the condition has none', () => {
    const a = assessWith({ danger: 0.0001, noRuleOut: 0.01 });
    expect(a.notYetExcluded[0]?.action).toBe(DEFAULT_DONT_MISS_ACTION);
  });

  it('rules out with the smallest LR− among unrecorded findings and tests', () => {
    const a = assessWith({ danger: 0.02 });
    // Hop test LR− 0.04 beats the scan (0.05) and pain with impact (0.4).
    expect(a.notYetExcluded[0]?.ruleOut).toMatchObject({
      kind: 'finding',
      fact: 'hop-test',
      examItem: 'hop-test',
      label: 'Hop test',
      result: 'negative',
      lrNegative: 0.04,
      provenance: 'published',
      excludes: true,
    });
  });

  it('skips a finding already recorded and falls to the next best, a test', () => {
    const a = assessWith({ danger: 0.02 }, { 'hop-test': 'positive' });
    const ruleOut = a.notYetExcluded[0]?.ruleOut;
    expect(ruleOut).toMatchObject({
      kind: 'test',
      test: 'scan',
      label: 'Scan',
      lrNegative: 0.05,
      provenance: 'expert-estimate',
      category: 'imaging',
      invasiveness: 2,
      cost: 'high',
    });
    // Hop test positive (LR+ 4) takes 2% to 7.5%; a negative scan then leaves about 0.4%.
    expect(ruleOut?.kind === 'test' && ruleOut.ifNegative).toBeCloseTo(0.0041, 4);
  });

  it('says when a negative result alone would not take it below the threshold', () => {
    const a = assessWith({ danger: 0.3 }, { 'hop-test': 'positive' });
    const ruleOut = a.notYetExcluded[0]?.ruleOut;
    expect(ruleOut?.kind).toBe('test');
    expect(ruleOut !== undefined && ruleOut.kind !== 'none' && ruleOut.excludes).toBe(false);
  });

  it('prefers a test to a weaker finding', () => {
    const open = assessWith({ danger: 0.0001, quietDanger: 0.01, noRuleOut: 0.01 });
    // The blood test (LR− 0.3) beats the quiet sign's absence (LR− 0.5).
    expect(open.notYetExcluded.find((c) => c.id === 'quiet-danger')?.ruleOut).toMatchObject({
      kind: 'test',
      test: 'blood',
      lrNegative: 0.3,
    });
  });

  it('says so when no single finding or test rules it out', () => {
    const a = assessWith({ danger: 0.0001, noRuleOut: 0.01 });
    expect(a.notYetExcluded[0]?.ruleOut).toEqual({ kind: 'none', label: NO_SINGLE_RULE_OUT });
    expect(NO_SINGLE_RULE_OUT).toBe('No single finding rules it out');
  });

  it('on the real knowledge base lists exactly the serious conditions at the threshold or red-flagged', () => {
    const cases = [
      {},
      { fever: true, 'hip-held-flexed': true, 'pain-groin': true, 'symptomatic-side': 'right' },
      { age: 24, 'pain-groin': true, 'endurance-or-military': true, 'worse-impact': true },
    ];
    for (const findings of cases)
      for (const setting of ['general', 'sports'] as const) {
        const a = assess(findings, { setting });
        const expected = a.differential
          .filter((c) => c.serious && (c.probability >= DONT_MISS_THRESHOLD || c.redFlagged))
          .map((c) => c.id)
          .sort();
        expect([...ids(a)].sort()).toEqual(expected);
        for (const entry of a.notYetExcluded) {
          expect(entry.action.length).toBeGreaterThan(0);
          if (entry.ruleOut.kind !== 'none') expect(entry.ruleOut.lrNegative).toBeLessThan(1);
        }
      }
  });
});
