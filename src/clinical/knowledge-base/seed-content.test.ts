import { describe, expect, it } from 'vitest';
import { ADVICE } from './advice.ts';
import { CONTRIBUTING_FACTORS } from './contributing-factors.ts';
import { DERIVED_FINDINGS } from './derived-findings.ts';
import { EXAM_ITEMS } from './exam-items.ts';
import { PRESENTATION_TYPES } from './presentation-types.ts';
import { REFERENCE_NOTES } from './reference-notes.ts';
import { SEED_ITEMS, type SeedItem, type SeedItemKind } from './seed-items.ts';
import { SEED_SOURCE, SOURCES } from './sources.ts';
import type { Predicate } from './types.ts';

interface Named {
  readonly id: string;
  readonly name: string;
  readonly aliases: readonly string[];
  readonly sources: readonly string[];
}

const norm = (s: string): string => s.trim().toLowerCase();

const PREVENTION = ADVICE.filter((a) => a.kind === 'prevention');
const SAFETY_NET = ADVICE.filter((a) => a.kind === 'safety-net');

/** Where each seed kind owned by these files must appear. */
const HOME: Partial<Record<SeedItemKind, readonly Named[]>> = {
  'spasm-type': PRESENTATION_TYPES,
  'severity-type': PRESENTATION_TYPES,
  prevention: PREVENTION,
  'when-to-see-doctor': SAFETY_NET,
  anatomy: REFERENCE_NOTES,
};

/** Seed causes that are not diagnoses: contributing factors. */
const CAUSES_AS_FACTORS = new Set([
  'Muscle Overuse',
  'Poor Posture',
  'Pelvic Imbalance',
  'Psychological Stress',
  'Muscle Weakness',
  'Leg Length Discrepancy',
  'Overstretching',
  'Dehydration',
  'Nutritional Deficiencies',
  'Overuse or Fatigue',
  'Overuse in Sports',
  'Strenuous Exercise',
  'Prolonged Sitting',
  'Sudden Movements',
  'Muscle Fatigue',
  'Electrolyte Imbalance',
  'Improper Stretching',
  'Stress',
  'Overtraining',
  'Poor Ergonomics',
  'Previous Injuries',
  'Age-Related Changes',
  'Sedentary Lifestyle',
  'Overuse During Exercise',
  'Heavy Lifting',
  'Chronic Stress',
  'Sudden Movement',
  'Muscle Imbalance',
  'Poor Flexibility',
  'Improper Warm-Up',
  'Obesity',
  'Repetitive Movements',
  'Inadequate Recovery',
  'Muscle Strain or Overuse',
]);
/** Seed causes that describe a mechanism, not something to record: reference notes. */
const CAUSES_AS_NOTES = new Set(['Irritation', 'Protective Mechanism']);
/** Seed causes that are diagnoses: condition aliases, covered by the conditions' own tests. */
const CAUSES_AS_CONDITIONS = new Set([
  'Trauma or Injury',
  'Herniated Disc',
  'Hip Joint Problems',
  'Nerve Compression',
  'Infection',
  'Inflammatory Conditions',
  'Post-Surgical Complications',
  'Degenerative Spine Conditions',
  'Fibromyalgia',
  'Myofascial Pain Syndrome',
  'Osteoarthritis',
  'Injury',
  'Direct Trauma',
  'Acute Injury',
  'Lumbar Spine Problems',
  'Spinal Disc Problems',
  'Hip Injuries',
  'Underlying Medical Conditions',
  'Hip Arthritis',
  'Spinal Stenosis',
]);

function homeOf(item: SeedItem): readonly Named[] | undefined {
  if (item.kind !== 'cause') return HOME[item.kind];
  if (CAUSES_AS_FACTORS.has(item.wording)) return CONTRIBUTING_FACTORS;
  if (CAUSES_AS_NOTES.has(item.wording)) return REFERENCE_NOTES;
  return undefined;
}

const owned = (SEED_ITEMS as readonly SeedItem[]).flatMap((item) => {
  const home = homeOf(item);
  return home === undefined ? [] : [{ ...item, home }];
});

function factsOf(p: Predicate): readonly string[] {
  if ('fact' in p) return [p.fact];
  if ('all' in p) return p.all.flatMap(factsOf);
  if ('any' in p) return p.any.flatMap(factsOf);
  if ('atLeast' in p) return p.of.flatMap(factsOf);
  return factsOf(p.not);
}

const FILES: readonly { readonly file: string; readonly entries: readonly Named[] }[] = [
  { file: 'contributing-factors.ts', entries: CONTRIBUTING_FACTORS },
  { file: 'presentation-types.ts', entries: PRESENTATION_TYPES },
  { file: 'advice.ts', entries: ADVICE },
  { file: 'reference-notes.ts', entries: REFERENCE_NOTES },
];

