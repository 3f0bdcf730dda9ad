import { describe, expect, it } from 'vitest';
import { DIAGNOSTIC_TEST_LIST } from './diagnostic-tests.ts';
import { EXAM_ITEMS } from './exam-items.ts';
import { SEED_ITEMS } from './seed-items.ts';
import { SEED_SOURCE, SOURCES } from './sources.ts';

const tests = DIAGNOSTIC_TEST_LIST;
const sourceIds = new Set<string>(Object.keys(SOURCES));
const norm = (s: string): string => s.trim().toLowerCase();
const wordings = (t: (typeof tests)[number]): readonly string[] => [t.name, ...t.aliases];
const seedTests = SEED_ITEMS.filter((item) => item.kind === 'diagnostic-test');
const targets = tests.flatMap((t) => t.targets.map((target) => ({ test: t.id, ...target })));

describe('seed coverage', () => {
  it('has diagnostic-test items to check', () => {
    expect(seedTests.length).toBeGreaterThan(0);
  });

  it.each(seedTests.map((s) => [s.wording, s.seed] as const))(
    'names "%s" (%s) in exactly one test, which cites that seed',
    (wording, seed) => {
      const matches = tests.filter((t) => wordings(t).some((w) => norm(w) === norm(wording)));
      expect(matches.map((t) => t.id)).toHaveLength(1);
      expect(matches[0]?.sources).toContain(SEED_SOURCE[seed]);
    },
  );
});

describe('catalogue integrity', () => {
  it('gives every test a unique id', () => {
    const ids = tests.map((t) => t.id);
    expect(new Set(ids).size).toBe(ids.length);
  });

  it('never uses one name or alias for two tests, or twice within one', () => {
    const seen = new Map<string, string>();
    const clashes: string[] = [];
    for (const t of tests) {
      for (const w of new Set(wordings(t).map(norm))) {
        const owner = seen.get(w);
        if (owner !== undefined) clashes.push(`"${w}" in ${owner} and ${t.id}`);
        seen.set(w, t.id);
      }
      expect(wordings(t).map(norm), t.id).toHaveLength(new Set(wordings(t).map(norm)).size);
    }
    expect(clashes).toEqual([]);
  });

  it('cites only known sources, at least one per test', () => {
    for (const t of tests) {
      expect(t.sources.length, t.id).toBeGreaterThan(0);
      for (const s of t.sources) expect(sourceIds.has(s), `${t.id}: ${s}`).toBe(true);
    }
  });

  it('fills purpose, orderedBy and accuracy', () => {
    for (const t of tests) {
      expect(t.purpose.length, t.id).toBeGreaterThan(10);
      expect(t.orderedBy.length, t.id).toBeGreaterThan(3);
      expect(t.accuracy.length, t.id).toBeGreaterThan(10);
    }
  });
});

describe('in-clinic tests', () => {
  const inClinic = tests.filter((t) => t.category === 'in-clinic');
  const examIds = new Set<string>(EXAM_ITEMS.map((item) => item.id));

  it('link to an existing exam item and carry no targets (their LRs live in the conditions)', () => {
    for (const t of inClinic) {
      expect(t.examItem, t.id).toBeDefined();
      expect(examIds.has(t.examItem ?? ''), `${t.id} → ${String(t.examItem)}`).toBe(true);
      expect(t.targets, t.id).toEqual([]);
      expect(t.bearsOn.length, t.id).toBeGreaterThan(0);
    }
  });

  it('link each exam item from one test at most, so a recorded result marks one test done', () => {
    const linked = inClinic.map((t) => t.examItem);
    expect(new Set(linked).size).toBe(linked.length);
  });

  it('cover every special test the exam can record', () => {
    const linked = new Set(inClinic.map((t) => t.examItem));
    const missing = EXAM_ITEMS.filter(
      (item) => item.value.kind === 'test' && !linked.has(item.id),
    ).map((item) => item.id);
    expect(missing).toEqual([]);
  });

  it('are free and non-invasive', () => {
    for (const t of inClinic) {
      expect(t.cost, t.id).toBe('free');
      expect(t.invasiveness, t.id).toBe(1);
    }
  });
});

