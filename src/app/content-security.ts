import { config as configureZod } from 'zod/v4/core';
import { applyConnectPolicy } from '../lib/connect-policy';

/**
 * zod compiles fast parsers with `new Function` unless told not to; the app's policy forbids
 * eval, and even zod's probe for it would be reported as a violation. Call before any parse.
 */
export function parseWithoutEval(): void {
  configureZod({ jitless: true });
}

/**
 * Reads the FHIR address from the settings and narrows `connect-src` to the app and that server.
 * With no server set, or when the settings cannot be read (storage refused, say), connections are
 * limited to the app itself. Loaded after the first render so the first screen is not delayed.
 */
export async function restrictConnections(): Promise<void> {
  let fhirBaseUrl = '';
  try {
    const { settingsRepository } = await import('../data/settings/settings.repository');
    fhirBaseUrl = (await settingsRepository.get()).fhirBaseUrl;
  } catch {
    // No readable settings: no FHIR server, so the app alone.
  }
  applyConnectPolicy(fhirBaseUrl);
}
