import { describe, expect, it } from 'vitest';
import { factsOf } from '../scoring/predicate.ts';
import { ADVICE } from './advice.ts';
import { CLUSTERS } from './clusters.ts';
import { CONDITION_LIST } from './conditions.ts';
import { CONTRIBUTING_FACTORS } from './contributing-factors.ts';
import { DERIVED_FINDINGS } from './derived-findings.ts';
import { DIAGNOSTIC_TEST_LIST } from './diagnostic-tests.ts';
import { EXAM_ITEMS } from './exam-items.ts';
import { PRESENTATION_TYPES } from './presentation-types.ts';
import { RED_FLAGS } from './red-flags.ts';
import { REFERENCE_NOTES } from './reference-notes.ts';
import { SOURCES } from './sources.ts';
import { TREATMENT_LIST } from './treatment-list.ts';
import { TREATMENT_TAGS } from './treatments.ts';
import type { Predicate, Provenance } from './types.ts';

const itemById = new Map<string, (typeof EXAM_ITEMS)[number]>(EXAM_ITEMS.map((i) => [i.id, i]));
const derivedIds = new Set<string>(DERIVED_FINDINGS.map((d) => d.id));
const conditionIds = new Set<string>(CONDITION_LIST.map((c) => c.id));
const treatmentIds = new Set<string>(TREATMENT_LIST.map((t) => t.id));
const sourceKind = (id: string): string | undefined => (id in SOURCES ? SOURCES[id as keyof typeof SOURCES].kind : undefined);

/** A fact is an exam item recorded as present/absent, or a derived finding. */
function isFact(id: string): boolean {
  const item = itemById.get(id);
  return derivedIds.has(id) || (item !== undefined && (item.value.kind === 'test' || item.value.kind === 'yes-no'));
}

const duplicates = (ids: readonly string[]): string[] => ids.filter((id, i) => ids.indexOf(id) !== i);

function checkProvenance(where: string, p: Provenance): string[] {
  const problems: string[] = [];
  if (p.sources.length === 0) problems.push(`${where}: no source`);
  for (const s of p.sources) if (sourceKind(s) === undefined) problems.push(`${where}: unknown source ${s}`);
  // The kind says "expert estimate" in the interface; the note must say what it rests on.
  if (p.kind === 'expert-estimate' && (p.note ?? '').trim().length < 10) problems.push(`${where}: an estimate must say what it rests on`);
  if ((p.kind === 'published' || p.kind === 'computed') && p.sources.every((s) => sourceKind(s) === 'team')) problems.push(`${where}: published figure cites only the team`);
  if ((p.kind === 'published' || p.kind === 'computed') && p.sources.every((s) => sourceKind(s) === 'secondary')) problems.push(`${where}: a figure from a secondary source must be marked secondary`);
  return problems;
}