describe('laboratory, imaging, electrodiagnostic and injection tests', () => {
  const others = tests.filter((t) => t.category !== 'in-clinic');

  it('have no exam item', () => {
    for (const t of others) expect(t.examItem, t.id).toBeUndefined();
  });

  it('score or show at least one condition, never the same one both ways', () => {
    for (const t of others) {
      const scored = t.targets.map((target) => target.condition);
      expect(scored.length + t.bearsOn.length, t.id).toBeGreaterThan(0);
      expect(new Set(scored).size, t.id).toBe(scored.length);
      expect(
        scored.filter((c) => t.bearsOn.includes(c)),
        t.id,
      ).toEqual([]);
    }
  });

  it.each([
    'radiograph-hip-pelvis',
    'mri-hip-pelvis',
    'mr-arthrography-hip',
    'mri-lumbar-spine',
    'mri-stress-fracture',
    'mri-cauda-equina',
    'ct-abdomen-pelvis-contrast',
    'ultrasound-hip-groin',
    'dynamic-ultrasound',
    'ultrasound-appendix',
    'needle-emg',
    'nerve-conduction-studies',
    'crp-esr-wbc',
    'fbc-inr',
    'blood-cultures',
    'rheumatology-serology',
    'intra-articular-hip-injection',
    'iliopsoas-bursa-injection',
    'lfcn-block',
    'sij-block',
  ])('lists the evidence pack investigation %s', (id) => {
    expect(tests.some((t) => t.id === id)).toBe(true);
  });
});

describe('likelihood ratios of the targets', () => {
  it('has scored targets to check', () => {
    expect(targets.length).toBeGreaterThan(0);
  });

  it.each(targets.map((t) => [t.test, t.condition, t] as const))(
    '%s → %s: finite, positive and pointing the right way',
    (_test, _condition, target) => {
      expect(target.lrPositive !== undefined || target.lrNegative !== undefined).toBe(true);
      if (target.lrPositive !== undefined) {
        expect(Number.isFinite(target.lrPositive)).toBe(true);
        expect(target.lrPositive).toBeGreaterThan(1);
      }
      if (target.lrNegative !== undefined) {
        expect(Number.isFinite(target.lrNegative)).toBe(true);
        expect(target.lrNegative).toBeGreaterThan(0);
        expect(target.lrNegative).toBeLessThan(1);
      }
    },
  );

  it.each(targets.map((t) => [t.test, t.condition, t] as const))(
    '%s → %s: states its provenance with a known source',
    (_test, _condition, target) => {
      const { provenance } = target;
      expect(provenance.sources.length).toBeGreaterThan(0);
      for (const s of provenance.sources) expect(sourceIds.has(s), s).toBe(true);
      expect(provenance.note ?? '').not.toBe('');
      if (provenance.kind === 'expert-estimate') {
        // The interface labels the kind "Expert estimate"; the note gives the reasoning.
        expect(provenance.sources).toContain('team');
        expect((provenance.note ?? '').length).toBeGreaterThan(20);
      }
    },
  );

  it('recomputes every LR derived from Sn/Sp from the figures in its note', () => {
    const derived = targets.filter(
      (t) => t.provenance.kind === 'computed' || (t.provenance.note ?? '').startsWith('From Sn '),
    );
    expect(derived.length).toBeGreaterThan(0);
    for (const t of derived) {
      const m = /Sn ([\d.]+), Sp ([\d.]+)/.exec(t.provenance.note ?? '');
      expect(m, `${t.test} → ${t.condition}`).not.toBeNull();
      const sn = Number(m?.[1]);
      const sp = Number(m?.[2]);
      expect(t.lrPositive, `${t.test} → ${t.condition}`).toBeCloseTo(sn / (1 - sp), 2);
      expect(t.lrNegative, `${t.test} → ${t.condition}`).toBeCloseTo((1 - sn) / sp, 2);
    }
  });
});
