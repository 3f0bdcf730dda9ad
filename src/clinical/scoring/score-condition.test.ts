import { describe, expect, it } from 'vitest';
import type { ConditionDef, ExamItemDef, FindingLR } from '../knowledge-base/types.ts';
import { createFactReader } from './facts.ts';
import { assess } from './assess.ts';
import { scoreCondition } from './score-condition.ts';

const estimate = { kind: 'expert-estimate', sources: ['team'] } as const;
const published = { kind: 'published', sources: ['team'] } as const;
const test = (id: string): ExamItemDef => ({
  id,
  label: id,
  aliases: [],
  section: 'special-tests',
  value: { kind: 'test' },
  sided: false,
  sources: ['team'],
});
const items = ['one', 'two', 'three', 'lone'].map(test);
const reader = createFactReader(items, []);

function score(findings: Readonly<Record<string, string>>, entries: readonly FindingLR[]) {
  const condition: ConditionDef = {
    id: 'c',
    name: 'C',
    aliases: [],
    icd10: 'R69',
    category: 'joint',
    description: '',
    priors: {
      general: { probability: 0.2, provenance: estimate },
      sports: { probability: 0.2, provenance: estimate },
    },
    findings: entries,
    sources: ['team'],
    serious: false,
  };
  return scoreCondition(condition, [], 0.2, findings, (f) => f, reader);
}

const grouped: readonly FindingLR[] = [
  { fact: 'one', lrPositive: 6, lrNegative: 0.5, provenance: published, group: 'g' },
  { fact: 'two', lrPositive: 3, lrNegative: 0.25, provenance: estimate, group: 'g' },
  { fact: 'three', lrPositive: 2, lrNegative: 0.8, provenance: estimate, group: 'g' },
];

describe('dependency groups', () => {
  it('applies the strongest positive of a group once, not the product of correlated tests', () => {
    const s = score({ one: 'positive', two: 'positive', three: 'positive' }, grouped);
    expect(s.contributions.filter((c) => c.applied).map((c) => c.source)).toEqual(['one']);
    expect(s.logLikelihood).toBeCloseTo(Math.log(6), 12);
  });

  it('keeps the strongest evidence against when a stronger positive is in the same group', () => {
    const s = score({ one: 'positive', two: 'negative', three: 'negative' }, grouped);
    const applied = s.contributions.filter((c) => c.applied);
    expect(applied.map((c) => [c.source, c.present])).toEqual([
      ['one', true],
      ['two', false],
    ]);
    expect(s.logLikelihood).toBeCloseTo(Math.log(6 * 0.25), 12);
    expect(s.contributions.find((c) => c.source === 'three')).toMatchObject({
      applied: false,
      supersededBy: 'two',
    });
  });

  it('says how much of the movement rests on estimates', () => {
    const s = score({ one: 'positive', two: 'negative' }, grouped);
    expect(s.estimateShare).toBeCloseTo(Math.log(4) / (Math.log(6) + Math.log(4)), 12);
    expect(score({ one: 'positive' }, grouped).estimateShare).toBe(0);
    expect(score({}, grouped).estimateShare).toBe(0);
  });
});

describe('the Laslett SIJ rule', () => {
  const laslett = (findings: Readonly<Record<string, unknown>>) =>
    assess(findings, { setting: 'general' })
      .differential.find((c) => c.id === 'sij-pain')
      ?.contributions.find((c) => c.source === 'laslett-sij');
  const three = {
    'symptomatic-side': 'right',
    'thigh-thrust': { right: 'positive' },
    'sij-distraction': { right: 'positive' },
    gaenslen: { left: 'positive', right: 'negative' },
  };

  it('is met by 3 of 6, counting Gaenslen on each side', () => {
    expect(laslett(three)).toMatchObject({ present: true, lr: 4.3 });
  });

  it('is "not met" only when 3 positives can no longer be reached', () => {
    const negatives = {
      'symptomatic-side': 'right',
      'thigh-thrust': { right: 'negative' },
      'sij-distraction': { right: 'negative' },
      'sij-compression': { right: 'negative' },
    };
    expect(laslett(negatives)).toBeUndefined();
    expect(laslett({ ...negatives, 'sacral-thrust': { right: 'negative' } })).toMatchObject({
      present: false,
      lr: 0.08,
    });
  });

  it('does not apply when the pain centralises, and does when it is recorded not to', () => {
    expect(laslett({ ...three, 'pain-centralises': true })).toBeUndefined();
    expect(laslett({ ...three, 'pain-centralises': false })).toMatchObject({ present: true });
  });
});

