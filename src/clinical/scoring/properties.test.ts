import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { CONDITION_LIST } from '../knowledge-base/conditions.ts';
import { EXAM_ITEMS } from '../knowledge-base/exam-items.ts';
import { compareTreatments } from '../compare/compare-treatments.ts';
import { buildPlan } from '../plan/build-plan.ts';
import type { RecordedValue } from '../knowledge-base/types.ts';
import { assess, createAssessor } from './assess.ts';
import { REAL_KB } from './engine-kb.ts';
import { findingsOver } from './test-support/finding-arbitraries.ts';

/** Any valid set of findings: a random subset of exam items with random valid values. */
const findingsArb = findingsOver(EXAM_ITEMS, 40);

const settingArb = fc.constantFrom('general' as const, 'sports' as const);

// Facts set directly by one exam item, with an LR+ above 1 for some condition. Pain-map regions
// count too: ticking one changes no other region (only "pain map complete" reads the unticked
// ones as absent), so it is one finding like any other.
const binaryItems = EXAM_ITEMS.filter((i) => i.value.kind === 'test' || i.value.kind === 'yes-no');
const raisingEntries = CONDITION_LIST.flatMap((c) =>
  c.findings
    .filter((f) => f.lrPositive !== undefined && f.lrPositive > 1 && f.onlySide === undefined)
    .flatMap((f) => {
      const item = binaryItems.find((i) => i.id === f.fact);
      return item === undefined ? [] : [{ condition: c.id, item }];
    }),
);

describe('assessment properties', () => {
  it('keeps every probability in [0, 1]', () => {
    fc.assert(
      fc.property(findingsArb, settingArb, (findings, setting) => {
        for (const c of assess(findings, { setting }).differential) {
          expect(c.probability).toBeGreaterThanOrEqual(0);
          expect(c.probability).toBeLessThanOrEqual(1);
        }
      }),
      { numRuns: 300 },
    );
  });

  it('never lowers a condition on its own evidence when a finding with LR+ above 1 is recorded as present, nor its share when no competitor uses the finding', () => {
    const competitorsUsing = (item: string, condition: string): boolean =>
      CONDITION_LIST.some(
        (c) => c.id !== condition && !c.serious && c.findings.some((f) => f.fact === item),
      );
    fc.assert(
      fc.property(
        findingsArb,
        fc.constantFrom(...raisingEntries),
        settingArb,
        (base, entry, setting) => {
          // A pain-map region is compared on a map already in use, where an unticked region
          // reads as pain-free for benign causes (readFactForBenign): ticking the first region
          // also says where it does not hurt, which may rightly lower a condition.
          const mapInUse =
            entry.item.group === 'pain-location'
              ? { [entry.item.id === 'pain-groin' ? 'pain-hip' : 'pain-groin']: true }
              : {};
          const without = Object.fromEntries(
            Object.entries({ ...base, ...mapInUse }).filter(([id]) => id !== entry.item.id),
          );
          const present: RecordedValue = entry.item.value.kind === 'test' ? 'positive' : true;
          const withFinding = {
            ...without,
            [entry.item.id]: entry.item.sided ? { left: present, right: present } : present,
          };
          const find = (findings: typeof base) =>
            assess(findings, { setting }).differential.find((c) => c.id === entry.condition);
          const before = find(without);
          const after = find(withFinding);
          expect(after?.alone ?? 0).toBeGreaterThanOrEqual((before?.alone ?? 0) - 1e-12);
          if (!competitorsUsing(entry.item.id, entry.condition))
            expect(after?.probability ?? 0).toBeGreaterThanOrEqual(
              (before?.probability ?? 0) - 1e-12,
            );
        },
      ),
      { numRuns: 400 },
    );
  });

  it('gives the non-serious shares and another cause a sum of 1: at the priors always, after findings when nothing co-exists', () => {
    const rivalsOnly = createAssessor({ ...REAL_KB, coexisting: [] });
    const total = (a: ReturnType<typeof assess>, pick: 'prior' | 'probability'): number =>
      a.differential
        .filter((c) => c.competes)
        .reduce<number>((sum, c) => sum + c[pick], a.otherCause[pick]);
    fc.assert(
      fc.property(findingsArb, settingArb, (findings, setting) => {
        const a = assess(findings, { setting });
        expect(a.differential.every((c) => c.competes !== c.serious)).toBe(true);
        expect(total(a, 'prior')).toBeCloseTo(1, 9);
        expect(total(rivalsOnly(findings, { setting }), 'probability')).toBeCloseTo(1, 9);
      }),
      { numRuns: 200 },
    );
  });

  it('scores only the conditions the findings touch, with the same result as scoring all of them', () => {
    const scoreAll = createAssessor(REAL_KB, { scoreAll: true });
    // A third of the runs mark the pain map complete, which records every unticked region as
    // absent; a third say it is not.
    const withPainMapArb = fc
      .tuple(findingsArb, fc.constantFrom(undefined, true, false))
      .map(([findings, complete]) =>
        complete === undefined ? findings : { ...findings, 'pain-map-complete': complete },
      );
    fc.assert(
      fc.property(withPainMapArb, settingArb, (findings, setting) => {
        expect(assess(findings, { setting })).toEqual(scoreAll(findings, { setting }));
      }),
      { numRuns: 300 },
    );
  });

  it('gives the same output for the same input', () => {
    fc.assert(
      fc.property(findingsArb, settingArb, (findings, setting) => {
        expect(assess(findings, { setting })).toEqual(
          assess(structuredClone(findings), { setting }),
        );
      }),
      { numRuns: 100 },
    );
  });

  it('ignores invalid entries instead of feeding them to the assessment', () => {
    fc.assert(
      fc.property(findingsArb, settingArb, (findings, setting) => {
        const polluted = {
          ...findings,
          'hip-ir-rom': { left: 400, right: 'abc' },
          'pain-now': 11,
          'leg-length-difference': -2,
          'not-an-item': true,
        };
        const invalid = new Set(['hip-ir-rom', 'pain-now', 'leg-length-difference']);
        const clean = Object.fromEntries(
          Object.entries(findings).filter(([id]) => !invalid.has(id)),
        );
        expect(assess(polluted, { setting })).toEqual(assess(clean, { setting }));
      }),
      { numRuns: 100 },
    );
  });
});

describe('the draft plan and the comparison judge a treatment alike', () => {
  it('a drafted treatment is never marked contraindicated in a comparison, and one set apart always is', () => {
    fc.assert(
      fc.property(findingsArb, settingArb, (findings, setting) => {
        const assessment = assess(findings, { setting });
        const draft = buildPlan(assessment, findings, { today: '2026-03-03' });
        const drafted = draft.tiers.flatMap((t) => t.items.map((i) => i.treatmentId));
        const setApart = draft.excluded.map((e) => e.treatmentId);
        const rows = compareTreatments([...drafted, ...setApart], assessment, findings);
        const contraindicated = (id: string) =>
          rows.find((r) => r.treatmentId === id)?.contraindicated;
        for (const id of drafted) expect(contraindicated(id), id).toBe(false);
        for (const id of setApart) expect(contraindicated(id), id).toBe(true);
      }),
      { numRuns: 300 },
    );
  });
});
