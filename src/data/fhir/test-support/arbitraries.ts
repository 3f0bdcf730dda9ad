import fc from 'fast-check';
import {
  EXAM_ITEMS,
  RED_FLAGS,
  TREATMENT_LIST,
  type ExamItemDef,
} from '../../../clinical/index.ts';
import { isPatientId, isVisitId, type PatientId } from '../../ids';
import { patientSchema, SEX_VALUES, type Patient } from '../../patients/patient.schema';
import { CARE_SETTINGS } from '../../visits/care-setting';
import { RED_FLAG_RESPONSES, URGENCIES, visitSchema, type Visit } from '../../visits/visit.schema';

/**
 * Records that pass the app's zod schemas, from the ordinary to the strange: typed exam entries
 * and invalid ones, unknown exam items, empty entries, control characters, lone surrogates,
 * whitespace-only text, year-0000 and nanosecond timestamps, revisions past 2³¹, −0. Each record
 * is the output of its schema's parse (so it is exactly what the app would store).
 */

const ITEMS: readonly ExamItemDef[] = EXAM_ITEMS;

const ODD = [
  '',
  ' ',
  '  x  ',
  '\u0000',
  '\u0001a',
  '\t\n',
  '\uD800',
  '😀',
  '__proto__',
  '12,5',
  '"',
];

export const anyText = (maxLength: number): fc.Arbitrary<string> =>
  fc.oneof(
    { weight: 6, arbitrary: fc.string({ maxLength: Math.min(maxLength, 40) }) },
    { weight: 2, arbitrary: fc.string({ unit: 'grapheme', maxLength: Math.min(maxLength, 20) }) },
    { weight: 1, arbitrary: fc.string({ unit: 'binary', maxLength: Math.min(maxLength, 20) }) },
    { weight: 1, arbitrary: fc.constantFrom(...ODD) },
  );

/** Text as a `.trim()` schema stores it, between `min` and `max` characters. */
const trimmed = (min: number, max: number): fc.Arbitrary<string> =>
  anyText(max)
    .map((text) => text.trim())
    .filter((text) => text.length >= min && text.length <= max);

const id = fc.stringMatching(/^[A-Za-z0-9-]{1,64}$/);
const day = fc.date({
  min: new Date('1900-01-01'),
  max: new Date('2100-12-31'),
  noInvalidDate: true,
});

export const isoDate = fc.oneof(
  { weight: 20, arbitrary: day.map((date) => date.toISOString().slice(0, 10)) },
  { weight: 1, arbitrary: fc.constant('0000-01-01') },
);

export const isoInstant = fc.oneof(
  { weight: 16, arbitrary: day.map((date) => date.toISOString()) },
  {
    weight: 3,
    arbitrary: fc
      .tuple(day, fc.stringMatching(/^\d{0,12}$/))
      .map(
        ([date, digits]) =>
          `${date.toISOString().slice(0, 19)}${digits === '' ? '' : `.${digits}`}Z`,
      ),
  },
  { weight: 1, arbitrary: fc.constant('0000-01-01T00:00:00Z') },
);

const number = fc.oneof(
  fc.double({ noNaN: true, noDefaultInfinity: true }),
  fc.integer({ min: -1000, max: 1000 }),
  fc.constant(-0),
);

const scalar = fc.oneof(anyText(200), fc.boolean(), fc.array(anyText(20), { maxLength: 4 }));