describe('correlated findings in the knowledge base', () => {
  const applied = (findings: Readonly<Record<string, unknown>>, condition: string) =>
    assess(findings, { setting: 'general' })
      .differential.find((c) => c.id === condition)
      ?.contributions.filter((c) => c.applied)
      .map((c) => c.source) ?? [];

  it('counts lower-abdominal pain and tenderness there once for appendicitis', () => {
    const sources = applied({ 'pain-lower-abdomen': true, 'rlq-tenderness': true }, 'appendicitis');
    expect(
      sources.filter((s) => s === 'pain-lower-abdomen' || s === 'rlq-tenderness'),
    ).toHaveLength(1);
  });

  it('counts weak knee extension and a lost knee jerk once, as one pattern, for femoral neuropathy', () => {
    const sources = applied(
      {
        'symptomatic-side': 'left',
        'knee-extension-strength': { left: 3 },
        'patellar-reflex': { left: 'absent' },
        'femoral-nerve-tension': { left: 'positive' },
      },
      'femoral-neuropathy',
    );
    expect(sources).toEqual(['femoral-nerve-pattern']);
  });
});

describe('rules that stand in for a finding in one circumstance only (look-alikes must not fire)', () => {
  const sources = (findings: Readonly<Record<string, unknown>>, condition: string) =>
    assess(findings, { setting: 'general' })
      .differential.find((c) => c.id === condition)
      ?.contributions.filter((c) => c.applied)
      .map((c) => c.source) ?? [];

  it('uses the no-abdominal-pain psoas rule only when abdominal pain is recorded absent', () => {
    const psoas = { 'symptomatic-side': 'right', 'psoas-sign': { right: 'positive' } };
    expect(sources({ ...psoas, 'pain-lower-abdomen': false }, 'appendicitis')).toContain(
      'appendicitis-psoas-without-abdominal-pain',
    );
    // Abdominal pain not recorded, or present: the emergency-department figure applies instead.
    for (const abdomen of [{}, { 'pain-lower-abdomen': true }]) {
      const applied = sources({ ...psoas, ...abdomen }, 'appendicitis');
      expect(applied).not.toContain('appendicitis-psoas-without-abdominal-pain');
      expect(applied).toContain('psoas-sign');
    }
  });

  it('does not count the femoral nerve pattern for weakness without a lost knee jerk', () => {
    const weakOnly = {
      'symptomatic-side': 'left',
      'knee-extension-strength': { left: 3 },
      'patellar-reflex': { left: 'normal' },
    };
    const applied = sources(weakOnly, 'femoral-neuropathy');
    expect(applied).not.toContain('femoral-nerve-pattern');
    expect(applied).toContain('knee-extension-weak');
  });

  it('counts widespread pain against non-specific low back pain only when it is recorded', () => {
    expect(sources({ 'pain-lower-back': true }, 'nonspecific-lbp')).not.toContain(
      'widespread-pain',
    );
    expect(
      sources({ 'pain-lower-back': true, 'widespread-pain': false }, 'nonspecific-lbp'),
    ).not.toContain('widespread-pain');
    expect(
      sources({ 'pain-lower-back': true, 'widespread-pain': true }, 'nonspecific-lbp'),
    ).toContain('widespread-pain');
  });
});
