import { describe, expect, it } from 'vitest';
import { assess, buildPlan, planFromDraft } from '../../clinical/index.ts';
import type { PlanRecord } from '../../clinical/index.ts';
import { toFindings } from '../../data/visits/findings-form';
import { printPlan } from './print-plan';
import { TENDINOPATHY, type PrintVignette } from './print-vignettes';

const DATE = '2026-03-03';

function setUp(vignette: PrintVignette) {
  const { findings } = toFindings(vignette.findings);
  const assessment = assess(findings, { setting: vignette.careSetting });
  const drafted = planFromDraft(buildPlan(assessment, findings, { today: DATE }));
  return { findings, assessment, drafted };
}

describe('printPlan', () => {
  it('prints the draft from the findings, dated from the visit, when no plan is stored', () => {
    const { findings, assessment, drafted } = setUp(TENDINOPATHY);
    const plan = printPlan(undefined, assessment, findings, DATE);
    expect(plan.stored).toBe(false);
    expect(plan.tiers.flatMap((t) => t.items.map((i) => i.treatmentId))).toEqual(
      drafted.items.map((i) => i.treatmentId),
    );
    expect(plan.reviewDate).toBe(drafted.reviewDate);
    expect(plan.escalation).toHaveLength(4);
    expect(plan.safetyNet.length).toBeGreaterThan(5);
  });

  it("prints the stored plan with the clinician's dosage, notes and order, and keeps unknown treatments", () => {
    const { findings, assessment, drafted } = setUp(TENDINOPATHY);
    const stored: PlanRecord = {
      ...drafted,
      items: [
        ...drafted.items.map((i) =>
          i.treatmentId === 'kneeling-hip-flexor-stretch'
            ? { ...i, dosage: 'Hold 45 s, 4 times each side', notes: 'Tuck the pelvis' }
            : i,
        ),
        {
          treatmentId: 'retired-treatment',
          dosage: '',
          notes: 'from an older plan',
          origin: 'added',
        },
      ],
      reviewDate: '2026-03-20',
      notes: 'Discussed with the patient.',
    };
    const plan = printPlan(stored, assessment, findings, DATE);
    expect(plan.stored).toBe(true);
    const stretch = plan.homeProgramme.find((i) => i.treatmentId === 'kneeling-hip-flexor-stretch');
    expect(stretch).toMatchObject({
      dosage: 'Hold 45 s, 4 times each side',
      notes: 'Tuck the pelvis',
    });
    expect(plan.unknown.map((i) => i.name)).toEqual(['Unknown treatment (retired-treatment)']);
    expect(plan.reviewDate).toBe('2026-03-20');
    expect(plan.notes).toBe('Discussed with the patient.');
  });

  it('keeps an override reason, and lists contraindicated treatments only while they are not in the plan', () => {
    const feverish: PrintVignette = {
      ...TENDINOPATHY,
      findings: { ...TENDINOPATHY.findings, fever: true },
    };
    const { findings, assessment, drafted } = setUp(feverish);
    const before = printPlan(drafted, assessment, findings, DATE);
    const excluded = before.excluded[0];
    if (excluded === undefined) throw new Error('a fever should make something contraindicated');
    const withOverride: PlanRecord = {
      ...drafted,
      items: [
        ...drafted.items,
        {
          treatmentId: excluded.treatmentId,
          dosage: '',
          notes: '',
          origin: 'added',
          override: { reason: 'Fever explained by a cold; discussed with the GP' },
        },
      ],
    };
    const after = printPlan(withOverride, assessment, findings, DATE);
    expect(after.excluded.map((e) => e.treatmentId)).not.toContain(excluded.treatmentId);
    const added = after.tiers
      .flatMap((t) => t.items)
      .find((i) => i.treatmentId === excluded.treatmentId);
    expect(added?.overrideReason).toBe('Fever explained by a cold; discussed with the GP');
    expect(added?.avoidReasons).toEqual(excluded.reasons);
  });

  it('flags a stored item that the current findings now contraindicate', () => {
    const { drafted } = setUp(TENDINOPATHY);
    const later = setUp({ ...TENDINOPATHY, findings: { ...TENDINOPATHY.findings, fever: true } });
    const plan = printPlan(drafted, later.assessment, later.findings, DATE);
    const flagged = plan.tiers.flatMap((t) => t.items).filter((i) => i.avoidReasons.length > 0);
    expect(flagged.length).toBeGreaterThan(0);
    expect(flagged.every((i) => i.overrideReason === undefined)).toBe(true);
  });
});
