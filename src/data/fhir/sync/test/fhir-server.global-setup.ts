import type { TestProject } from 'vitest/node';
import { startFhirServer } from '../../../../../scripts/fhir-server';

declare module 'vitest' {
  export interface ProvidedContext {
    /** The real FHIR R4 server started for this run, e.g. http://127.0.0.1:40123/fhir */
    fhirBaseUrl: string;
  }
}

/** Starts the real FHIR test server on a free port for the run; stops it when the run ends. */
export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  const server = await startFhirServer({ port: 0 });
  project.provide('fhirBaseUrl', server.baseUrl);
  return () => server.close();
}
