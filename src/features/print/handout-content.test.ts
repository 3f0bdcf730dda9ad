import { describe, expect, it } from 'vitest';
import {
  addToPlan,
  assess,
  buildPlan,
  isHomeExercise,
  planFromDraft,
  TREATMENT_LIST,
  updateItem,
} from '../../clinical/index.ts';
import type { PlanRecord } from '../../clinical/index.ts';
import { provenanceIn } from '../../clinical/plan/test-support/provenance-marks.ts';
import { toFindings } from '../../data/visits/findings-form';
import type { RedFlagAction } from '../../data/visits/visit.schema';
import { fleschKincaidGrade, textStatistics } from '../../lib/readability';
import { buildHandout, handoutProse, plainGoal } from './handout-content';
import { AFTER_THE_DOCTOR } from './handout-sections';
import { printPlan } from './print-plan';
import { CAUDA_EQUINA, PRINT_VIGNETTES, TENDINOPATHY, type PrintVignette } from './print-vignettes';

const VISIT_DATE = '2026-03-03';

function handoutFor(
  vignette: PrintVignette,
  redFlagActions: readonly RedFlagAction[] = [],
  editPlan?: (plan: PlanRecord) => PlanRecord,
) {
  const { findings } = toFindings(vignette.findings);
  const assessment = assess(findings, { setting: vignette.careSetting });
  const drafted = planFromDraft(buildPlan(assessment, findings, { today: VISIT_DATE }));
  const plan = printPlan(editPlan?.(drafted), assessment, findings, VISIT_DATE);
  return buildHandout({
    visit: { clinician: 'Sam Physio', redFlagActions: [...redFlagActions] },
    assessment,
    plan,
  });
}

/** Every word the handout prints: headings, titles, labels and text. */
const allText = (handout: ReturnType<typeof handoutFor>): readonly string[] => [
  ...(handout.alert === undefined ? [] : [handout.alert]),
  ...handout.sections.flatMap((s) => [
    s.title,
    ...s.blocks.flatMap((b) => [
      ...(b.title === undefined ? [] : [b.title]),
      ...b.paragraphs,
      ...(b.list ?? []),
      ...(b.entries ?? []).flatMap((e) => [
        e.title,
        ...e.lines.flatMap((l) => [...(l.label === undefined ? [] : [l.label]), l.text]),
      ]),
    ]),
  ]),
];

/** Adds every exercise and stretch the knowledge base has, as the clinician could. */
const HOME_EXERCISES = TREATMENT_LIST.filter((t) => isHomeExercise(t) && t.dosage !== undefined);
function withEveryExercise(plan: PlanRecord): PlanRecord {
  return HOME_EXERCISES.reduce((p, t) => {
    const added = addToPlan(p, t.id, { concerns: [] });
    return added.ok ? added.plan : p;
  }, plan);
}

