import { getDatabase, type Database } from '../db';
import { patientSchema } from '../patients/patient.schema';
import { visitSchema } from '../visits/visit.schema';
import type { DemoData } from './demo-data';

export function createDemoRepository(database: () => Promise<Database>) {
  return {
    /**
     * Writes the demo patients and their visits in one transaction. `add` (not `put`) so loading
     * twice fails on the existing ids instead of overwriting edits made to demo patients.
     */
    async load(data: DemoData): Promise<{ readonly patients: number; readonly visits: number }> {
      const patients = data.patients.map((patient) => patientSchema.parse(patient));
      const visits = data.visits.map((visit) => visitSchema.parse(visit));
      await (
        await database()
      ).transact(['patients', 'visits'], 'readwrite', async (tx) => {
        await Promise.all([
          ...patients.map((patient) => tx.add('patients', patient)),
          ...visits.map((visit) => tx.add('visits', visit)),
        ]);
      });
      return { patients: patients.length, visits: visits.length };
    },
  };
}

export const demoRepository = createDemoRepository(getDatabase);
