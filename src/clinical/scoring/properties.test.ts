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

  it('never lowers a condition when a finding with LR+ above 1 is recorded as present', () => {
    fc.assert(
      fc.property(
        findingsArb,
        fc.constantFrom(...raisingEntries),
        settingArb,
        (base, entry, setting) => {
          const without = Object.fromEntries(
            Object.entries(base).filter(([id]) => id !== entry.item.id),
          );
          const present: RecordedValue = entry.item.value.kind === 'test' ? 'positive' : true;
          const withFinding = {
            ...without,
            [entry.item.id]: entry.item.sided ? { left: present, right: present } : present,
          };
          const before =
            assess(without, { setting }).differential.find((c) => c.id === entry.condition)
              ?.probability ?? 0;
          const after =
            assess(withFinding, { setting }).differential.find((c) => c.id === entry.condition)
              ?.probability ?? 0;
          expect(after).toBeGreaterThanOrEqual(before - 1e-12);
        },
      ),
      { numRuns: 400 },
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
