import { createFhirHandlers } from './fhir/fhir-handlers';
import { createMemoryFhirServer } from './fhir/memory-fhir-server';
import { fhirPatientFixtures } from './fixtures';

/**
 * The in-memory FHIR server behind the handlers, shared by the browser worker and Vitest's
 * server. Tests reset and seed it, change resources "on the server", or switch on a fault.
 */
export const mockFhirServer = createMemoryFhirServer();

/** Back to the fixture patients, no fault, request count zero. */
export function resetMockFhirServer(): void {
  mockFhirServer.reset();
  mockFhirServer.seed(fhirPatientFixtures.map((patient) => ({ ...patient })));
}
resetMockFhirServer();

/**
 * HTTP only. Patient records live in IndexedDB, never here: these handlers stand in for a remote
 * FHIR server in tests and in `npm run dev:mocks`.
 */
export const handlers = [...createFhirHandlers(mockFhirServer)];
