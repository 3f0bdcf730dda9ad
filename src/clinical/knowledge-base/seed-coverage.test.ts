import { describe, expect, it } from 'vitest';
import { ADVICE } from './advice.ts';
import { CONDITION_LIST } from './conditions.ts';
import { CONTRIBUTING_FACTORS } from './contributing-factors.ts';
import { DIAGNOSTIC_TEST_LIST } from './diagnostic-tests.ts';
import { EXAM_ITEMS } from './exam-items.ts';
import { PRESENTATION_TYPES } from './presentation-types.ts';
import { RED_FLAGS } from './red-flags.ts';
import { REFERENCE_NOTES } from './reference-notes.ts';
import { SEED_ITEMS } from './seed-items.ts';
import { SEED_SOURCE } from './sources.ts';
import { TREATMENT_LIST } from './treatment-list.ts';

interface Named {
  readonly kind: string;
  readonly id: string;
  readonly names: readonly string[];
  readonly sources: readonly string[];
}

const normalise = (s: string): string => s.trim().toLowerCase().replace(/\s+/g, ' ');

const ENTRIES: readonly Named[] = [
  ...EXAM_ITEMS.map((x) => ({ kind: 'exam item', id: x.id, names: [x.label, ...x.aliases], sources: x.sources })),
  ...CONDITION_LIST.map((x) => ({ kind: 'condition', id: x.id, names: [x.name, ...x.aliases], sources: x.sources })),
  ...RED_FLAGS.map((x) => ({ kind: 'red flag', id: x.id, names: [x.name, ...x.aliases], sources: x.sources })),
  ...DIAGNOSTIC_TEST_LIST.map((x) => ({ kind: 'diagnostic test', id: x.id, names: [x.name, ...x.aliases], sources: x.sources })),
  ...TREATMENT_LIST.map((x) => ({ kind: 'treatment', id: x.id, names: [x.name, ...x.aliases], sources: x.sources })),
  ...CONTRIBUTING_FACTORS.map((x) => ({ kind: 'contributing factor', id: x.id, names: [x.name, ...x.aliases], sources: x.sources })),
  ...PRESENTATION_TYPES.map((x) => ({ kind: 'presentation type', id: x.id, names: [x.name, ...x.aliases], sources: x.sources })),
  ...ADVICE.map((x) => ({ kind: 'advice', id: x.id, names: [x.name, ...x.aliases], sources: x.sources })),
  ...REFERENCE_NOTES.map((x) => ({ kind: 'reference note', id: x.id, names: [x.name, ...x.aliases], sources: x.sources })),
];

describe('seed coverage', () => {
  it('has every named item of every seed list in the knowledge base under its own wording, citing its seed', () => {
    const missing = SEED_ITEMS.filter((item) => {
      const source = SEED_SOURCE[item.seed];
      const wording = normalise(item.wording);
      return !ENTRIES.some((e) => e.sources.includes(source) && e.names.some((n) => normalise(n) === wording));
    }).map((item) => `${item.seed} [${item.kind}] ${item.wording}`);
    expect(missing).toEqual([]);
  });

  it('reads all five seed documents', () => {
    expect(new Set(SEED_ITEMS.map((i) => i.seed)).size).toBe(5);
    expect(SEED_ITEMS.length).toBeGreaterThan(500);
  });
});
