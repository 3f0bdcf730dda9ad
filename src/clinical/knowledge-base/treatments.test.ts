import { describe, expect, it } from 'vitest';
import { DERIVED_FINDINGS } from './derived-findings.ts';
import { EXAM_ITEMS } from './exam-items.ts';
import { SEED_ITEMS, type SeedItem, type SeedItemKind } from './seed-items.ts';
import { SEED_SOURCE, SOURCES } from './sources.ts';
import { TREATMENT_TAGS, TREATMENTS } from './treatments.ts';
import type { Predicate, TreatmentDef } from './types.ts';

const LIST: readonly TreatmentDef[] = TREATMENTS;
const norm = (s: string): string => s.trim().toLowerCase();
const byId = new Map(LIST.map((t) => [t.id, t]));
const get = (id: string): TreatmentDef => {
  const t = byId.get(id);
  if (t === undefined) throw new Error(`no treatment ${id}`);
  return t;
};

/**
 * Seed kinds that are treatments. Every 003 relieving factor is something the patient does to
 * ease the pain (rest, ice or heat, pain relievers, exercise, a healthy weight), so all count.
 */
const TREATMENT_KINDS: ReadonlySet<SeedItemKind> = new Set<SeedItemKind>([
  'treatment',
  'drug',
  'drug-example',
  'surgery',
  'stretch',
  'relieving-factor',
]);
const seedTreatments = (SEED_ITEMS as readonly SeedItem[]).filter((i) =>
  TREATMENT_KINDS.has(i.kind),
);

function factsOf(p: Predicate): readonly string[] {
  if ('fact' in p) return [p.fact];
  if ('all' in p) return p.all.flatMap(factsOf);
  if ('any' in p) return p.any.flatMap(factsOf);
  if ('atLeast' in p) return p.of.flatMap(factsOf);
  return factsOf(p.not);
}

describe('treatments: seed coverage', () => {
  it('finds seed treatment items to check', () => {
    expect(seedTreatments.length).toBeGreaterThan(200);
  });

  it.each(seedTreatments)(
    '$seed "$wording" ($kind) names exactly one treatment, which cites its seed',
    (item) => {
      const wording = norm(item.wording);
      const matches = LIST.filter((t) =>
        [t.name, ...t.aliases].some((term) => norm(term) === wording),
      );
      expect(
        matches.map((t) => t.id),
        `"${item.wording}"`,
      ).toHaveLength(1);
      expect(
        matches[0]?.sources,
        `${matches[0]?.id ?? ''} must cite ${SEED_SOURCE[item.seed]}`,
      ).toContain(SEED_SOURCE[item.seed]);
    },
  );
});

