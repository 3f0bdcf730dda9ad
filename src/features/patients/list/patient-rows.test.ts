import { describe, expect, it } from 'vitest';
import { createDemoData } from '../../../data/demo/demo-data';
import { filterPatientRows, fold, toPatientRows } from './patient-rows';

const { patients, visits } = createDemoData({
  patientCount: 60,
  now: new Date('2025-03-01T00:00:00Z'),
});
const lastVisits = new Map(visits.map((visit) => [visit.patientId, visit.date]));
const rows = toPatientRows(patients, lastVisits, '2025-03-01');

describe('patient rows', () => {
  it('show the family name first and mark demo patients', () => {
    const [first] = rows;
    const [patient] = patients;
    expect(first?.name).toBe(`${patient?.familyName ?? ''}, ${patient?.givenName ?? ''}`);
    expect(rows.every((row) => row.isDemo)).toBe(true);
  });

  it('find patients by any part of the name, ignoring case and accents', () => {
    const [base] = patients;
    if (!base) throw new Error('expected demo patients');
    const withAccent = toPatientRows(
      [...patients, { ...base, familyName: 'Álvarez', givenName: 'Zoë' }],
      lastVisits,
      '2025-03-01',
    );
    const found = filterPatientRows(withAccent, 'ALVAREZ zoe');
    expect(found.map((row) => row.name)).toEqual(['Álvarez, Zoë']);
  });

  it('need every word of the query to match', () => {
    const target = rows[5];
    if (!target) throw new Error('expected rows');
    const [family, given] = target.name.split(', ');
    const found = filterPatientRows(rows, `${given ?? ''} ${family ?? ''}`);
    expect(found).toContainEqual(target);
    expect(found.every((row) => row.searchText.includes(fold(given ?? '')))).toBe(true);
  });

  it('find a patient by identifier', () => {
    expect(filterPatientRows(rows, 'demo-00007').map((row) => row.identifier)).toEqual([
      'DEMO-00007',
    ]);
  });

  it('return every row for an empty query', () => {
    expect(filterPatientRows(rows, '  ')).toBe(rows);
  });
});
