import { describe, expect, it } from 'vitest';
import {
  ADVICE,
  CLUSTERS,
  CONDITION_LIST,
  CONTRIBUTING_FACTORS,
  DERIVED_FINDINGS,
  DIAGNOSTIC_TEST_LIST,
  EXAM_ITEMS,
  PRESENTATION_TYPES,
  RED_FLAGS,
  REFERENCE_NOTES,
  SOURCES,
  TREATMENT_LIST,
} from '../../../clinical/index.ts';
import { LIBRARY_KINDS, parseLibrarySearch, type LibraryKind } from '../library-kinds';
import { CATALOGUE, catalogueEntry, catalogueOf } from './catalogue';
import { entriesCiting, sourcesCitedBy } from './cited-by';
import { describeRule } from './format';
import { factKind, findRecord } from './records';
import {
  conditionsInformedBy,
  predicateFacts,
  rulesReading,
  testsForCondition,
  treatmentsForCondition,
} from './relations';

/** Every id the knowledge base holds, by the Library kind that shows it. */
const KB_IDS: Readonly<Record<LibraryKind, readonly string[]>> = {
  conditions: CONDITION_LIST.map((x) => x.id),
  'exam-items': EXAM_ITEMS.map((x) => x.id),
  tests: DIAGNOSTIC_TEST_LIST.map((x) => x.id),
  treatments: TREATMENT_LIST.map((x) => x.id),
  'red-flags': RED_FLAGS.map((x) => x.id),
  findings: DERIVED_FINDINGS.map((x) => x.id),
  clusters: CLUSTERS.map((x) => x.id),
  factors: CONTRIBUTING_FACTORS.map((x) => x.id),
  presentations: PRESENTATION_TYPES.map((x) => x.id),
  advice: ADVICE.map((x) => x.id),
  notes: REFERENCE_NOTES.map((x) => x.id),
  sources: Object.keys(SOURCES),
};

describe('the Library catalogue', () => {
  it('has an entry, with a name, for every id in every knowledge-base list', () => {
    for (const kind of LIBRARY_KINDS) {
      expect(catalogueOf(kind).map((e) => e.id)).toEqual(KB_IDS[kind]);
      for (const id of KB_IDS[kind]) {
        expect(findRecord(kind, id), `${kind}/${id}`).toBeDefined();
        expect(catalogueEntry(kind, id)?.name.trim(), `${kind}/${id}`).not.toBe('');
      }
    }
    expect(CATALOGUE).toHaveLength(Object.values(KB_IDS).reduce((n, ids) => n + ids.length, 0));
  });

  it('finds nothing for an unknown id, rather than a wrong entry', () => {
    expect(findRecord('conditions', 'no-such-condition')).toBeUndefined();
    expect(catalogueEntry('tests', 'hip-oa')).toBeUndefined();
  });

  it('resolves every finding, condition and source an entry refers to', () => {
    for (const condition of CONDITION_LIST)
      for (const f of condition.findings) expect(factKind(f.fact), f.fact).toBeDefined();
    for (const flag of RED_FLAGS)
      for (const fact of predicateFacts(flag.when)) expect(factKind(fact), fact).toBeDefined();
    for (const t of TREATMENT_LIST)
      for (const id of [...t.indications, ...t.avoidIn.map((a) => a.condition)])
        expect(findRecord('conditions', id), id).toBeDefined();
    for (const kind of LIBRARY_KINDS)
      for (const id of KB_IDS[kind])
        for (const source of sourcesCitedBy(kind, id))
          expect(findRecord('sources', source), `${kind}/${id} cites ${source}`).toBeDefined();
  });

  it('lists what cites a source, including citations on single figures', () => {
    const citing = entriesCiting('holmich2007').map((e) => `${e.kind}/${e.id}`);
    // Cited by the sports prior of iliopsoas tendinopathy, not only in an entry's source list.
    expect(citing).toContain('conditions/iliopsoas-tendinopathy');
    expect(citing).toContain('exam-items/kicking-sport');
    expect(entriesCiting('no-such-source')).toEqual([]);
  });
});

describe('links between entries', () => {
  it('gives a condition its tests, scored and bearing, and its treatments by fit', () => {
    const oa = testsForCondition('hip-oa');
    expect(oa.scored.map((s) => s.test.id)).toContain('intra-articular-hip-injection');
    expect(oa.scored.every((s) => s.target.condition === 'hip-oa')).toBe(true);
    const treatments = treatmentsForCondition('iliopsoas-tendinopathy');
    expect(treatments.indicated.length).toBeGreaterThan(0);
    expect(
      treatments.indicated.every((t) =>
        (t.indications as readonly string[]).includes('iliopsoas-tendinopathy'),
      ),
    ).toBe(true);
  });

  it('gives a finding the conditions it informs, with the LR and its provenance', () => {
    const informed = conditionsInformedBy('thomas-test');
    const spasm = informed.find((i) => i.condition.id === 'iliopsoas-spasm');
    expect(spasm?.lr.lrPositive).toBe(1.5);
    expect(spasm?.lr.provenance.kind).toBe('expert-estimate');
    expect(rulesReading('fever').redFlags.map((f) => f.id)).toContain('psoas-abscess');
    expect(rulesReading('hip-ir-rom').derived.map((d) => d.id)).toContain('hip-ir-below-15');
  });

  it('says a derived finding’s threshold with its unit', () => {
    const ir = findRecord('findings', 'hip-ir-below-15');
    expect(ir && describeRule(ir.rule)).toBe('Hip internal rotation below 15°');
  });
});

describe('parseLibrarySearch', () => {
  it('keeps a query and a known kind, and drops anything else', () => {
    expect(parseLibrarySearch({ q: 'thomas', kind: 'tests' })).toEqual({
      q: 'thomas',
      kind: 'tests',
    });
    expect(parseLibrarySearch({ q: '  ', kind: 'spells' })).toEqual({});
    expect(parseLibrarySearch({ q: 123 })).toEqual({ q: '123' });
    expect(parseLibrarySearch({ q: ['a'] })).toEqual({});
  });
});
