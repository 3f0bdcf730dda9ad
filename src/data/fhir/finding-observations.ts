import type {
  CodeableConcept,
  Encounter,
  Observation,
  Patient,
  Reference,
} from '@medplum/fhirtypes';
import { EXAM_ITEMS, type ExamItemDef } from '../../clinical/index.ts';
import type { StoredFindings } from '../visits/findings-form';
import { APP_SYSTEM, EXT, HL7, LATERALITY, PAIN_NOW_LOINC } from './fhir-codes';
import { displayText, isFhirCode, isFhirDate, present, stringExtension } from './fhir-primitives';
import { typeValue, type Side, type Typing } from './finding-values';

const ITEMS: ReadonlyMap<string, ExamItemDef> = new Map(EXAM_ITEMS.map((item) => [item.id, item]));

/** Physical examination sections; history, red-flag screen and pain are what the patient reports. */
const EXAM_SECTIONS = new Set([
  'observation',
  'range-of-motion',
  'strength',
  'special-tests',
  'neurological',
  'palpation',
  'abdominal',
  'function',
]);

export interface FindingContext {
  readonly subject: Reference<Patient>;
  readonly encounter: Reference<Encounter>;
  /** The visit date (YYYY-MM-DD). */
  readonly date: string;
  readonly signed: boolean;
}

function itemCode(key: string, item: ExamItemDef | undefined): CodeableConcept {
  const label = item?.label ?? displayText(key) ?? 'Unnamed exam entry';
  const own = isFhirCode(key) ? [{ system: APP_SYSTEM.examItem, code: key, display: label }] : [];
  return { coding: key === 'pain-now' ? [PAIN_NOW_LOINC, ...own] : own, text: label };
}

function bodySite(side: Side): CodeableConcept {
  return { coding: [LATERALITY[side]], text: LATERALITY[side].display };
}

/** What a kept-as-typed entry shows to a person reading the Bundle. */
function shown(value: unknown): string | undefined {
  if (typeof value === 'string') return displayText(value);
  if (typeof value === 'boolean') return value ? 'Yes' : 'No';
  if (Array.isArray(value)) return displayText(value.join(', '));
  return undefined;
}

type StoredEntry = StoredFindings[string];
type SidedEntry = Extract<StoredEntry, { left?: unknown }>;

function isSided(value: StoredEntry): value is SidedEntry {
  return typeof value === 'object' && !Array.isArray(value);
}

/**
 * One Observation for one recorded value (per side for a sided item). A valid entry becomes a
 * typed value; any other entry keeps the stored draft value exactly (JSON in the stored-entry
 * extension) with its text as valueString, and a note says why it is not a measurement.
 */
function observation(
  key: string,
  side: Side | undefined,
  value: StoredEntry,
  context: FindingContext,
): Observation {
  const item = ITEMS.get(key);
  const typing: Typing =
    item === undefined
      ? { ok: false, reason: 'Not an exam item of this app version; kept as recorded.' }
      : isSided(value)
        ? { ok: false, reason: 'An entry with no side recorded, kept as stored.' }
        : typeValue(item, side, value);
  const keyExtension = isFhirCode(key) ? undefined : stringExtension(EXT.findingKey, key);
  const base: Observation = {
    resourceType: 'Observation',
    status: typing.ok && context.signed ? 'final' : 'preliminary',
    ...(item !== undefined && EXAM_SECTIONS.has(item.section)
      ? {
          category: [
            { coding: [{ system: HL7.observationCategory, code: 'exam', display: 'Exam' }] },
          ],
        }
      : {}),
    code: itemCode(key, item),
    subject: context.subject,
    encounter: context.encounter,
    ...(isFhirDate(context.date) ? { effectiveDateTime: context.date } : {}),
    ...(side === undefined ? {} : { bodySite: bodySite(side) }),
  };
  if (typing.ok) {
    const extension = present(keyExtension, typing.typed.extension);
    return { ...base, ...(extension.length > 0 ? { extension } : {}), ...typing.typed.value };
  }
  const text = shown(value);
  return {
    ...base,
    extension: present(keyExtension, {
      url: EXT.storedEntry,
      valueString: JSON.stringify(value),
    }),
    ...(text === undefined ? {} : { valueString: text }),
    note: [{ text: typing.reason }],
  };
}

/** Every stored finding as Observations, in the draft's order. */
export function findingObservations(
  findings: StoredFindings,
  context: FindingContext,
): Observation[] {
  return Object.entries(findings).flatMap(([key, value]) => {
    if (!isSided(value)) return [observation(key, undefined, value, context)];
    const sides = (['left', 'right'] as const).filter((side) => value[side] !== undefined);
    // An entry with neither side is kept whole, so the draft reads back exactly.
    if (sides.length === 0) return [observation(key, undefined, value, context)];
    return sides.map((side) => observation(key, side, value[side] ?? '', context));
  });
}
