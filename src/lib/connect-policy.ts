/**
 * The second half of the Content-Security-Policy (see build/content-security-policy.ts): the
 * built page allows connections to any http(s) origin only until start-up has read the settings;
 * then this adds `connect-src 'self' <FHIR origin>` (or `'self'` alone when no FHIR server is set).
 * Browsers enforce every policy on a page, so the result is the narrower one.
 *
 * A policy can be narrowed but never widened without reloading the page: after the FHIR address
 * changes, the app must reload before it can reach the new server (`canConnectTo` says so).
 */

const MARK = 'data-connect-policy';

/** The origin of an http(s) address, or undefined for '' (local only) and anything else. */
export function fhirOrigin(fhirBaseUrl: string): string | undefined {
  if (fhirBaseUrl.trim() === '') return undefined;
  try {
    const url = new URL(fhirBaseUrl);
    return url.protocol === 'http:' || url.protocol === 'https:' ? url.origin : undefined;
  } catch {
    return undefined;
  }
}

/** `connect-src 'self'`, plus the FHIR server's origin when one is configured. */
export function connectPolicyFor(fhirBaseUrl: string): string {
  const origin = fhirOrigin(fhirBaseUrl);
  return origin === undefined ? "connect-src 'self'" : `connect-src 'self' ${origin}`;
}

/** Adds the narrowing policy to the page, once; later calls leave the first in place. */
export function applyConnectPolicy(fhirBaseUrl: string, doc: Document = document): void {
  if (doc.head.querySelector(`meta[${MARK}]`)) return;
  const meta = doc.createElement('meta');
  meta.httpEquiv = 'Content-Security-Policy';
  meta.content = connectPolicyFor(fhirBaseUrl);
  meta.setAttribute(MARK, fhirOrigin(fhirBaseUrl) ?? 'self');
  doc.head.append(meta);
}

/**
 * Whether this page may connect to `url` now. False for a FHIR server added or changed since the
 * page loaded: reload first. True before start-up has narrowed the policy.
 */
export function canConnectTo(url: string, doc: Document = document): boolean {
  const applied = doc.head.querySelector(`meta[${MARK}]`)?.getAttribute(MARK);
  if (applied === undefined || applied === null) return true;
  const origin = fhirOrigin(url);
  return origin !== undefined && (origin === doc.location.origin || origin === applied);
}
