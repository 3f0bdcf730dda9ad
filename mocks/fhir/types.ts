/**
 * The slice of FHIR R4 the mock server speaks today. The FHIR issue replaces these with the
 * mapping's own types; keep them minimal until then.
 */
export interface FhirPatient {
  resourceType: 'Patient';
  id?: string;
  meta?: { versionId?: string; lastUpdated?: string };
  identifier?: { system?: string; value: string }[];
  name?: { family?: string; given?: string[] }[];
  gender?: 'male' | 'female' | 'other' | 'unknown';
  birthDate?: string;
}

export interface FhirBundle<T> {
  resourceType: 'Bundle';
  type: 'searchset';
  total: number;
  entry: { fullUrl: string; resource: T }[];
}

export interface OperationOutcome {
  resourceType: 'OperationOutcome';
  issue: { severity: 'error' | 'warning'; code: string; diagnostics: string }[];
}

export function isFhirPatient(value: unknown): value is FhirPatient {
  return (
    typeof value === 'object' &&
    value !== null &&
    'resourceType' in value &&
    value.resourceType === 'Patient'
  );
}
