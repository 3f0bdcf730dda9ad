import type { FhirPatient } from './fhir/types';

/** Fictional patients the mock FHIR server starts with. */
export const fhirPatientFixtures: readonly FhirPatient[] = [
  {
    resourceType: 'Patient',
    id: 'example-1',
    identifier: [{ system: 'urn:iliopsoas-workbench:demo', value: 'DEMO-FHIR-1' }],
    name: [{ family: 'Lindqvist', given: ['Tamsin'] }],
    gender: 'female',
    birthDate: '1984-03-09',
  },
  {
    resourceType: 'Patient',
    id: 'example-2',
    identifier: [{ system: 'urn:iliopsoas-workbench:demo', value: 'DEMO-FHIR-2' }],
    name: [{ family: 'Okafor', given: ['Dario'] }],
    gender: 'male',
    birthDate: '1969-11-23',
  },
];
