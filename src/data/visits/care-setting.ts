/**
 * Where a visit takes place, which shifts a few priors (a sports clinic sees more adductor and
 * labral pain). Its own module because the settings schema needs it too, and settings are read
 * on the first screen, where the visit schema (and the knowledge base inside it) is not loaded.
 */
export const CARE_SETTINGS = ['general', 'sports'] as const;
export type CareSetting = (typeof CARE_SETTINGS)[number];
