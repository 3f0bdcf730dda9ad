import type { Encounter, Extension, Patient, Reference } from '@medplum/fhirtypes';
import { visitRecord, type Addendum, type Visit } from '../visits/visit.schema';
import { APP_SYSTEM, EXT, HL7 } from './fhir-codes';
import type { EncounterInput } from './fhir-input.schema';
import {
  instantExtension,
  integerExtension,
  nativeDate,
  nativeString,
  present,
  stringExtension,
} from './fhir-primitives';
import {
  ImportProblem,
  findExtension,
  findExtensions,
  nativeOr,
  partValue,
  requiredValue,
  storedOverrides,
} from './extension-reader';

const CARE_SETTING_DISPLAY = { general: 'General outpatient', sports: 'Sports medicine' } as const;

/** An addendum: a note added to a signed visit (FHIR Encounter has no note element). */
function addendumExtension(addendum: Addendum): Extension {
  return {
    url: EXT.addendum,
    extension: [
      stringExtension('id', addendum.id),
      stringExtension('text', addendum.text),
      stringExtension('author', addendum.author),
      instantExtension('created', addendum.createdAt),
    ],
  };
}

/**
 * A visit as an Encounter: ambulatory, "in-progress" while a draft and "finished" once signed.
 * Findings, red flags, the signature and the plan are resources of their own that point here.
 */
export function toEncounter(visit: Visit, subject: Reference<Patient>): Encounter {
  const date = nativeDate('date', visit.date);
  const clinician = visit.clinician === '' ? undefined : nativeString('clinician', visit.clinician);
  return {
    resourceType: 'Encounter',
    id: visit.id,
    extension: present(
      instantExtension(EXT.recordCreated, visit.createdAt),
      instantExtension(EXT.recordUpdated, visit.updatedAt),
      integerExtension(EXT.revision, visit.revision),
      {
        url: EXT.careSetting,
        valueCoding: {
          system: APP_SYSTEM.careSetting,
          code: visit.careSetting,
          display: CARE_SETTING_DISPLAY[visit.careSetting],
        },
      },
      ...visit.addenda.map(addendumExtension),
      date.stored,
      clinician?.stored,
    ),
    status: visit.status === 'signed' ? 'finished' : 'in-progress',
    class: { system: HL7.actCode, code: 'AMB', display: 'ambulatory' },
    subject,
    period: { start: date.value },
    ...(clinician?.value === undefined
      ? {}
      : { participant: [{ individual: { display: clinician.value } }] }),
  };
}

const STATUS = { 'in-progress': 'draft', finished: 'signed' } as const;

function readStatus(status: string): 'draft' | 'signed' {
  if (status === 'in-progress' || status === 'finished') return STATUS[status];
  throw new ImportProblem('status', `"${status}" is not a visit state (in-progress or finished)`);
}

function readAddenda(resource: EncounterInput): Record<string, unknown>[] {
  return findExtensions(resource.extension, EXT.addendum).map((extension, index) => {
    const field = `addenda[${String(index)}]`;
    return {
      id: partValue(extension, 'id', field),
      text: partValue(extension, 'text', field),
      author: partValue(extension, 'author', field),
      createdAt: partValue(extension, 'created', field),
    };
  });
}

/** The stored visit's own fields from an Encounter (findings and the rest are added by the caller). */
export function readEncounter(resource: EncounterInput): Record<string, unknown> {
  const overrides = storedOverrides(resource.extension);
  const careSetting = findExtension(resource.extension, EXT.careSetting);
  if (careSetting?.valueCoding?.code === undefined)
    throw new ImportProblem('careSetting', `is missing (extension ${EXT.careSetting})`);
  return {
    schemaVersion: visitRecord.version,
    id: resource.id,
    date: nativeOr(overrides, 'date', resource.period?.start),
    clinician: nativeOr(
      overrides,
      'clinician',
      resource.participant?.[0]?.individual?.display ?? '',
    ),
    careSetting: careSetting.valueCoding.code,
    status: readStatus(resource.status),
    addenda: readAddenda(resource),
    revision: requiredValue(resource.extension, EXT.revision, 'revision'),
    createdAt: requiredValue(resource.extension, EXT.recordCreated, 'createdAt'),
    updatedAt: requiredValue(resource.extension, EXT.recordUpdated, 'updatedAt'),
  };
}
