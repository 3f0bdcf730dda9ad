import type { StoreName } from './storage/database-types';

/**
 * The current schema version of each store's rows. It lives apart from the zod schemas so that
 * opening the database (which every screen does) can tell whether anything needs migrating
 * without loading the schemas: the visit schema carries the whole knowledge base. Each record
 * type and its `schemaVersion` literal read their version from here.
 */
export const RECORD_VERSIONS = {
  patients: 1,
  visits: 3,
  settings: 1,
  fhirSync: 1,
} as const satisfies Record<StoreName, number>;