describe('knowledge-base integrity', () => {
  it('has unique ids within each kind', () => {
    for (const list of [EXAM_ITEMS, DERIVED_FINDINGS, CONDITION_LIST, CLUSTERS, RED_FLAGS, DIAGNOSTIC_TEST_LIST, TREATMENT_LIST, CONTRIBUTING_FACTORS, PRESENTATION_TYPES, ADVICE, REFERENCE_NOTES]) {
      expect(duplicates(list.map((x) => x.id))).toEqual([]);
    }
    expect(duplicates([...EXAM_ITEMS.map((i) => i.id), ...DERIVED_FINDINGS.map((d) => d.id)])).toEqual([]);
  });

  it('gives every exam item a consistent range and resolvable details', () => {
    for (const item of EXAM_ITEMS) {
      expect(item.sources.length, item.id).toBeGreaterThan(0);
      if (item.value.kind === 'number') {
        expect(item.value.min, item.id).toBeLessThan(item.value.max);
        if ('normal' in item.value) {
          expect(item.value.normal[0], item.id).toBeGreaterThanOrEqual(item.value.min);
          expect(item.value.normal[1], item.id).toBeLessThanOrEqual(item.value.max);
        }
      }
      if ('detailOf' in item) expect(itemById.get(item.detailOf)?.value.kind, item.id).toBe('test');
    }
  });

  it('derives findings only from items of the right kind', () => {
    for (const d of DERIVED_FINDINGS) {
      const item = itemById.get(d.rule.item);
      expect(item, d.id).toBeDefined();
      const expected = d.rule.kind === 'one-of' ? 'choice' : d.rule.kind === 'positive-with' ? 'test' : 'number';
      expect(item?.value.kind, d.id).toBe(expected);
      for (const from of d.from) expect(itemById.has(from), `${d.id} reads ${from}`).toBe(true);
    }
  });

  it('gives every condition priors in (0, 1), positive finite LRs, resolvable facts and sources', () => {
    const problems: string[] = [];
    for (const c of CONDITION_LIST) {
      if (c.sources.length === 0) problems.push(`${c.id}: no sources`);
      for (const setting of ['general', 'sports'] as const) {
        const prior = c.priors[setting];
        if (!(prior.probability > 0 && prior.probability < 1)) problems.push(`${c.id} ${setting}: prior out of (0, 1)`);
        problems.push(...checkProvenance(`${c.id} prior ${setting}`, prior.provenance));
      }
      for (const f of c.findings) {
        if (!isFact(f.fact)) problems.push(`${c.id}: ${f.fact} is not a fact`);
        if (f.lrPositive === undefined && f.lrNegative === undefined) problems.push(`${c.id}: ${f.fact} has no LR`);
        for (const lr of [f.lrPositive, f.lrNegative]) if (lr !== undefined && !(lr > 0 && Number.isFinite(lr))) problems.push(`${c.id}: ${f.fact} LR ${lr}`);
        problems.push(...checkProvenance(`${c.id}/${f.fact}`, f.provenance));
      }
    }
    expect(problems).toEqual([]);
  });

  it('builds clusters from facts of their own condition', () => {
    for (const cluster of CLUSTERS) {
      expect(conditionIds.has(cluster.condition)).toBe(true);
      for (const c of cluster.components) expect(isFact(c), c).toBe(true);
      for (const level of cluster.levels) {
        expect(level.lr).toBeGreaterThan(0);
        for (const f of factsOf(level.when)) expect(isFact(f), f).toBe(true);
      }
      expect(checkProvenance(cluster.id, cluster.provenance)).toEqual([]);
    }
  });

  it('writes red flags over facts, naming real conditions and treatment tags, with no negation', () => {
    const hasNot = (p: Predicate): boolean =>
      'not' in p || ('all' in p && p.all.some(hasNot)) || ('any' in p && p.any.some(hasNot)) || ('of' in p && p.of.some(hasNot));
    for (const flag of RED_FLAGS) {
      for (const f of factsOf(flag.when)) expect(isFact(f), `${flag.id}: ${f}`).toBe(true);
      // Monotone rules cannot be switched off by recording more findings.
      expect(hasNot(flag.when), flag.id).toBe(false);
      for (const s of flag.suspects) expect(conditionIds.has(s), s).toBe(true);
      for (const tag of flag.contraindicates) expect(TREATMENT_TAGS as readonly string[], `${flag.id}: ${tag}`).toContain(tag);
      expect(flag.sources.length).toBeGreaterThan(0);
    }
  });

  it('links diagnostic tests and treatments to real conditions and facts', () => {
    for (const test of DIAGNOSTIC_TEST_LIST) {
      if (test.examItem !== undefined) expect(itemById.has(test.examItem), test.id).toBe(true);
      for (const t of test.targets) {
        expect(conditionIds.has(t.condition), `${test.id}: ${t.condition}`).toBe(true);
        expect(checkProvenance(`${test.id}/${t.condition}`, t.provenance)).toEqual([]);
      }
      for (const c of test.bearsOn) expect(conditionIds.has(c), `${test.id}: ${c}`).toBe(true);
    }
    for (const t of TREATMENT_LIST) {
      for (const c of t.indications) expect(conditionIds.has(c), `${t.id}: ${c}`).toBe(true);
      for (const a of t.avoidIn) expect(conditionIds.has(a.condition), `${t.id}: ${a.condition}`).toBe(true);
      for (const c of t.contraindications) for (const f of factsOf(c.when)) expect(isFact(f), `${t.id}: ${f}`).toBe(true);
      expect(t.evidence.sources.length, t.id).toBeGreaterThan(0);
    }
  });

  it('addresses contributing factors with real treatments and reads facts only', () => {
    for (const factor of CONTRIBUTING_FACTORS) {
      for (const id of factor.addressedBy) expect(treatmentIds.has(id), `${factor.id}: ${id}`).toBe(true);
      for (const f of factsOf(factor.when)) expect(isFact(f), `${factor.id}: ${f}`).toBe(true);
    }
    for (const type of PRESENTATION_TYPES) if (type.when !== null) for (const f of factsOf(type.when)) expect(isFact(f), `${type.id}: ${f}`).toBe(true);
  });

  it('cites only known sources everywhere', () => {
    const all = [
      ...EXAM_ITEMS.flatMap((x) => x.sources),
      ...DERIVED_FINDINGS.flatMap((x) => x.sources),
      ...CONDITION_LIST.flatMap((x) => x.sources),
      ...RED_FLAGS.flatMap((x) => x.sources),
      ...DIAGNOSTIC_TEST_LIST.flatMap((x) => x.sources),
      ...TREATMENT_LIST.flatMap((x) => [...x.sources, ...x.evidence.sources]),
      ...CONTRIBUTING_FACTORS.flatMap((x) => x.sources),
      ...PRESENTATION_TYPES.flatMap((x) => x.sources),
      ...ADVICE.flatMap((x) => x.sources),
      ...REFERENCE_NOTES.flatMap((x) => x.sources),
    ];
    expect(all.filter((s) => sourceKind(s) === undefined)).toEqual([]);
  });

  it('gives every condition a test that bears on it, and every serious one an action', () => {
    const tested = new Set<string>(
      DIAGNOSTIC_TEST_LIST.flatMap((t) => [...t.targets.map((x) => x.condition), ...t.bearsOn]),
    );
    expect(CONDITION_LIST.filter((c) => !tested.has(c.id)).map((c) => c.id)).toEqual([]);
    expect(
      CONDITION_LIST.filter((c) => c.serious && (c.action ?? '').length < 20).map((c) => c.id),
    ).toEqual([]);
  });

  it('never speaks of the project\'s own evidence pack in text a clinician sees', () => {
    const texts: string[] = [];
    const walk = (value: unknown): void => {
      if (typeof value === 'string') texts.push(value);
      else if (Array.isArray(value)) value.forEach(walk);
      else if (typeof value === 'object' && value !== null) Object.values(value).forEach(walk);
    };
    walk([EXAM_ITEMS, DERIVED_FINDINGS, CONDITION_LIST, CLUSTERS, RED_FLAGS, DIAGNOSTIC_TEST_LIST, TREATMENT_LIST, CONTRIBUTING_FACTORS, PRESENTATION_TYPES, ADVICE, REFERENCE_NOTES]);
    expect(texts.length).toBeGreaterThan(1000);
    expect(texts.filter((t) => /evidence pack|\bthe pack\b|\bpack (§|gap)/i.test(t))).toEqual([]);
  });

  it('keeps age bands inside 0–120, in order of use, and sex-specific only where it says so', () => {
    for (const c of CONDITION_LIST)
      for (const band of c.priorsByAge ?? []) {
        expect(band.from, `${c.id} ${band.label}`).toBeGreaterThanOrEqual(0);
        expect(band.below, `${c.id} ${band.label}`).toBeGreaterThan(band.from);
        expect(band.below, `${c.id} ${band.label}`).toBeLessThanOrEqual(121);
        for (const setting of ['general', 'sports'] as const) {
          const p = band.priors[setting].probability;
          expect(p > 0 && p < 1, `${c.id} ${band.label} ${setting}`).toBe(true);
          expect(checkProvenance(`${c.id} ${band.label}`, band.priors[setting].provenance)).toEqual([]);
        }
        if (band.sex !== undefined) expect(band.label, c.id).toMatch(/female|male|women|men|girls|boys/);
      }
  });
});