describe('seed content: types, factors, advice and reference notes', () => {
  it.each(owned)('$seed lists $wording as $kind: it appears, citing its seed', (item) => {
    const source = SEED_SOURCE[item.seed];
    const wording = norm(item.wording);
    const match = item.home.find(
      (e) =>
        e.sources.includes(source) && [e.name, ...e.aliases].some((term) => norm(term) === wording),
    );
    expect(match, `no entry names "${item.wording}" and cites ${source}`).toBeDefined();
  });

  it('accounts for every seed cause: a factor, a reference note or a condition alias', () => {
    const lists = [CAUSES_AS_FACTORS, CAUSES_AS_NOTES, CAUSES_AS_CONDITIONS];
    const causes = SEED_ITEMS.filter((i) => i.kind === 'cause');
    const unplaced = causes
      .filter((i) => !lists.some((l) => l.has(i.wording)))
      .map((i) => i.wording);
    const twice = causes
      .filter((i) => lists.filter((l) => l.has(i.wording)).length > 1)
      .map((i) => i.wording);
    expect(unplaced).toEqual([]);
    expect(twice).toEqual([]);
    const known = new Set<string>(causes.map((i) => i.wording));
    expect([...lists.flatMap((l) => [...l])].filter((w) => !known.has(w))).toEqual([]);
  });

  it.each(FILES)(
    'gives every entry in $file a unique id and at least one known source',
    ({ entries }) => {
      const ids = entries.map((e) => e.id);
      expect(new Set(ids).size).toBe(ids.length);
      for (const e of entries) {
        expect(e.sources.length, e.id).toBeGreaterThan(0);
        for (const s of e.sources) expect(Object.hasOwn(SOURCES, s), `${e.id}: ${s}`).toBe(true);
      }
    },
  );

  it.each(FILES)('never repeats an alias across entries in $file', ({ entries }) => {
    const owner = new Map<string, string>();
    for (const e of entries) {
      for (const alias of new Set(e.aliases.map(norm))) {
        expect(owner.get(alias), `"${alias}" in ${e.id}`).toBeUndefined();
        owner.set(alias, e.id);
      }
    }
  });

  it.each(FILES.filter((f) => f.file !== 'reference-notes.ts'))(
    'never gives two entries in $file the same name or alias',
    ({ entries }) => {
      const owner = new Map<string, string>();
      for (const e of entries) {
        for (const term of new Set([e.name, ...e.aliases].map(norm))) {
          const first = owner.get(term);
          expect(
            first === undefined || first === e.id,
            `"${term}" in ${first ?? ''} and ${e.id}`,
          ).toBe(true);
          owner.set(term, e.id);
        }
      }
    },
  );

  it('tells reference notes that share a seed name apart by topic', () => {
    const keys = REFERENCE_NOTES.map((n) => `${n.topic}|${n.name}`);
    expect(new Set(keys).size).toBe(keys.length);
  });
});

describe('predicates of contributing factors and presentation types', () => {
  const binaryItems = new Set<string>(
    EXAM_ITEMS.filter((i) => i.value.kind === 'yes-no' || i.value.kind === 'test').map((i) => i.id),
  );
  const derived = new Set<string>(DERIVED_FINDINGS.map((d) => d.id));
  const rules: readonly { readonly id: string; readonly when: Predicate | null }[] = [
    ...CONTRIBUTING_FACTORS,
    ...PRESENTATION_TYPES,
  ];

  it.each(rules.filter((r) => r.when !== null))(
    '$id reads only yes/no or test items and derived findings',
    ({ when }) => {
      const facts = when === null ? [] : factsOf(when);
      expect(facts.length).toBeGreaterThan(0);
      expect(facts.filter((f) => !binaryItems.has(f) && !derived.has(f))).toEqual([]);
    },
  );

  it('says when a presentation type is the clinician’s judgement, and only then', () => {
    for (const t of PRESENTATION_TYPES) {
      const says = t.description.includes("Clinician's judgement: not derived from the exam");
      expect(says, t.id).toBe(t.when === null);
    }
  });

  it('has every contributing factor addressed by at least one treatment', () => {
    for (const f of CONTRIBUTING_FACTORS) expect(f.addressedBy.length, f.id).toBeGreaterThan(0);
  });
});

describe('patient advice', () => {
  const byId = new Map<string, string>(ADVICE.map((a) => [a.id, a.text]));

  it.each([
    ['cauda-equina-symptoms', 'numbness between your legs', 'Go to the emergency department now'],
    ['blood-thinner-groin-pain', 'blood thinner', 'Go to the emergency department now'],
    ['cannot-bear-weight', 'cannot stand or walk', 'Go to the emergency department now'],
    ['fever-infection', 'fever', 'See a doctor the same day'],
  ])('sends %s to the right place: "%s" → "%s"', (id, trigger, action) => {
    const text = byId.get(id) ?? '';
    expect(text).toContain(trigger);
    expect(text).toContain(action);
  });

  it('tells the patient what to do in every safety-net item', () => {
    const action = /(go to the emergency department|see a doctor|see your doctor|contact your)/i;
    for (const a of SAFETY_NET) expect(a.text, a.id).toMatch(action);
  });

  it('keeps handout sentences short (20 words or fewer)', () => {
    for (const a of ADVICE) {
      for (const sentence of a.text.split(/[.?!]\s+/)) {
        expect(sentence.split(/\s+/).length, `${a.id}: ${sentence}`).toBeLessThanOrEqual(20);
      }
    }
  });
});
