import { createFhirPatientHandlers } from './fhir/patient';

/**
 * HTTP only. Patient records live in IndexedDB, never here: these handlers stand in for a remote
 * FHIR server in tests and in `npm run dev:mocks`.
 */
export const handlers = [...createFhirPatientHandlers()];
