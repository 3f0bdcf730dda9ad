import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { EXAM_ITEMS } from '../knowledge-base/exam-items.ts';
import { RED_FLAGS } from '../knowledge-base/red-flags.ts';
import type { RedFlagId } from '../knowledge-base/red-flags.ts';
import type { Findings, Predicate, RecordedValue } from '../knowledge-base/types.ts';
import { assess } from '../scoring/assess.ts';
import { factOnSide } from '../scoring/facts.ts';
import { evaluateRedFlags } from './evaluate-red-flags.ts';

const merge = (parts: readonly (Findings | undefined)[]): Findings =>
  parts.reduce<Findings>((acc, x) => ({ ...acc, ...x }), {});

/** Minimal findings that make one branch of a rule hold, built from the rule itself. */
function satisfy(p: Predicate): Findings | undefined {
  if ('fact' in p) {
    const item = EXAM_ITEMS.find((i) => i.id === p.fact);
    if (item === undefined || (item.value.kind !== 'test' && item.value.kind !== 'yes-no'))
      return undefined;
    const present: RecordedValue = item.value.kind === 'test' ? 'positive' : true;
    return { [p.fact]: item.sided ? { [p.side ?? 'right']: present } : present };
  }
  if ('all' in p) {
    const parts = p.all.map(satisfy);
    return parts.every((x) => x !== undefined) ? merge(parts) : undefined;
  }
  if ('any' in p) return p.any.map(satisfy).find((x) => x !== undefined);
  if ('of' in p) {
    const parts = p.of.map(satisfy).filter((x) => x !== undefined);
    return parts.length >= p.atLeast ? merge(parts.slice(0, p.atLeast)) : undefined;
  }
  return undefined;
}

const REQUIRED: Partial<Record<RedFlagId, Findings>> = {
  // Rules over derived findings need the numbers behind them.
  'fragility-fracture': { 'steroids-osteoporosis': true, age: 80 },
  'fall-older-adult': { trauma: true, age: 78, 'pain-groin': true, 'worse-walking': true },
  'child-limp': { age: 11, 'antalgic-gait': true },
  'apophyseal-avulsion': { age: 15, onset: 'sudden', 'apophysis-tender': { right: true } },
  'acute-abdomen': { onset: 'sudden', 'anorexia-vomiting': true, 'pain-groin': true },
  // Both sides of one sided item: satisfy() would record only the last side.
  'nerve-involvement': { 'sensation-l3': { left: true, right: true } },
};

const minimal = RED_FLAGS.map((flag) => ({
  flag,
  findings: REQUIRED[flag.id] ?? satisfy(flag.when),
}));

describe('red flags', () => {
  it('can be triggered, each from a minimal set of findings', () => {
    for (const { flag, findings } of minimal) {
      expect(findings, flag.id).toBeDefined();
      expect(
        evaluateRedFlags(findings ?? {}).map((f) => f.id),
        flag.id,
      ).toContain(flag.id);
    }
  });

  it('survive any other findings, whatever the differential says', () => {
    const itemArb = fc.constantFrom(
      ...EXAM_ITEMS.filter((i) => i.value.kind === 'test' || i.value.kind === 'yes-no'),
    );
    const extraArb = fc.array(fc.tuple(itemArb, fc.boolean()), { maxLength: 30 });
    for (const { flag, findings } of minimal) {
      fc.assert(
        fc.property(
          extraArb,
          fc.constantFrom('general' as const, 'sports' as const),
          (extras, setting) => {
            const combined: Record<string, RecordedValue> = {};
            for (const [item, on] of extras) {
              const v: RecordedValue =
                item.value.kind === 'test' ? (on ? 'positive' : 'negative') : on;
              combined[item.id] = item.sided ? { left: v, right: v } : v;
            }
            // The flag's own findings are kept as recorded; everything else is arbitrary.
            Object.assign(combined, findings);
            const result = assess(combined, { setting });
            expect(
              result.redFlags.map((f) => f.id),
              flag.id,
            ).toContain(flag.id);
          },
        ),
        { numRuns: 40 },
      );
    }
  });

  it('lists the findings that made each flag fire, most urgent flag first', () => {
    const result = evaluateRedFlags({ 'saddle-anaesthesia': true, 'weight-loss': true });
    expect(result.map((f) => f.id)).toEqual(['cauda-equina', 'systemic-features']);
    expect(result[0]?.because).toEqual([{ fact: 'saddle-anaesthesia' }]);
  });

  it('reads the psoas sign for appendicitis on the right side only', () => {
    const base = { 'pain-lower-abdomen': true };
    expect(
      evaluateRedFlags({ ...base, 'psoas-sign': { left: 'positive' } }).map((f) => f.id),
    ).not.toContain('appendicitis');
    expect(
      evaluateRedFlags({ ...base, 'psoas-sign': { right: 'positive' } }).map((f) => f.id),
    ).toContain('appendicitis');
    expect(factOnSide({ 'psoas-sign': { right: 'positive' } }, 'psoas-sign', 'right')).toBe(true);
  });
});
