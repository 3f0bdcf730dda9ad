import type { CapabilityStatement, CapabilityStatementRestResource } from '@medplum/fhirtypes';

/**
 * The resource types the app reads and writes (the FHIR mapping): the test server says it
 * supports exactly these, with the interactions the app's sync uses.
 */
export const SERVED_RESOURCE_TYPES = [
  'Patient',
  'Encounter',
  'Observation',
  'Condition',
  'ServiceRequest',
  'CarePlan',
  'Goal',
  'Flag',
] as const;

function resource(type: (typeof SERVED_RESOURCE_TYPES)[number]): CapabilityStatementRestResource {
  return {
    type,
    interaction: [
      { code: 'read' },
      { code: 'vread' },
      { code: 'update' },
      { code: 'delete' },
      { code: 'create' },
      { code: 'search-type' },
      { code: 'history-instance' },
    ],
    versioning: 'versioned-update',
    readHistory: true,
    updateCreate: true,
    conditionalCreate: true,
    conditionalUpdate: true,
    conditionalDelete: 'single',
    searchParam: [
      { name: '_id', type: 'token' },
      ...(type === 'Patient'
        ? [{ name: 'identifier', type: 'token' as const }]
        : [{ name: 'subject', type: 'reference' as const }]),
    ],
  };
}

/**
 * `GET /metadata`. FhirRouter has no route for it, so the wrapper serves this fixed statement.
 * A test validates it with the same structure validator as every write.
 */
export function capabilityStatement(baseUrl: string): CapabilityStatement {
  return {
    resourceType: 'CapabilityStatement',
    status: 'active',
    date: '2025-01-01',
    kind: 'instance',
    software: { name: 'Iliopsoas Workbench test FHIR server (@medplum/fhir-router, in memory)' },
    implementation: { description: 'Local test server; data lives in memory only', url: baseUrl },
    fhirVersion: '4.0.1',
    format: ['json'],
    rest: [
      {
        mode: 'server',
        documentation:
          'Transactions are atomic. If-Match (weak ETag of meta.versionId) is enforced on update ' +
          'and delete, also inside transaction Bundles. Every written resource is checked against ' +
          'the R4 structure definitions.',
        resource: SERVED_RESOURCE_TYPES.map(resource),
        interaction: [{ code: 'transaction' }, { code: 'batch' }],
      },
    ],
  };
}
