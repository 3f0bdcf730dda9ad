import { describe, expect, it } from 'vitest';
import { EXAM_ITEMS } from '../../clinical/index.ts';
import type { ExamSection } from '../../clinical/index.ts';
import { toFindings } from '../../data/visits/findings-form';
import type { ExamLayoutSection } from './print-vocabulary';
import { recordedFindings, type FindingWords } from './record-findings';

/** One section per exam section with every item on its own: enough layout for these checks. */
function sections(ids: readonly ExamSection[]): ExamLayoutSection[] {
  const top = EXAM_ITEMS.filter((i) => i.detailOf === undefined);
  return ids.map((id) => ({
    id,
    title: id,
    blocks: top
      .filter((i) => i.section === id)
      .map((item) => ({
        kind: 'item' as const,
        entry: { item, details: EXAM_ITEMS.filter((d) => d.detailOf === item.id) },
      })),
  }));
}

const vocabulary: FindingWords = {
  examSections: sections(['history', 'pain', 'range-of-motion', 'special-tests']),
  result: { positive: 'Positive', negative: 'Negative', 'not-tested': 'Not tested' },
};

describe('recordedFindings', () => {
  it('prints only what was recorded, with units, sides right then left, and invalid entries as typed', () => {
    const stored = {
      age: '29',
      onset: 'gradual',
      'pain-now': '6',
      'hip-ir-rom': { left: '25', right: '400' },
      'thomas-test': { right: 'positive', left: 'negative' },
      'thomas-hip-angle': { right: '10', left: '5' },
    };
    const { invalidFields } = toFindings(stored);
    const printed = recordedFindings(stored, invalidFields, vocabulary);
    const rows = printed.flatMap((s) => s.groups.flatMap((g) => g.rows));
    const row = (id: string) => rows.find((r) => r.id === id)?.values;
    expect(row('age')).toEqual([{ text: '29 years', invalid: false }]);
    expect(row('onset')?.[0]?.text).toBe('Gradual');
    expect(row('pain-now')).toEqual([{ text: '6/10', invalid: false }]);
    expect(row('hip-ir-rom')).toEqual([
      { side: 'right', text: '400°', invalid: true },
      { side: 'left', text: '25°', invalid: false },
    ]);
    expect(row('thomas-test')).toEqual([
      { side: 'right', text: 'Positive', invalid: false },
      { side: 'left', text: 'Negative', invalid: false },
    ]);
    // The angle typed on the left belongs to a negative test: it is not part of the record.
    expect(row('thomas-hip-angle')).toEqual([{ side: 'right', text: '10°', invalid: false }]);
    expect(rows.some((r) => r.id === 'fever')).toBe(false);
  });

  it('leaves out sections with nothing recorded', () => {
    expect(recordedFindings({}, [], vocabulary)).toEqual([]);
  });
});
