import { describe, expect, it } from 'vitest';
import { evaluate } from './predicate.ts';
import { readFact } from './facts.ts';

describe('three-valued rules', () => {
  it('is unknown until the findings decide, and true or false once they do', () => {
    const rule = {
      all: [{ fact: 'fever' }, { any: [{ fact: 'psoas-sign' }, { fact: 'hip-held-flexed' }] }],
    } as const;
    expect(evaluate(rule, {}).value).toBeUndefined();
    expect(evaluate(rule, { fever: false }).value).toBe(false);
    expect(evaluate(rule, { fever: true }).value).toBeUndefined();
    expect(evaluate(rule, { fever: true, 'hip-held-flexed': true }).value).toBe(true);
    expect(
      evaluate(rule, {
        fever: true,
        'hip-held-flexed': false,
        'psoas-sign': { left: 'negative', right: 'negative' },
      }).value,
    ).toBe(false);
  });

  it('counts "at least n of" as false only when too few can still hold', () => {
    const rule = {
      atLeast: 2,
      of: [{ fact: 'fever' }, { fact: 'weight-loss' }, { fact: 'night-pain-unrelieved' }],
    } as const;
    expect(evaluate(rule, { fever: false }).value).toBeUndefined();
    expect(evaluate(rule, { fever: false, 'weight-loss': false }).value).toBe(false);
    expect(
      evaluate(rule, { fever: true, 'weight-loss': true }).witnesses.map((w) => w.fact),
    ).toEqual(['fever', 'weight-loss']);
  });
});

describe('reading facts', () => {
  it('counts sided findings on the symptomatic side only', () => {
    const findings = {
      'symptomatic-side': 'left',
      faber: { left: 'negative', right: 'positive' },
    } as const;
    expect(readFact(findings, 'faber')).toEqual({ value: false, side: 'left' });
    expect(readFact({ ...findings, 'symptomatic-side': 'both' }, 'faber')).toEqual({
      value: true,
      side: 'right',
    });
  });

  it('derives facts from numbers with their thresholds', () => {
    expect(readFact({ 'hip-ir-rom': { right: 14 } }, 'hip-ir-below-15').value).toBe(true);
    expect(readFact({ 'hip-ir-rom': { right: 15 } }, 'hip-ir-below-15').value).toBe(false);
    expect(readFact({ 'thomas-hip-angle': { left: 5 } }, 'hip-extension-deficit')).toEqual({
      value: true,
      side: 'left',
    });
    expect(
      readFact({ 'hip-ir-rom': { left: 20, right: 35 } }, 'hip-ir-side-difference').value,
    ).toBe(true);
  });

  it('reads an unticked pain-map region as absent only on a map marked complete', () => {
    expect(readFact({}, 'pain-groin').value).toBeUndefined();
    expect(readFact({ 'pain-hip': true }, 'pain-groin').value).toBeUndefined();
    expect(readFact({ 'pain-hip': true, 'pain-map-complete': true }, 'pain-groin')).toEqual({
      value: false,
      inferred: 'not ticked on a pain map marked complete',
    });
    expect(readFact({ 'pain-groin': false }, 'pain-groin')).toEqual({ value: false });
  });

  it('needs the detail of a positive FABER to say where the pain was', () => {
    expect(readFact({ faber: { right: 'positive' } }, 'faber-groin').value).toBeUndefined();
    expect(
      readFact(
        { faber: { right: 'positive' }, 'faber-pain-location': { right: 'groin' } },
        'faber-groin',
      ).value,
    ).toBe(true);
    expect(readFact({ faber: { right: 'negative' } }, 'faber-groin').value).toBe(false);
  });
});

describe('data sufficiency', () => {
  it('counts a pain map as one finding, however many regions it rules out', async () => {
    const { assess } = await import('./assess.ts');
    const complete = { 'pain-groin': true, 'pain-map-complete': true };
    expect(assess(complete, { setting: 'general' }).sufficiency.informative).toBe(1);
    expect(
      assess({ 'pain-groin': true, 'pain-hip': true }, { setting: 'general' }).sufficiency
        .informative,
    ).toBe(1);
    const enough = assess(
      {
        ...complete,
        fever: false,
        'kicking-sport': true,
        'adductor-origin-tender': { right: false },
      },
      { setting: 'general' },
    );
    expect(enough.sufficiency).toMatchObject({ informative: 4, enough: true });
  });
});
