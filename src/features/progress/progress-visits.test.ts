import { describe, expect, it } from 'vitest';
import { isPatientId, isVisitId } from '../../data/ids';
import type { Visit } from '../../data/visits/visit.schema';
import { progressVisits } from './progress-visits';

function visit(id: string, date: string, findings: Visit['findings'], plan?: Visit['plan']): Visit {
  const patientId = 'p-1';
  if (!isVisitId(id) || !isPatientId(patientId)) throw new Error('bad test ids');
  return {
    schemaVersion: 3,
    id,
    patientId,
    date,
    clinician: 'Sam',
    careSetting: 'general',
    status: 'draft',
    findings,
    redFlagActions: [],
    addenda: [],
    ...(plan === undefined ? {} : { plan }),
    revision: 1,
    createdAt: `${date}T10:00:00.000Z`,
    updatedAt: `${date}T10:00:00.000Z`,
  };
}

describe('progressVisits', () => {
  it('reads typed text as numbers, as the assessment does, and lists invalid charted entries', () => {
    const { visits, skipped } = progressVisits([
      visit('b', '2025-03-17', {
        'pain-now': '11',
        'hip-ir-rom': { right: ' 12 ' },
        notes: 'x'.repeat(3),
      }),
      visit('a', '2025-03-03', { 'pain-now': '7', 'hip-ir-rom': { left: 'abc' }, age: '300' }),
    ]);
    expect(visits.map((v) => v.findings['pain-now'])).toEqual([undefined, 7]);
    expect(visits[0]?.findings['hip-ir-rom']).toEqual({ right: 12 });
    // Only charted measures are listed (age is not charted), oldest first.
    expect(skipped).toEqual([
      { date: '2025-03-03', label: 'Hip internal rotation, left', typed: 'abc' },
      { date: '2025-03-17', label: 'Pain now', typed: '11' },
    ]);
  });

  it('carries the goals of each visit’s plan', () => {
    const plan: NonNullable<Visit['plan']> = {
      kbVersion: 'k',
      basis: { items: [], goals: [] },
      items: [],
      goals: [
        {
          id: 'g',
          text: 'Pain at most 3',
          measure: 'pain-now',
          target: 3,
          byDate: '2025-04-01',
          origin: 'added',
        },
      ],
      reviewDate: '2025-03-17',
      notes: '',
    };
    const { visits } = progressVisits([
      visit('a', '2025-03-03', {}, plan),
      visit('b', '2025-03-17', {}),
    ]);
    expect(visits.map((v) => v.goals.length)).toEqual([1, 0]);
  });
});
