import type { CodeableConcept, Extension, Observation } from '@medplum/fhirtypes';
import type { ExamItemDef } from '../../clinical/index.ts';
import { findingsFormSchema, parseNumber } from '../visits/findings-form';
import { APP_SYSTEM, EXT, LATERALITY, UCUM, UCUM_UNITS, examOptionSystem } from './fhir-codes';
import { isFhirString, stringExtension } from './fhir-primitives';

/** One stored control value: what a clinician typed, chose or ticked. */
export type StoredScalar = string | boolean | string[];
export type Side = 'left' | 'right';

/** The value elements of a typed Observation, and the extension that keeps the typed text. */
export interface TypedValue {
  readonly value: Pick<
    Observation,
    'valueQuantity' | 'valueBoolean' | 'valueString' | 'valueCodeableConcept' | 'component'
  >;
  readonly extension?: Extension;
}

export type Typing =
  | { readonly ok: true; readonly typed: TypedValue }
  | { readonly ok: false; readonly reason: string };

const TEST_RESULT_DISPLAY: Readonly<Record<string, string>> = {
  positive: 'Positive',
  negative: 'Negative',
  'not-tested': 'Not tested',
};

/** Whether the value passes the exam form's own check for this item (and this side). */
function validity(item: ExamItemDef, side: Side | undefined, value: StoredScalar): string | null {
  if (item.sided !== (side !== undefined)) {
    return item.sided ? 'recorded without a side' : 'recorded with a side';
  }
  const schema = findingsFormSchema.shape[item.id];
  if (schema === undefined) return 'not an exam item';
  const parsed = schema.safeParse(side === undefined ? value : { [side]: value });
  return parsed.success ? null : (parsed.error.issues[0]?.message ?? 'not valid');
}

function optionConcept(item: ExamItemDef, code: string): CodeableConcept {
  const options =
    item.value.kind === 'choice' || item.value.kind === 'multi-choice' ? item.value.options : [];
  const display = options.find((o) => o.value === code)?.label ?? code;
  const laterality =
    item.id === 'symptomatic-side' && (code === 'left' || code === 'right' || code === 'both')
      ? [LATERALITY[code]]
      : [];
  return {
    coding: [{ system: examOptionSystem(item.id), code, display }, ...laterality],
    text: display,
  };
}

function numberValue(item: ExamItemDef, text: string): TypedValue {
  const number = parseNumber(text) ?? Number.NaN;
  const unit = item.value.kind === 'number' ? UCUM_UNITS[item.value.unit] : UCUM_UNITS.nrs;
  return {
    value: { valueQuantity: { value: number, unit: unit.unit, system: UCUM, code: unit.code } },
    // "12,5", " 12" or "007" read as the same number; the exact text goes with it.
    ...(String(number) === text ? {} : { extension: stringExtension(EXT.typedText, text) }),
  };
}

/**
 * The typed FHIR value of a valid, non-empty entry: a quantity in UCUM units, a boolean, a coded
 * test result or choice, or text. Anything else (invalid, empty, an unknown item) is not a typed
 * measurement, and the caller keeps it as typed instead (see finding-observations.ts).
 */
export function typeValue(item: ExamItemDef, side: Side | undefined, value: StoredScalar): Typing {
  // The form reads these as "not recorded" (blank number text included): nothing to measure.
  const blank =
    value === '' ||
    (Array.isArray(value) && value.length === 0) ||
    (item.value.kind === 'number' && typeof value === 'string' && value.trim() === '');
  if (blank) return { ok: false, reason: 'An empty entry (nothing recorded), kept as stored.' };
  const problem = validity(item, side, value);
  if (problem !== null)
    return {
      ok: false,
      reason: `Not a valid entry (${problem}), so not a measurement; kept exactly as typed.`,
    };
  const kind = item.value.kind;
  if (kind === 'number' && typeof value === 'string')
    return { ok: true, typed: numberValue(item, value) };
  if (kind === 'yes-no' && typeof value === 'boolean')
    return { ok: true, typed: { value: { valueBoolean: value } } };
  if (kind === 'test' && typeof value === 'string') {
    const display = TEST_RESULT_DISPLAY[value] ?? value;
    const concept = {
      coding: [{ system: APP_SYSTEM.testResult, code: value, display }],
      text: display,
    };
    return { ok: true, typed: { value: { valueCodeableConcept: concept } } };
  }
  if (kind === 'choice' && typeof value === 'string')
    return { ok: true, typed: { value: { valueCodeableConcept: optionConcept(item, value) } } };
  if (kind === 'multi-choice' && Array.isArray(value)) {
    const code = { coding: [{ system: APP_SYSTEM.examItem, code: item.id, display: item.label }] };
    const component = value.map((option) => ({
      code,
      valueCodeableConcept: optionConcept(item, option),
    }));
    return { ok: true, typed: { value: { component } } };
  }
  if (kind === 'text' && typeof value === 'string' && isFhirString(value))
    return { ok: true, typed: { value: { valueString: value } } };
  return { ok: false, reason: 'Text FHIR cannot hold as a string; kept exactly as typed.' };
}