describe('treatments: integrity', () => {
  it('gives every entry a unique kebab-case id', () => {
    const ids = LIST.map((t) => t.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const id of ids) expect(id).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/);
  });

  it('never gives two entries the same name or alias (case-insensitive), nor repeats one inside an entry', () => {
    const owner = new Map<string, string>();
    const clashes: string[] = [];
    for (const t of LIST) {
      const terms = [t.name, ...t.aliases].map(norm);
      if (new Set(terms).size !== terms.length) clashes.push(`${t.id} repeats a term`);
      for (const term of terms) {
        const first = owner.get(term);
        if (first !== undefined && first !== t.id)
          clashes.push(`"${term}" in ${first} and ${t.id}`);
        owner.set(term, t.id);
      }
    }
    expect(clashes).toEqual([]);
  });

  it('uses only known tags, at least one per entry', () => {
    const known = new Set<string>(TREATMENT_TAGS);
    for (const t of LIST) {
      expect(t.tags.length, t.id).toBeGreaterThan(0);
      expect(
        t.tags.filter((tag) => !known.has(tag)),
        t.id,
      ).toEqual([]);
    }
  });

  it('keeps tier and invasiveness within 1–5', () => {
    for (const t of LIST) {
      expect([1, 2, 3, 4, 5], t.id).toContain(t.tier);
      expect([1, 2, 3, 4, 5], t.id).toContain(t.invasiveness);
    }
  });

  it('covers every tier', () => {
    for (const tier of [1, 2, 3, 4, 5])
      expect(
        LIST.some((t) => t.tier === tier),
        `tier ${tier}`,
      ).toBe(true);
  });

  it('sources every entry, every evidence line, avoid rule and contraindication with known source ids', () => {
    const unknown: string[] = [];
    const check = (where: string, sources: readonly string[]): void => {
      if (sources.length === 0) unknown.push(`${where}: no sources`);
      for (const s of sources) if (!Object.hasOwn(SOURCES, s)) unknown.push(`${where}: ${s}`);
    };
    for (const t of LIST) {
      check(t.id, t.sources);
      check(`${t.id} evidence`, t.evidence.sources);
      for (const a of t.avoidIn) check(`${t.id} avoidIn ${a.condition}`, a.sources);
      t.contraindications.forEach((c, i) => {
        check(`${t.id} contraindication ${String(i)}`, c.sources);
      });
    }
    expect(unknown).toEqual([]);
  });

  it("lists every source an entry's parts cite among the entry's own sources", () => {
    const missing: string[] = [];
    for (const t of LIST) {
      const own = new Set<string>(t.sources);
      const parts = [
        ...t.evidence.sources,
        ...t.avoidIn.flatMap((a) => a.sources),
        ...t.contraindications.flatMap((c) => c.sources),
      ];
      for (const s of parts) if (!own.has(s)) missing.push(`${t.id}: ${s}`);
    }
    expect(missing).toEqual([]);
  });

  it('writes contraindications (and what lifts them) over yes/no or test items and derived findings only', () => {
    const binary = new Set<string>(
      EXAM_ITEMS.filter((i) => i.value.kind === 'yes-no' || i.value.kind === 'test').map(
        (i) => i.id,
      ),
    );
    const derived = new Set<string>(DERIVED_FINDINGS.map((d) => d.id));
    const bad = LIST.flatMap((t) =>
      t.contraindications.flatMap((c) =>
        [...factsOf(c.when), ...(c.unless === undefined ? [] : factsOf(c.unless))]
          .filter((f) => !binary.has(f) && !derived.has(f))
          .map((f) => `${t.id}: ${f}`),
      ),
    );
    expect(bad).toEqual([]);
  });

  it('never both indicates and avoids a condition', () => {
    const both = LIST.flatMap((t) =>
      t.avoidIn
        .filter((a) => t.indications.includes(a.condition))
        .map((a) => `${t.id}: ${a.condition}`),
    );
    expect(both).toEqual([]);
  });

  it('fills every text field', () => {
    for (const t of LIST) {
      for (const [field, value] of Object.entries({
        name: t.name,
        deliveredBy: t.deliveredBy,
        summary: t.evidence.summary,
        timeToBenefit: t.timeToBenefit,
        handout: t.handout,
      })) {
        expect(value.trim().length, `${t.id}.${field}`).toBeGreaterThan(0);
      }
    }
  });
});

