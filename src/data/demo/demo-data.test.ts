import { describe, expect, it } from 'vitest';
import { getDatabase } from '../db';
import { createPatientRepository } from '../patients/patient.repository';
import { createDemoData } from './demo-data';
import { isDemoIdentifier } from './demo-identifier';
import { createDemoRepository } from './demo.repository';

const now = new Date('2025-03-01T10:00:00.000Z');

describe('demo patients', () => {
  it('are the same every time for the same inputs', () => {
    expect(createDemoData({ patientCount: 30, now })).toEqual(
      createDemoData({ patientCount: 30, now }),
    );
  });

  it('are all marked as demo, with unique ids and identifiers', () => {
    const { patients, visits } = createDemoData({ patientCount: 200, now });
    expect(patients).toHaveLength(200);
    expect(
      patients.every((p) => isDemoIdentifier(p.identifier) && p.notes.includes('Fictional')),
    ).toBe(true);
    expect(new Set(patients.map((p) => p.id)).size).toBe(200);
    expect(new Set(patients.map((p) => p.identifier)).size).toBe(200);
    const ids = new Set(patients.map((p) => p.id));
    expect(visits.every((v) => ids.has(v.patientId) && v.date < '2025-03-01')).toBe(true);
  });

  it('load in one go, and a second load changes nothing', async () => {
    const data = createDemoData({ patientCount: 12, now });
    const demo = createDemoRepository(getDatabase);
    expect(await demo.load(data)).toEqual({ patients: 12, visits: data.visits.length });
    await expect(demo.load(data)).rejects.toThrow();
    expect((await createPatientRepository(getDatabase).list()).patients).toHaveLength(12);
  });
});
