import { applyConnectPolicy } from '../lib/connect-policy';

/**
 * zod compiles fast parsers with `new Function` unless told not to; the app's policy forbids
 * eval, and even zod's probe for it would be reported as a violation. zod keeps its settings in
 * this global and adopts an object already there, so setting it here, before zod has loaded,
 * keeps zod out of the first bundle (it arrives with the first screen that parses).
 * content-security.test.ts checks that zod still reads it.
 */
export function parseWithoutEval(): void {
  const holder = globalThis as { __zod_globalConfig?: { jitless?: boolean } };
  // Changed in place: if zod has loaded already, it holds this very object.
  holder.__zod_globalConfig ??= {};
  holder.__zod_globalConfig.jitless = true;
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
