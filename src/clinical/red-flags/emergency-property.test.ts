import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { EXAM_ITEMS } from '../knowledge-base/exam-items.ts';
import { RED_FLAG_FINDINGS, RED_FLAGS } from '../knowledge-base/red-flags.ts';
import type { ExamItemDef, RecordedValue } from '../knowledge-base/types.ts';
import { assess } from '../scoring/assess.ts';
import { factsOf } from '../scoring/predicate.ts';
import { findingsOver } from '../scoring/test-support/finding-arbitraries.ts';

// ─── Property: an emergency needs a red-flag finding ────────────────────────────────────────────

const RED = new Set<string>(RED_FLAG_FINDINGS);
const OTHER_ITEMS = EXAM_ITEMS.filter((item: ExamItemDef) => !RED.has(item.id));

const findingsArb = findingsOver(OTHER_ITEMS, 60);

describe('emergencies', () => {
  it('every emergency rule needs at least one red-flag finding (checked on the rule itself)', () => {
    // Rules are monotone: recording every other finding as present is the strongest attempt.
    const everythingElse: Record<string, RecordedValue> = {};
    for (const item of OTHER_ITEMS) {
      const present =
        item.value.kind === 'test' ? 'positive' : item.value.kind === 'yes-no' ? true : undefined;
      if (present !== undefined)
        everythingElse[item.id] = item.sided ? { left: present, right: present } : present;
    }
    for (const age of [3, 15, 40, 85])
      for (const sex of ['female', 'male'])
        for (const onset of ['sudden', 'gradual'])
          expect(
            assess(
              { ...everythingElse, age, sex, onset, 'pain-worst': 10, 'weeks-pregnant': 10 },
              { setting: 'general' },
            ).redFlags.filter((f) => f.urgency === 'emergency'),
          ).toEqual([]);
    for (const flag of RED_FLAGS.filter((f) => f.urgency === 'emergency'))
      expect(
        factsOf(flag.when).some((fact) => RED.has(fact)),
        flag.id,
      ).toBe(true);
  });

  it('no set of findings without a red-flag finding raises an emergency flag', () => {
    fc.assert(
      fc.property(
        findingsArb,
        fc.constantFrom('general' as const, 'sports' as const),
        (findings, setting) => {
          const emergencies = assess(findings, { setting }).redFlags.filter(
            (f) => f.urgency === 'emergency',
          );
          expect(emergencies.map((f) => f.id)).toEqual([]);
        },
      ),
      { numRuns: 150 },
    );
  });
});