describe('patient handout', () => {
  it.each(PRINT_VIGNETTES.map((v) => [v.name, v] as const))(
    'prints no provenance notes or source ids: %s',
    (_name, vignette) => {
      for (const handout of [handoutFor(vignette), handoutFor(vignette, [], withEveryExercise)]) {
        const text = allText(handout);
        expect(text.join(' ').length).toBeGreaterThan(2000);
        for (const line of text) expect(provenanceIn(line), line).toEqual([]);
      }
    },
  );

  it('gives every exercise in the knowledge base in plain words, and stays at grade 8 or below', () => {
    const handout = handoutFor(PRINT_VIGNETTES[0] ?? TENDINOPATHY, [], withEveryExercise);
    const entries = handout.sections.find((s) => s.id === 'exercises')?.blocks[0]?.entries ?? [];
    expect(HOME_EXERCISES.length).toBeGreaterThan(6);
    expect(entries.map((e) => e.title).sort()).toEqual(HOME_EXERCISES.map((t) => t.name).sort());
    for (const entry of entries) expect(entry.lines[0]?.label, entry.title).toBe('How much');
    expect(fleschKincaidGrade(handoutProse(handout))).toBeLessThanOrEqual(8);
  });

  it.each(PRINT_VIGNETTES.map((v) => [v.name, v] as const))(
    'reads at grade 8 or below (Flesch–Kincaid): %s',
    (_name, vignette) => {
      const prose = handoutProse(handoutFor(vignette));
      const stats = textStatistics(prose);
      // A handout of a few sentences would pass trivially; these are full documents.
      expect(stats.words).toBeGreaterThan(600);
      expect(fleschKincaidGrade(prose)).toBeLessThanOrEqual(8);
    },
  );

  it('starts with the red flag, in plain words, and says what was done', () => {
    const action: RedFlagAction = {
      redFlagId: 'cauda-equina',
      response: 'referred',
      urgency: 'emergency',
      note: '',
      recordedAt: '2026-03-03T10:00:00.000Z',
      recordedBy: 'Sam Physio',
    };
    const handout = handoutFor(CAUDA_EQUINA, [action]);
    expect(handout.alert).toBe('Important: please see a doctor today. See the top of page 1.');
    const [first] = handout.sections;
    expect(first?.id).toBe('urgent');
    expect(first?.title).toBe('Please see a doctor today');
    expect(first?.blocks[0]?.paragraphs).toEqual([
      expect.stringMatching(/^Numbness around your bottom/),
      'We have referred you to be seen today.',
    ]);
  });

  it('while the doctor comes first, names no medicine, injection or surgery; once overridden, it does', () => {
    const action = (response: RedFlagAction['response']): RedFlagAction => ({
      redFlagId: 'cauda-equina',
      response,
      urgency: 'emergency',
      note: response === 'overridden' ? 'Long-standing, investigated last month' : '',
      recordedAt: '2026-03-03T10:00:00.000Z',
      recordedBy: 'Sam Physio',
    });
    const blocksOf = (handout: ReturnType<typeof handoutFor>) =>
      handout.sections.find((s) => s.id === 'other')?.blocks ?? [];
    const referred = blocksOf(handoutFor(CAUDA_EQUINA, [action('referred')]));
    expect(referred.map((b) => b.title)).toEqual([
      'Things you can do yourself',
      'Other treatments',
    ]);
    expect(referred.at(-1)?.paragraphs).toEqual([AFTER_THE_DOCTOR]);
    const overridden = blocksOf(handoutFor(CAUDA_EQUINA, [action('overridden')])).map(
      (b) => b.title,
    );
    expect(overridden).toContain('Medicines to discuss with your doctor or pharmacist');
    expect(overridden).toContain('Seeing a surgeon');
    expect(overridden).not.toContain('Other treatments');
  });

  it('has no alert and no urgent section without a red flag', () => {
    const handout = handoutFor(TENDINOPATHY);
    expect(handout.alert).toBeUndefined();
    expect(handout.sections.map((s) => s.id)).toEqual([
      'draft',
      'about',
      'exercises',
      'goals',
      'other',
      'well',
      'help',
      'review',
    ]);
    expect(handout.sections.at(-1)?.blocks[0]?.paragraphs).toEqual([
      'Your next visit is on Tuesday 17 March 2026.',
      'Your physiotherapist is Sam Physio.',
      'Please bring this sheet with you.',
    ]);
  });

  it('gives each home exercise its dosage and how to do it, and names the likely cause plainly', () => {
    const handout = handoutFor(TENDINOPATHY);
    const about = handout.sections.find((s) => s.id === 'about');
    expect(about?.blocks[0]?.paragraphs[0]).toBe(
      'Your pain most likely comes from a sore hip flexor tendon.',
    );
    const exercises = handout.sections.find((s) => s.id === 'exercises')?.blocks[0]?.entries ?? [];
    const stretch = exercises.find((e) => e.title === 'Kneeling Hip Flexor Stretch');
    expect(stretch?.lines[0]?.label).toBe('How much');
    expect(stretch?.lines[0]?.text).toBe(
      'Hold for 30 seconds, 3 times on each side. Do this every day, or at least 3 days a week. Tuck your bottom under before you lean forward.',
    );
    expect(stretch?.lines[1]?.text).toMatch(/^Kneel on one knee/);
  });

  it('marks an amount the clinician set, so the patient follows it rather than the usual one', () => {
    const { findings } = toFindings(TENDINOPATHY.findings);
    const assessment = assess(findings, { setting: TENDINOPATHY.careSetting });
    const drafted = planFromDraft(buildPlan(assessment, findings, { today: VISIT_DATE }));
    const edited = updateItem(drafted, 'kneeling-hip-flexor-stretch', {
      dosage: 'Hold 45 s, 4 times',
    });
    const plan = printPlan(edited, assessment, findings, VISIT_DATE);
    const handout = buildHandout({
      visit: { clinician: 'Sam Physio', redFlagActions: [] },
      assessment,
      plan,
    });
    const exercises = handout.sections.find((s) => s.id === 'exercises')?.blocks[0];
    expect(exercises?.paragraphs).toContain(
      'Where it says "set for you", follow that amount, not the one in the text.',
    );
    const lines = exercises?.entries?.map((e) => e.lines[0]);
    expect(lines).toContainEqual({ label: 'How much (set for you)', text: 'Hold 45 s, 4 times' });
    expect(lines?.filter((l) => l?.label === 'How much (set for you)')).toHaveLength(1);
  });

  it('puts drafted goals in plain words but prints a goal the clinician edited as written', () => {
    const goal = {
      id: 'pain-now',
      text: 'Pain now at most 4/10 by 2026-03-17; now 6/10 (a 2-point fall is taken as a meaningful change).',
      measure: 'pain-now',
      baseline: 6,
      target: 4,
      comparator: 'at-most',
      byDate: '2026-03-17',
      origin: 'drafted',
    } as const;
    expect(plainGoal(goal, goal.text)).toBe(
      'Bring your pain down to 4 out of 10 or less by 17 March 2026. Today it is 6 out of 10.',
    );
    expect(plainGoal({ ...goal, text: 'Pain at most 3/10 at work' }, goal.text)).toBe(
      'Pain at most 3/10 at work',
    );
  });
});
