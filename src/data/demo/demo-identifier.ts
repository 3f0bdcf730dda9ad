/**
 * Demo patients are marked by their identifier. Its own module so that the patients list can
 * badge them without loading the demo generator, which builds visits (and so loads the visit
 * schema and the knowledge base inside it).
 */
export const DEMO_IDENTIFIER_PREFIX = 'DEMO-';

export function isDemoIdentifier(identifier: string | undefined): boolean {
  return identifier?.startsWith(DEMO_IDENTIFIER_PREFIX) ?? false;
}