/** A value for one control of an exam item: usually a sensible one, sometimes anything at all. */
function controlValue(item: ExamItemDef): fc.Arbitrary<string | boolean | string[]> {
  const spec = item.value;
  const sensible: fc.Arbitrary<string | boolean | string[]> =
    spec.kind === 'number'
      ? fc.oneof(
          fc.integer({ min: spec.min, max: spec.max }).map(String),
          fc.double({ min: spec.min, max: spec.max, noNaN: true }).map((n) => n.toFixed(1)),
          fc
            .integer({ min: spec.min, max: spec.max })
            .map((n) => ` ${String(n).replace(/^(\d)/, '0$1')} `),
          fc.integer({ min: spec.max + 1, max: spec.max + 500 }).map(String),
          fc.constantFrom('12,5', 'abc', '1e3', '-', '4.'),
        )
      : spec.kind === 'yes-no'
        ? fc.boolean()
        : spec.kind === 'test'
          ? fc.constantFrom('positive', 'negative', 'not-tested', '')
          : spec.kind === 'choice'
            ? fc.constantFrom(...spec.options.map((o) => o.value), '')
            : spec.kind === 'multi-choice'
              ? fc.array(fc.constantFrom(...spec.options.map((o) => o.value)), { maxLength: 4 })
              : anyText(spec.maxLength);
  return fc.oneof({ weight: 6, arbitrary: sensible }, { weight: 1, arbitrary: scalar });
}

const sides = <T>(value: fc.Arbitrary<T>) =>
  fc.record({ left: value, right: value }, { requiredKeys: [] });

const findingEntry: fc.Arbitrary<[string, unknown]> = fc.oneof(
  {
    weight: 12,
    arbitrary: fc.constantFrom(...ITEMS).chain((item) => {
      const value = controlValue(item);
      const shaped = item.sided
        ? fc.oneof({ weight: 8, arbitrary: sides(value) }, { weight: 1, arbitrary: value })
        : fc.oneof({ weight: 8, arbitrary: value }, { weight: 1, arbitrary: sides(value) });
      return shaped.map((v): [string, unknown] => [item.id, v]);
    }),
  },
  {
    weight: 1,
    arbitrary: fc.tuple(
      anyText(100).filter((k) => k !== '__proto__'),
      fc.oneof(scalar, sides(scalar)),
    ),
  },
);

const findings = fc
  .uniqueArray(findingEntry, { selector: ([key]) => key, maxLength: 10 })
  .map((entries) => Object.fromEntries(entries));

const redFlagAction = fc.record(
  {
    redFlagId: fc.oneof(
      fc.constantFrom(...RED_FLAGS.map((f) => f.id)),
      anyText(100).filter((s) => s.length > 0),
    ),
    response: fc.constantFrom(...RED_FLAG_RESPONSES),
    urgency: fc.constantFrom(...URGENCIES),
    note: trimmed(0, 2000),
    recordedAt: isoInstant,
    recordedBy: trimmed(0, 200),
  },
  { requiredKeys: ['redFlagId', 'response', 'note', 'recordedAt', 'recordedBy'] },
);

const signature = fc.record({
  signedAt: isoInstant,
  signedBy: trimmed(1, 200),
  kbVersion: anyText(50).filter((s) => s.length > 0),
  leading: fc.array(
    fc.record({
      id: anyText(40),
      name: anyText(60),
      probability: fc.oneof(fc.double({ min: 0, max: 1, noNaN: true }), fc.constant(-0)),
    }),
    { maxLength: 3 },
  ),
  redFlags: fc.array(
    fc.record({ id: anyText(40), name: anyText(60), urgency: fc.constantFrom(...URGENCIES) }),
    { maxLength: 3 },
  ),
});

const addendum = fc.record({
  id: anyText(100).filter((s) => s.length > 0),
  text: trimmed(1, 5000),
  author: trimmed(1, 200),
  createdAt: isoInstant,
});

const planItem = fc.record(
  {
    treatmentId: fc.oneof(
      fc.constantFrom(...TREATMENT_LIST.map((t) => t.id)),
      anyText(100).filter((s) => s.length > 0),
    ),
    dosage: trimmed(0, 1000),
    notes: trimmed(0, 2000),
    origin: fc.constantFrom('drafted', 'added'),
    override: fc.record({ reason: trimmed(1, 2000) }),
  },
  { requiredKeys: ['treatmentId', 'dosage', 'notes', 'origin'] },
);

