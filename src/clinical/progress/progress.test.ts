import { describe, expect, it } from 'vitest';
import type { GoalRecord } from '../plan/plan-record.ts';
import { buildProgress, describeChange, describeGoal } from './progress.ts';
import type { ProgressChart, ProgressSeries, ProgressVisit } from './progress.ts';

const visit = (
  id: string,
  date: string,
  findings: ProgressVisit['findings'],
  goals: readonly GoalRecord[] = [],
): ProgressVisit => ({
  id,
  date,
  findings,
  goals,
});

function series(charts: readonly ProgressChart[], key: string): ProgressSeries {
  const found = charts.flatMap((c) => c.series).find((s) => s.key === key);
  if (found === undefined) throw new Error(`no series ${key}`);
  return found;
}

const painGoal: GoalRecord = {
  id: 'pain-now',
  text: 'Pain now at most 5/10',
  measure: 'pain-now',
  target: 5,
  comparator: 'at-most',
  byDate: '2025-03-31',
  origin: 'drafted',
};

describe('buildProgress', () => {
  const visits = [
    // Out of order on purpose: progress sorts by date.
    visit('c', '2025-03-31', { 'pain-now': 3, 'pain-worst': 5, 'hip-ir-rom': { left: 25 } }),
    visit(
      'a',
      '2025-03-03',
      {
        'pain-now': 7,
        'pain-worst': 9,
        'hip-ir-rom': { left: 12 },
        'thomas-test': { left: 'positive' },
        'thomas-hip-angle': { left: 15 },
      },
      [painGoal],
    ),
    visit('b', '2025-03-17', { 'pain-now': 5, 'thomas-test': { left: 'negative' } }),
  ];
  const charts = buildProgress(visits);

  it('gives one point per visit, oldest first, and a gap (not a zero) where a visit has no value', () => {
    const worst = series(charts, 'pain-worst');
    expect(worst.points.map((p) => p.date)).toEqual(['2025-03-03', '2025-03-17', '2025-03-31']);
    expect(worst.points.map((p) => p.value)).toEqual([9, undefined, 5]);
    expect(series(charts, 'pain-now').points.map((p) => p.value)).toEqual([7, 5, 3]);
  });

  it('says why a Thomas angle is missing when the test was negative', () => {
    const thomas = series(charts, 'thomas-hip-angle.left');
    expect(thomas.points[1]).toMatchObject({
      value: undefined,
      note: 'Thomas test negative',
    });
    expect(thomas.points[2]?.note).toBeUndefined();
    expect(thomas.change).toBeUndefined();
  });

  it('measures the change from the first to the latest value, and knows which way is better', () => {
    expect(series(charts, 'pain-now').change).toEqual({
      from: { date: '2025-03-03', value: 7 },
      to: { date: '2025-03-31', value: 3 },
      delta: -4,
      improved: true,
    });
    expect(series(charts, 'hip-ir-rom.left').change).toMatchObject({ delta: 13, improved: true });
    expect(series(charts, 'hip-ir-rom.right').change).toBeUndefined();
  });

  it('counts the visits with a value in each chart', () => {
    expect(charts.find((c) => c.id === 'pain')?.visitsWithValues).toBe(3);
    expect(charts.find((c) => c.id === 'thomas')?.visitsWithValues).toBe(1);
    expect(charts.find((c) => c.id === 'hip-flexion-strength')?.visitsWithValues).toBe(0);
  });

  it('takes the goal from the most recent plan that sets one on that measure and side', () => {
    const goal = series(charts, 'pain-now').goal;
    expect(goal).toMatchObject({
      target: 5,
      comparator: 'at-most',
      setOn: '2025-03-03',
      met: true,
    });
    const later = buildProgress([
      ...visits,
      visit('d', '2025-04-14', { 'pain-now': 4 }, [
        { ...painGoal, target: 2, byDate: '2025-05-01' },
      ]),
    ]);
    expect(series(later, 'pain-now').goal).toMatchObject({
      target: 2,
      setOn: '2025-04-14',
      met: false,
    });
    // A goal on the left does not draw on the right.
    const sided = buildProgress([
      visit('a', '2025-03-03', { 'hip-ir-rom': { right: 10 } }, [
        { ...painGoal, measure: 'hip-ir-rom', side: 'left', target: 22, comparator: 'at-least' },
      ]),
    ]);
    expect(series(sided, 'hip-ir-rom.right').goal).toBeUndefined();
    expect(series(sided, 'hip-ir-rom.left').goal).toMatchObject({ target: 22, met: undefined });
  });
});

describe('describeChange', () => {
  const format = (date: string) => `<${date}>`;
  const charts = buildProgress([
    visit('a', '2025-03-03', {
      'pain-now': 7,
      'thomas-test': { right: 'positive' },
      'thomas-hip-angle': { right: 20 },
      'hip-flexion-strength': { left: 4 },
    }),
    visit('b', '2025-03-17', {
      'pain-now': 5,
      'thomas-test': { right: 'positive' },
      'thomas-hip-angle': { right: 20 },
    }),
    visit('c', '2025-03-31', {
      'pain-now': 3,
      'thomas-test': { right: 'positive' },
      'thomas-hip-angle': { right: 25 },
      'hip-flexion-strength': { left: 3 },
    }),
  ]);

  it('states the change since the first visit in words, with the values and which way it went', () => {
    expect(describeChange(series(charts, 'pain-now'), format)).toBe(
      'Pain now down 4 points since <2025-03-03> (from 7/10 to 3/10), better.',
    );
    expect(describeChange(series(charts, 'thomas-hip-angle.right'), format)).toBe(
      'Thomas test hip angle, right up 5° since <2025-03-03> (from 20° to 25°), worse.',
    );
    expect(describeChange(series(charts, 'hip-flexion-strength.left'), format)).toBe(
      'Hip flexion strength, left down 1 grade since <2025-03-03> (from 4/5 to 3/5), worse.',
    );
  });

  it('says unchanged when the latest value equals the first, and nothing with one value', () => {
    const flat = buildProgress([
      visit('a', '2025-03-03', { 'pain-worst': 6 }),
      visit('b', '2025-03-10', { 'pain-worst': 6 }),
    ]);
    expect(describeChange(series(flat, 'pain-worst'), format)).toBe(
      'Pain at worst unchanged since <2025-03-03> (6/10).',
    );
    expect(describeChange(series(flat, 'pain-now'), format)).toBeUndefined();
  });

  it('describes a goal and whether the latest value meets it', () => {
    const withGoal = buildProgress([
      visit('a', '2025-03-03', { 'pain-now': 7 }, [painGoal]),
      visit('b', '2025-03-17', { 'pain-now': 6 }),
    ]);
    expect(describeGoal(series(withGoal, 'pain-now'), format)).toBe(
      'Goal for pain now: at most 5/10 by <2025-03-31>; not met at the latest visit.',
    );
  });
});