describe('treatments: faithful to the evidence pack', () => {
  it.each([
    ['tens-interferential', 'do-not-offer'],
    ['therapeutic-ultrasound', 'do-not-offer'],
    ['foot-orthotics', 'do-not-offer'],
    ['supportive-brace', 'do-not-offer'],
    ['paracetamol', 'do-not-offer'],
    ['gabapentinoids', 'do-not-offer'],
    ['systemic-corticosteroids', 'do-not-offer'],
    ['benzodiazepines', 'do-not-offer'],
    ['duloxetine', 'disputed'],
    ['botulinum-toxin-injection', 'no-trials'],
    ['trigger-point-injection', 'no-trials'],
    ['superficial-heat', 'recommended'],
    ['exercise-therapy', 'recommended'],
  ])('gives %s the stance %s', (id, stance) => {
    expect(get(id).evidence.stance).toBe(stance);
  });

  it('states both guidelines for duloxetine', () => {
    const { summary } = get('duloxetine').evidence;
    expect(summary).toContain('ACP 2017');
    expect(summary).toContain('NICE NG59: do not offer');
  });

  it.each(['personalised-hip-therapy', 'hip-arthroscopy'])(
    'says %s trial results were not retrieved',
    (id) => {
      expect(get(id).evidence.summary).toMatch(/not retrieved/);
    },
  );

  it('flags the epidural steroid recommendation for verification', () => {
    expect(get('epidural-steroid-injection').evidence.summary).toMatch(/verify/);
  });

  it.each([
    'kneeling-hip-flexor-stretch',
    'standing-quad-stretch',
    'low-lunge-spinal-twist',
    'hip-flexor-stretching',
  ])('doses %s at 30-second holds, 3 each side, from the stretching trials', (id) => {
    const t = get(id);
    expect(t.dosage).toMatch(/30 s, 3 times each side/);
    expect(t.dosage).toMatch(/180 s a day/);
    for (const s of ['ayala2010', 'gribble1999', 'acsmSecondary'])
      expect(t.evidence.sources).toContain(s);
    expect(t.evidence.summary).toMatch(/[Nn]o hip-flexor-specific dosage RCT/);
  });

  it('doses ice as intermittent 10-minute applications or 15–20 minutes', () => {
    expect(get('cryotherapy').dosage).toMatch(/10 min on, 10 min off, 10 min on/);
    expect(get('cryotherapy').dosage).toMatch(/15–20 min/);
  });

  it('says plainly when only a seed names a treatment', () => {
    for (const t of LIST.filter(
      (x) => x.evidence.level === 'none' && x.evidence.sources.every((s) => s.startsWith('seed-')),
    )) {
      expect(t.evidence.summary, t.id).toContain(
        'The team found no trial or guideline for it in iliopsoas, hip, groin or back pain',
      );
      expect(['no-trials', 'option'], t.id).toContain(t.evidence.stance);
    }
  });

  it('never recommends outright a treatment without published evidence', () => {
    for (const t of LIST.filter((x) => x.evidence.level === 'none')) {
      expect(['recommended', 'consider'], t.id).not.toContain(t.evidence.stance);
    }
  });
});

