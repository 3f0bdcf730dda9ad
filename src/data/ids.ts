/**
 * Branded record ids. A `PatientId` cannot be passed where a `VisitId` is expected, and a plain
 * string from a URL or a stored row becomes an id only through its guard, never a cast.
 *
 * Kept free of zod so the router can check URL params without pulling the schemas into the
 * initial bundle.
 */
declare const brand: unique symbol;
export type Brand<T, B extends string> = T & { readonly [brand]: B };

export type PatientId = Brand<string, 'PatientId'>;
export type VisitId = Brand<string, 'VisitId'>;

// URL-safe and short: ids appear in routes (/patients/$patientId) and, later, FHIR resource ids
// (FHIR allows [A-Za-z0-9\-.]{1,64}; we drop the dot to keep paths unambiguous).
const ID_PATTERN = /^[A-Za-z0-9-]{1,64}$/;

export function isPatientId(value: unknown): value is PatientId {
  return typeof value === 'string' && ID_PATTERN.test(value);
}

export function isVisitId(value: unknown): value is VisitId {
  return typeof value === 'string' && ID_PATTERN.test(value);
}

function randomId(): string {
  return crypto.randomUUID();
}

export function newPatientId(): PatientId {
  const id = randomId();
  if (!isPatientId(id)) throw new Error(`Generated patient id is not valid: ${id}`);
  return id;
}

export function newVisitId(): VisitId {
  const id = randomId();
  if (!isVisitId(id)) throw new Error(`Generated visit id is not valid: ${id}`);
  return id;
}