const goal = fc.record(
  {
    id: anyText(100).filter((s) => s.length > 0),
    text: trimmed(1, 500),
    measure: fc.oneof(
      fc.constantFrom(...ITEMS.map((i) => i.id)),
      anyText(100).filter((s) => s.length > 0),
    ),
    side: fc.constantFrom('left', 'right'),
    baseline: number,
    target: number,
    comparator: fc.constantFrom('at-most', 'at-least'),
    byDate: isoDate,
    origin: fc.constantFrom('drafted', 'added'),
  },
  { requiredKeys: ['id', 'text', 'byDate', 'origin'] },
);

const plan = fc.record({
  kbVersion: anyText(50).filter((s) => s.length > 0),
  basis: fc.record({
    items: fc.array(anyText(100), { maxLength: 3 }),
    goals: fc.array(anyText(100), { maxLength: 3 }),
  }),
  items: fc.array(planItem, { maxLength: 4 }),
  goals: fc.array(goal, { maxLength: 3 }),
  reviewDate: isoDate,
  notes: trimmed(0, 10_000),
});

export const patientArbitrary: fc.Arbitrary<Patient> = fc
  .record(
    {
      schemaVersion: fc.constant(1),
      id: id.filter(isPatientId),
      givenName: trimmed(1, 100),
      familyName: trimmed(1, 100),
      dateOfBirth: isoDate,
      sex: fc.constantFrom(...SEX_VALUES),
      identifier: trimmed(1, 64),
      notes: anyText(4000),
      createdAt: isoInstant,
      updatedAt: isoInstant,
    },
    {
      requiredKeys: [
        'schemaVersion',
        'id',
        'givenName',
        'familyName',
        'dateOfBirth',
        'sex',
        'notes',
        'createdAt',
        'updatedAt',
      ],
    },
  )
  .map((candidate) => patientSchema.safeParse(candidate))
  .filter((result) => result.success)
  .map((result) => result.data);

export function visitArbitrary(patientId: PatientId): fc.Arbitrary<Visit> {
  return fc
    .record({
      schemaVersion: fc.constant(3),
      id: id.filter(isVisitId),
      patientId: fc.constant(patientId),
      date: isoDate,
      clinician: trimmed(0, 200),
      careSetting: fc.constantFrom(...CARE_SETTINGS),
      findings,
      redFlagActions: fc.array(redFlagAction, { maxLength: 3 }),
      signature: fc.option(signature, { nil: undefined }),
      addenda: fc.array(addendum, { maxLength: 2 }),
      plan: fc.option(plan, { nil: undefined }),
      revision: fc.oneof(
        fc.integer({ min: 1, max: 50 }),
        fc.integer({ min: 1, max: Number.MAX_SAFE_INTEGER }),
      ),
      createdAt: isoInstant,
      updatedAt: isoInstant,
    })
    .map(({ signature: signed, plan: planned, ...rest }) => ({
      ...rest,
      status: signed === undefined ? 'draft' : 'signed',
      ...(signed === undefined ? {} : { signature: signed }),
      ...(planned === undefined ? {} : { plan: planned }),
    }))
    .map((candidate) => visitSchema.safeParse(candidate))
    .filter((result) => result.success)
    .map((result) => result.data);
}

export interface GeneratedRecords {
  readonly patients: Patient[];
  readonly visits: Visit[];
}

/** One or two patients (distinct ids and identifiers), each with up to two visits. */
export const recordsArbitrary: fc.Arbitrary<GeneratedRecords> = fc
  .uniqueArray(patientArbitrary, { minLength: 1, maxLength: 2, selector: (p) => p.id })
  .filter((patients) => {
    const identifiers = patients.flatMap((p) => (p.identifier === undefined ? [] : [p.identifier]));
    return new Set(identifiers).size === identifiers.length;
  })
  .chain((patients) =>
    fc
      .tuple(...patients.map((p) => fc.array(visitArbitrary(p.id), { maxLength: 3 })))
      .map((lists) => ({ patients, visits: lists.flat() }))
      .filter(({ visits }) => new Set(visits.map((v) => v.id)).size === visits.length),
  );
