import type { Patient as FhirPatient } from '@medplum/fhirtypes';
import { patientRecord, type Patient } from '../patients/patient.schema';
import { APP_SYSTEM, EXT } from './fhir-codes';
import type { PatientInput } from './fhir-input.schema';
import {
  instantExtension,
  nativeDate,
  nativeString,
  present,
  stringExtension,
} from './fhir-primitives';
import { nativeOr, optionalValue, requiredValue, storedOverrides } from './extension-reader';

/** The app's patient as a FHIR Patient; sex is FHIR administrative gender one to one. */
export function toFhirPatient(patient: Patient): FhirPatient {
  const given = nativeString('givenName', patient.givenName);
  const family = nativeString('familyName', patient.familyName);
  const identifier =
    patient.identifier === undefined ? undefined : nativeString('identifier', patient.identifier);
  const birth = nativeDate('dateOfBirth', patient.dateOfBirth);
  return {
    resourceType: 'Patient',
    id: patient.id,
    extension: present(
      instantExtension(EXT.recordCreated, patient.createdAt),
      instantExtension(EXT.recordUpdated, patient.updatedAt),
      patient.notes === '' ? undefined : stringExtension(EXT.patientNotes, patient.notes),
      given.stored,
      family.stored,
      identifier?.stored,
      birth.stored,
    ),
    ...(identifier?.value === undefined
      ? {}
      : {
          identifier: [
            {
              system: APP_SYSTEM.localIdentifier,
              type: { text: 'Local identifier (clinic or hospital number)' },
              value: identifier.value,
            },
          ],
        }),
    name: [
      {
        use: 'official',
        ...(family.value === undefined ? {} : { family: family.value }),
        ...(given.value === undefined ? {} : { given: [given.value] }),
        ...(given.value === undefined && family.value === undefined
          ? { text: 'Name not readable' }
          : {}),
      },
    ],
    gender: patient.sex,
    birthDate: birth.value,
  };
}

/** The stored patient's fields from a Patient resource, for the patient schema to check. */
export function readPatient(resource: PatientInput): Record<string, unknown> {
  const overrides = storedOverrides(resource.extension);
  const name = resource.name?.[0];
  const identifier = nativeOr(
    overrides,
    'identifier',
    resource.identifier?.find((id) => id.system === APP_SYSTEM.localIdentifier)?.value,
  );
  return {
    schemaVersion: patientRecord.version,
    id: resource.id,
    givenName: nativeOr(overrides, 'givenName', name?.given?.[0]),
    familyName: nativeOr(overrides, 'familyName', name?.family),
    dateOfBirth: nativeOr(overrides, 'dateOfBirth', resource.birthDate),
    sex: resource.gender,
    ...(identifier === undefined ? {} : { identifier }),
    notes: optionalValue(resource.extension, EXT.patientNotes, 'notes') ?? '',
    createdAt: requiredValue(resource.extension, EXT.recordCreated, 'createdAt'),
    updatedAt: requiredValue(resource.extension, EXT.recordUpdated, 'updatedAt'),
  };
}