describe('treatments: safety rules', () => {
  const rule = (id: string, fact: string): TreatmentDef['contraindications'][number] | undefined =>
    get(id).contraindications.find((c) => factsOf(c.when).includes(fact));

  it.each([
    ['oral-nsaids', 'kidney-disease', 'avoid'],
    ['oral-nsaids', 'kidney-disease-severe', 'avoid'],
    ['oral-nsaids', 'anticoagulants', 'avoid'],
    ['oral-nsaids', 'antiplatelets', 'avoid'],
    ['oral-nsaids', 'bleeding-disorder', 'avoid'],
    ['oral-nsaids', 'gi-bleed-history', 'avoid'],
    ['oral-nsaids', 'heart-failure-severe', 'avoid'],
    ['oral-nsaids', 'cardiovascular-disease', 'caution'],
    ['oral-nsaids', 'pregnant-20-weeks-plus', 'avoid'],
    ['oral-nsaids', 'pregnancy', 'caution'],
    ['oral-nsaids', 'age-under-16', 'avoid'],
    ['topical-nsaids', 'pregnant-28-weeks-plus', 'avoid'],
    ['topical-nsaids', 'pregnant-20-weeks-plus', 'caution'],
    ['topical-nsaids', 'kidney-disease-severe', 'caution'],
    ['muscle-relaxants', 'age-65-plus', 'avoid'],
    ['benzodiazepines', 'age-65-plus', 'avoid'],
    ['tizanidine', 'age-65-plus', 'caution'],
    ['baclofen', 'age-65-plus', 'caution'],
    ['tizanidine', 'cyp1a2-inhibitor', 'avoid'],
    ['iliopsoas-bursa-injection', 'fever', 'avoid'],
    ['iliopsoas-bursa-injection', 'anticoagulants', 'avoid'],
    ['iliopsoas-bursa-injection', 'bleeding-disorder', 'avoid'],
    ['epidural-steroid-injection', 'antiplatelets', 'avoid'],
    ['nerve-block', 'antiplatelets', 'avoid'],
    ['trigger-point-injection', 'antiplatelets', 'caution'],
    ['manual-therapy', 'hip-prosthesis', 'avoid'],
    ['pnf-stretching', 'hip-prosthesis', 'avoid'],
    ['hip-flexor-stretching', 'hip-prosthesis', 'caution'],
    ['iliopsoas-bursa-injection', 'diabetes-immunosuppression', 'caution'],
    ['intra-articular-hip-steroid', 'hip-prosthesis', 'caution'],
    ['intra-articular-hip-steroid', 'surgery-planned', 'avoid'],
    ['superficial-heat', 'anticoagulants', 'caution'],
    ['superficial-heat', 'numbness-tingling', 'caution'],
    ['cryotherapy', 'lateral-thigh-sensation', 'caution'],
    ['manual-therapy', 'fever', 'avoid'],
    ['manual-therapy', 'cancer-history', 'caution'],
    ['exercise-therapy', 'hop-test', 'avoid'],
    ['opioids', 'chronic-duration', 'avoid'],
  ])('%s: %s → %s', (id, fact, severity) => {
    expect(rule(id, fact)?.severity).toBe(severity);
  });

  it.each([
    ['superficial-heat', 'iliopsoas-haematoma'],
    ['soft-tissue-massage', 'iliopsoas-haematoma'],
    ['manual-therapy', 'femoral-neck-stress-fracture'],
    ['manual-therapy', 'psoas-abscess'],
    ['manual-therapy', 'bone-malignancy'],
    ['manual-therapy', 'cauda-equina'],
    ['exercise-therapy', 'femoral-neck-stress-fracture'],
    ['oral-nsaids', 'iliopsoas-haematoma'],
    ['hip-arthroscopy', 'hip-oa'],
  ])('%s is avoided in %s', (id, condition) => {
    expect(get(id).avoidIn.map((a) => a.condition)).toContain(condition);
  });

  it('tags what the red flags remove: every medicine is a medicine, every injection an injection', () => {
    for (const t of LIST.filter((x) => x.tier === 3)) expect(t.tags, t.id).toContain('medicine');
    for (const t of LIST.filter((x) => x.tier === 4 && x.id !== 'implantable-neurostimulator')) {
      expect(t.tags, t.id).toContain('injection');
    }
    for (const id of ['oral-nsaids', 'topical-nsaids']) expect(get(id).tags).toContain('nsaid');
  });
});

describe('treatments: handout text', () => {
  it('sends every medicine to the doctor or pharmacist first', () => {
    for (const t of LIST.filter((x) => x.tier === 3))
      expect(t.handout, t.id).toContain('Ask your doctor or pharmacist');
  });

  it('frames injections and surgery as a discussion, never an order', () => {
    for (const t of LIST.filter((x) => x.tier >= 4)) {
      expect(t.handout, t.id).toMatch(/[Dd]iscuss|surgeon|specialist/);
      expect(t.handout, t.id).not.toMatch(/\byou must have\b/i);
    }
  });

  it('keeps handout sentences short (20 words or fewer)', () => {
    const long = LIST.flatMap((t) =>
      t.handout
        .split(/[.?!]\s+/)
        .filter((sentence) => sentence.split(/\s+/).length > 20)
        .map((sentence) => `${t.id}: ${sentence}`),
    );
    expect(long).toEqual([]);
  });

  it('avoids clinical jargon in handouts', () => {
    const jargon =
      /\b(NSAID|iliopsoas|psoas|contraindicat|RCT|NICE|ACP|analgesi|intra-articular|epidural|CYP1A2|eGFR)\b/i;
    for (const t of LIST) expect(t.handout, t.id).not.toMatch(jargon);
  });
});
