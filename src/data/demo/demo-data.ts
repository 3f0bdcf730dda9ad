import { KB_VERSION } from '../../clinical/index.ts';
import { isPatientId, isVisitId } from '../ids';
import { DEMO_IDENTIFIER_PREFIX } from './demo-identifier';
import { patientRecord, patientSchema, type Patient, type Sex } from '../patients/patient.schema';
import { visitRecord, visitSchema, type Visit } from '../visits/visit.schema';

/**
 * Fictional patients for trying the app. Names are random pairings from the lists below, not
 * people; every demo patient carries a DEMO- identifier and says so in its notes, and the
 * patients table shows a "Demo" badge for them.
 */
// Given names are grouped only so a demo patient's name and recorded sex look plausible together.
const FEMALE_NAMES = [
  'Adaeze',
  'Carmen',
  'Elif',
  'Farah',
  'Hana',
  'Ifeoma',
  'Keiko',
  'Mei',
  'Olga',
  'Rosa',
  'Tamsin',
  'Vera',
  'Ximena',
  'Zofia',
  'Aroha',
  'Chloe',
  'Esther',
  'Grace',
  'Ines',
  'Maren',
  'Nadia',
  'Kaia',
] as const;

const MALE_NAMES = [
  'Bjorn',
  'Dmitri',
  'Gareth',
  'Joao',
  'Liam',
  'Nikhil',
  'Pita',
  'Quentin',
  'Sione',
  'Umar',
  'Wiremu',
  'Yusuf',
  'Bashir',
  'Dario',
  'Fintan',
  'Hamid',
  'Jonas',
  'Luca',
] as const;

const ANY_NAMES = [...FEMALE_NAMES, ...MALE_NAMES];

const FAMILY_NAMES = [
  'Okafor',
  'Lindqvist',
  'Navarro',
  'Petrov',
  'Yilmaz',
  'Haddad',
  'Pryce',
  'Takahashi',
  'Eze',
  'Carvalho',
  'Morimoto',
  'Brennan',
  'Chen',
  'Raman',
  'Sokolova',
  'Tuilagi',
  'Marchetti',
  'Álvarez',
  'Fifita',
  'Trelawney',
  'Siddiqui',
  'Novak',
  'Ngata',
  'Quispe',
  'Demir',
  'Kowalski',
  'Whaanga',
  'Rahimi',
  'Dubois',
  'Ferrante',
  'Abramson',
  'Gallagher',
  'Osei',
  'Karimi',
  'Moreau',
  'Berg',
  'Halvorsen',
  'Rossi',
  'Jensen',
  'Nakamura',
] as const;

/** mulberry32: a tiny seeded generator, so the same call always yields the same patients. */
function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function pick<T>(items: readonly T[], random: () => number): T {
  const item = items[Math.floor(random() * items.length)];
  if (item === undefined) throw new Error('pick() needs a non-empty list');
  return item;
}

const DAY_MS = 86_400_000;

function isoDate(time: number): string {
  return new Date(time).toISOString().slice(0, 10);
}

function pickSex(random: () => number): Sex {
  const roll = random();
  return roll < 0.47 ? 'female' : roll < 0.94 ? 'male' : roll < 0.97 ? 'other' : 'unknown';
}

export interface DemoData {
  readonly patients: Patient[];
  readonly visits: Visit[];
}

export interface DemoOptions {
  readonly patientCount: number;
  /** Stamps createdAt and anchors visit dates to "recently"; names and birthdays ignore it. */
  readonly now: Date;
  /** Seed 5 gives the default 40 a balanced mix (21 female, 18 male, 1 other) and no repeated name. */
  readonly seed?: number;
}

/** Deterministic demo patients (and a few past visits for most of them). */
export function createDemoData({ patientCount, now, seed = 5 }: DemoOptions): DemoData {
  const random = seededRandom(seed);
  const timestamp = now.toISOString();
  const today = Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), now.getUTCDate());
  const earliestBirth = Date.UTC(1936, 0, 1);
  const birthSpanDays = (Date.UTC(2009, 11, 31) - earliestBirth) / DAY_MS;
  const patients: Patient[] = [];
  const visits: Visit[] = [];
  for (let index = 1; index <= patientCount; index += 1) {
    const number = String(index).padStart(5, '0');
    const id = `demo-patient-${number}`;
    if (!isPatientId(id)) throw new Error(`Bad demo id ${id}`);
    const sex = pickSex(random);
    const givenNames = sex === 'female' ? FEMALE_NAMES : sex === 'male' ? MALE_NAMES : ANY_NAMES;
    patients.push(
      patientSchema.parse({
        schemaVersion: patientRecord.version,
        id,
        givenName: pick(givenNames, random),
        familyName: pick(FAMILY_NAMES, random),
        dateOfBirth: isoDate(earliestBirth + Math.floor(random() * birthSpanDays) * DAY_MS),
        sex,
        identifier: `${DEMO_IDENTIFIER_PREFIX}${number}`,
        notes: 'Fictional demo patient, not a real person.',
        createdAt: timestamp,
        updatedAt: timestamp,
      }),
    );
    const visitCount = Math.floor(random() * 4);
    for (let visit = 1; visit <= visitCount; visit += 1) {
      const visitId = `demo-visit-${number}-${visit}`;
      if (!isVisitId(visitId)) throw new Error(`Bad demo id ${visitId}`);
      visits.push(
        visitSchema.parse({
          schemaVersion: visitRecord.version,
          id: visitId,
          patientId: id,
          date: isoDate(today - (1 + Math.floor(random() * 540)) * DAY_MS),
          clinician: 'Demo clinician',
          careSetting: random() < 0.3 ? 'sports' : 'general',
          status: 'signed',
          // Demo visits carry no exam yet, so the signature records an empty assessment.
          signature: {
            signedAt: timestamp,
            signedBy: 'Demo clinician',
            kbVersion: KB_VERSION,
            leading: [],
            redFlags: [],
          },
          findings: {},
          redFlagActions: [],
          addenda: [],
          revision: 1,
          createdAt: timestamp,
          updatedAt: timestamp,
        }),
      );
    }
  }
  return { patients, visits };
}
